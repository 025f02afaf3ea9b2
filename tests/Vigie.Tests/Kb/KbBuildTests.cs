using System.IO.Compression;
using System.Text;
using Vigie.Kb;
using Vigie.Training;
using Vigie.Training.Kb;
using Vigie.Training.Languages;

namespace Vigie.Tests.Kb;

/// <summary>
/// <c>vigie kb build</c> from the shared data folder into a temporary copy of the repository: it gives
/// the committed files (so a change to data/kb without a rebuild is caught), and Vigie still works with
/// the share-alike files dropped. Needs ../shared (fails with a "../shared missing" message without it).
/// </summary>
public sealed class KbBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vigie-kb-build", Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_committed_knowledge_base_is_what_its_sources_build_and_works_without_its_share_alike_files()
    {
        var repository = LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory);
        Copy(Path.Combine(repository, "data", "kb"), Path.Combine(_root, "data", "kb"));
        Copy(Path.Combine(repository, LanguageCorpus.OwnCorporaFolder), Path.Combine(_root, LanguageCorpus.OwnCorporaFolder));

        var result = KbBuild.Build(_root, SharedData.Require());

        Assert.Empty(result.Problems);
        foreach (var part in KbPart.All)
        {
            var built = Text(Path.Combine(_root, KbBuild.Folder, part.FileName));
            var committed = Text(Path.Combine(repository, KbBuild.Folder, part.FileName));
            Assert.True(built == committed, $"models/kb/{part.FileName} is not what `vigie kb build` makes from the sources: rebuild it and commit.");
        }

        using var core = File.OpenRead(Path.Combine(_root, KbBuild.Folder, KbPart.Core.FileName));
        var coreOnly = KnowledgeBase.Load([(core, "core.kb")], out var problems);
        Assert.Empty(problems);
        Assert.Equal("NATO", coreOnly.Find("Q7184")!.Name);
        Assert.Contains(coreOnly.Match(KnowledgeBase.KeyOf("OTAN")).ToArray(), h => h.Actor.Id == "Q7184");
        Assert.Contains(coreOnly.Match(KnowledgeBase.KeyOf("russe")).ToArray(), h => h.Actor.Id == "country:RUS");
        Assert.Null(coreOnly.Find("Q4440501"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string Text(string gzipFile)
    {
        using var stream = new GZipStream(File.OpenRead(gzipFile), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
