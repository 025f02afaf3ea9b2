using Microsoft.Data.Sqlite;
using Vigie.Documents;
using Vigie.Storage.Records;

namespace Vigie.Storage.Tests;

public sealed class SqliteStoreTests
{
    private static readonly Article Submarines = Article.Create(
        "La flotte a annoncé une patrouille conjointe de sous-marins dans le Pacifique.\n\nLes deux marines ont navigué ensemble pendant dix jours.",
        new DateOnly(2025, 9, 1), "Le Veilleur", "fr", path: "a.txt");

    private static readonly Article Sanctions = Article.Create(
        "The council imposed new sanctions on shipping firms on Tuesday, officials in Brussels said.",
        new DateOnly(2025, 6, 10), "Northern Dispatch", "en", "Council adds sanctions", path: "b.txt");

    private static readonly Article Beijing = Article.Create(
        "Les dirigeants se sont retrouvés à Pékin pour un défilé militaire et des entretiens.",
        new DateOnly(2025, 9, 3), "Le Veilleur", "fr", path: "c.txt");

    [Fact]
    public void A_new_store_has_the_current_schema_in_wal_mode()
    {
        using var temp = new TempStore();

        Assert.Equal(Schema.Migrations.All.Count, temp.Store.SchemaVersion);
        using var connection = new SqliteConnection($"Data Source={temp.FilePath}");
        connection.Open();
        using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Storing_twice_keeps_one_copy()
    {
        using var temp = new TempStore();
        var batch = new[] { Submarines, Sanctions }.Select(TempStore.Analyse).ToList();

        var first = temp.Store.Store(batch);
        var second = temp.Reopen().Store(batch);

        Assert.Equal(new IngestCounts(2, 0), first);
        Assert.Equal(new IngestCounts(0, 2), second);
        Assert.Equal(2, temp.Store.ArticleCount);
    }

    [Fact]
    public void Search_ignores_accents_and_case_and_handles_hyphens()
    {
        using var temp = Filled();

        Assert.Equal(Submarines.Id, Assert.Single(temp.Store.Search(new SearchQuery("sous-marins"))).Id);
        Assert.Equal(Beijing.Id, Assert.Single(temp.Store.Search(new SearchQuery("PEKIN"))).Id);
        Assert.Equal(Beijing.Id, Assert.Single(temp.Store.Search(new SearchQuery("défilé"))).Id);
        Assert.Empty(temp.Store.Search(new SearchQuery("sous-marins Bruxelles")));
    }

    [Fact]
    public void Search_understands_phrases_prefixes_and_or()
    {
        using var temp = Filled();

        Assert.Single(temp.Store.Search(new SearchQuery("\"patrouille conjointe\"")));
        Assert.Empty(temp.Store.Search(new SearchQuery("\"conjointe patrouille\"")));
        Assert.Equal(Sanctions.Id, Assert.Single(temp.Store.Search(new SearchQuery("sanction*"))).Id);
        Assert.Equal(2, temp.Store.Search(new SearchQuery("sanctions OR sous-marins")).Count);
    }

    [Fact]
    public void Search_filters_by_language_source_and_dates()
    {
        using var temp = Filled();

        Assert.Equal(2, temp.Store.Search(new SearchQuery("les", Language: "fr")).Count);
        Assert.Empty(temp.Store.Search(new SearchQuery("les", Language: "en")));
        Assert.Equal(Beijing.Id, Assert.Single(temp.Store.Search(new SearchQuery("les", From: new DateOnly(2025, 9, 2)))).Id);
        Assert.Equal(Submarines.Id, Assert.Single(temp.Store.Search(new SearchQuery("les", To: new DateOnly(2025, 9, 2)))).Id);
        Assert.Single(temp.Store.Search(new SearchQuery("sanctions", Source: "northern dispatch")));
    }

    [Fact]
    public void Snippets_mark_the_matched_words()
    {
        using var temp = Filled();

        var hit = Assert.Single(temp.Store.Search(new SearchQuery("Pacifique")));
        var highlight = Assert.Single(hit.Highlights);
        Assert.Equal("Pacifique", hit.Snippet[highlight.Start..highlight.End]);
    }

    [Fact]
    public void Query_syntax_never_reaches_sqlite_raw()
    {
        using var temp = Filled();

        foreach (var hostile in new[] { "\"", "AND", "NEAR(", "col:word", "a\" OR \"b", "*", "(", "-", "NOT", "^x" })
        {
            temp.Store.Search(new SearchQuery(hostile));
        }
    }

    [Fact]
    public void Articles_are_found_by_id_prefix()
    {
        using var temp = Filled();

        Assert.Equal(Sanctions.Id, temp.Store.Find(Sanctions.Id[..20], out _)!.Id);
        Assert.Equal(Sanctions.Id, temp.Store.Find(Sanctions.Id["sha256:".Length..][..8].ToUpperInvariant(), out _)!.Id);
        Assert.Null(temp.Store.Find("sha256:", out var matches));
        Assert.Equal(2, matches);
        Assert.Null(temp.Store.Find("zzzz", out matches));
        Assert.Equal(0, matches);
    }

    [Fact]
    public void Stored_articles_keep_their_metadata()
    {
        using var temp = Filled();

        var stored = temp.Store.Find(Sanctions.Id, out _)!;

        Assert.Equal(("b.txt", "Northern Dispatch", new DateOnly(2025, 6, 10), "en", "Council adds sanctions", Sanctions.Text),
            (stored.Path, stored.Source, stored.Published, stored.Language, stored.Title, stored.Text));
        Assert.True(stored.Sentences >= 1);
        Assert.True(stored.Tokens >= 10);
    }

    [Fact]
    public void Rejections_are_kept_once_per_place_and_cleared_when_the_file_reads()
    {
        using var temp = new TempStore();
        var at = DateTimeOffset.UtcNow;
        temp.Store.Reject(new RejectedDocument("a.txt", null, "old reason", "advice", at));
        temp.Store.Reject(new RejectedDocument("a.txt", null, "new reason", "advice", at));
        temp.Store.Reject(new RejectedDocument("w.jsonl", 3, "not JSON", "fix it", at));
        temp.Store.Reject(new RejectedDocument("w.jsonl", 4, "not JSON", "fix it", at));

        Assert.Equal(3, temp.Store.Rejections().Count);
        Assert.Equal("new reason", temp.Store.Rejections().Single(r => r.Path == "a.txt").Reason);

        temp.Store.Store([TempStore.Analyse(Submarines), TempStore.Analyse(Article.Create("Une ligne corrigée.", path: "w.jsonl:3"))]);

        Assert.Equal([4], temp.Store.Rejections().Select(r => r.Line));
    }

    [Fact]
    public void Stats_count_by_language_and_source()
    {
        using var temp = Filled();

        var stats = temp.Store.Stats();

        Assert.Equal(3, stats.Articles);
        Assert.Equal(new DateOnly(2025, 6, 10), stats.FirstPublished);
        Assert.Equal(new DateOnly(2025, 9, 3), stats.LastPublished);
        Assert.Equal([new Count("fr", 2), new Count("en", 1)], stats.Languages);
        Assert.Equal([new Count("Le Veilleur", 2), new Count("Northern Dispatch", 1)], stats.Sources);
        Assert.Empty(temp.Store.CheckIntegrity());
    }

    [Fact]
    public void A_store_from_a_newer_vigie_is_refused_clearly()
    {
        using var temp = new TempStore();
        using (var connection = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand("PRAGMA user_version = 999", connection);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(temp.Reopen);

        Assert.Contains("newer Vigie", error.Message, StringComparison.Ordinal);
    }

    private static TempStore Filled()
    {
        var temp = new TempStore();
        temp.Store.Store([.. new[] { Submarines, Sanctions, Beijing }.Select(TempStore.Analyse)]);
        return temp;
    }
}
