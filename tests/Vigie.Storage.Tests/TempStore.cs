using Microsoft.Data.Sqlite;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Storage.Tests;

/// <summary>A real SQLite store in a file of its own, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigie-tests", Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "store", "vigie.db");
        Store = SqliteStore.Open(FilePath);
    }

    public string FilePath { get; }

    public SqliteStore Store { get; private set; }

    public static Analysis Analyse(Article article) => Pipeline.Analyze(article);

    public SqliteStore Reopen()
    {
        Store.Dispose();
        Store = SqliteStore.Open(FilePath);
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
