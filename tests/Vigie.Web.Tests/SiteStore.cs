using Microsoft.Data.Sqlite;
using Vigie.Kb;
using Vigie.Pipeline;
using Vigie.Storage;
using Vigie.Storage.Records;

namespace Vigie.Web.Tests;

/// <summary>A temporary store holding the seed and the hostile article, analysed by the default pipeline.</summary>
internal sealed class SiteStore : IDisposable
{
    private static readonly Lazy<AnalysisPipeline> SharedPipeline = new(() => AnalysisPipelineBuilder.CreateDefault().Build());

    public SiteStore()
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "vigie.db");
        var seed = Articles.Seed();
        SeedId = seed.Id;
        using var store = SqliteStore.Open(Path);
        store.Store([Pipeline().Analyze(seed), Pipeline().Analyze(Articles.Hostile)]);
        SeedEvents = store.Events(new EventQuery()).Count(e => e.ArticleId == SeedId);
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigie-web-tests", Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public string SeedId { get; }

    /// <summary>How many of the seed's events happened (asserted or claimed): what the events page lists for it.</summary>
    public int SeedEvents { get; }

    public static string HostileId => Articles.Hostile.Id;

    public static AnalysisPipeline Pipeline() => SharedPipeline.Value;

    public static KnowledgeBase KnowledgeBase() => Vigie.Kb.KnowledgeBase.Default;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
