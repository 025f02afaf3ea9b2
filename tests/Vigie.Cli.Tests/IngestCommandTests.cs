using System.Text;
using System.Text.Json;
using Vigie.Storage;

namespace Vigie.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public void Ingesting_the_seeds_makes_them_searchable()
    {
        using var work = new Workspace();

        var ingest = work.Vigie("ingest", Workspace.Seeds);
        var search = work.Vigie("search", "sous-marins", "--format", "json");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Equal(0, search.ExitCode);
        using var hit = JsonDocument.Parse(search.OutputLines.First());
        Assert.EndsWith("000_c75f2f8ed8d84f52.txt", hit.RootElement.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains("sous-marins", hit.RootElement.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_twice_stores_nothing_new()
    {
        using var work = new Workspace();
        work.File("in/a.txt", "date 2025-01-02 Premier article sur la défense aérienne.");
        work.File("in/b.txt", "date 2025-01-03 Second article sur la marine.");
        var folder = Path.Combine(work.Folder, "in");

        var first = work.Vigie("ingest", folder, "--format", "json");
        var second = work.Vigie("ingest", folder, "--format", "json");

        Assert.Equal(2, JsonDocument.Parse(first.Output).RootElement.GetProperty("stored").GetInt32());
        var again = JsonDocument.Parse(second.Output).RootElement;
        Assert.Equal(0, again.GetProperty("stored").GetInt32());
        Assert.Equal(2, again.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public void Bad_documents_are_named_kept_aside_and_do_not_stop_the_good_ones()
    {
        using var work = new Workspace();
        work.File("in/good.txt", "date 2025-03-01 Les garde-côtes ont escorté le cargo jusqu’au port.\nSource: Le Veilleur");
        work.File("in/empty.txt", "");
        work.File("in/binary.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00, 0x10]);
        work.File("in/latin.txt", [.. "Texte "u8, 0xC3, 0x28, 0x81, .. " cass\u00e9"u8]);
        work.File("in/impossible.txt", "date 2025-02-30 Un texte daté d’un jour qui n’existe pas.");
        work.File("in/wire.jsonl", "{\"text\":\"Une dépêche correcte.\"}\nthis is not json\n{\"text\":\"Une autre dépêche correcte.\"}\n");
        work.File("in/index.html", "<html><head><title>Accueil</title></head><body><nav><a href='/a'>Monde</a></nav></body></html>");
        using (var huge = File.Create(Path.Combine(work.Folder, "in", "huge.txt")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }

        var result = work.Vigie("ingest", Path.Combine(work.Folder, "in"), Path.Combine(work.Folder, "missing.txt"));

        Assert.True(result.ExitCode == 3, result.ToString());
        foreach (var name in new[] { "empty.txt", "binary.txt", "latin.txt", "impossible.txt", "wire.jsonl:2", "index.html", "huge.txt", "missing.txt" })
        {
            Assert.Contains(name, result.Error, StringComparison.Ordinal);
        }

        var rejected = work.Vigie("rejected", "--format", "json").OutputLines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => Path.GetFileName(r.GetProperty("path").GetString()) + (r.GetProperty("line").ValueKind == JsonValueKind.Number ? $":{r.GetProperty("line").GetInt32()}" : ""))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["binary.txt", "empty.txt", "huge.txt", "impossible.txt:1", "index.html", "latin.txt", "missing.txt", "wire.jsonl:2"], rejected);

        var stats = JsonDocument.Parse(work.Vigie("stats", "--format", "json").Output).RootElement;
        Assert.Equal(3, stats.GetProperty("articles").GetInt32());
        Assert.Equal(8, stats.GetProperty("rejections").GetInt32());
    }

    [Fact]
    public void When_nothing_can_be_read_the_exit_code_says_failure()
    {
        using var work = new Workspace();
        var empty = work.File("empty.txt", "   ");

        Assert.Equal(1, work.Vigie("ingest", empty).ExitCode);
    }

    [Fact]
    public void A_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes_it()
    {
        using var work = new Workspace();
        const int Articles = 3000;
        const int Batch = 50;
        var wire = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            var body = string.Concat(Enumerable.Repeat($"Dépêche {i} : la patrouille {i % 17} a signalé un navire au large de Brest. ", 12));
            wire.Append(JsonSerializer.Serialize(new { text = body, published = "2025-09-01", source = "Fil" })).Append('\n');
        }

        var path = work.File("wire.jsonl", wire.ToString());

        using (var ingest = System.Diagnostics.Process.Start(VigieProcess.StartInfo(work.Database, "ingest", path, "--batch", Batch.ToString())))
        {
            Assert.NotNull(ingest);
            ingest.StandardInput.Close();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (StoredCount(work.Database) == 0 && !ingest.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(ingest.HasExited, "the ingest finished before it could be killed; make the input larger");
            ingest.Kill(entireProcessTree: true);
            ingest.WaitForExit();
        }

        int afterKill;
        using (var store = SqliteStore.Open(work.Database))
        {
            Assert.Empty(store.CheckIntegrity());
            afterKill = store.ArticleCount;
        }

        Assert.InRange(afterKill, 1, Articles - 1);
        Assert.Equal(0, afterKill % Batch);

        var rerun = work.Vigie("ingest", path, "--format", "json");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var summary = JsonDocument.Parse(rerun.Output).RootElement;
        Assert.Equal(Articles - afterKill, summary.GetProperty("stored").GetInt32());
        Assert.Equal(afterKill, summary.GetProperty("duplicates").GetInt32());
        using (var store = SqliteStore.Open(work.Database))
        {
            Assert.Equal(Articles, store.ArticleCount);
            Assert.Equal(Articles, store.ArticleIds().Distinct().Count());
            Assert.Empty(store.CheckIntegrity());
        }
    }

    private static int StoredCount(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var store = SqliteStore.Open(database);
            return store.ArticleCount;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
