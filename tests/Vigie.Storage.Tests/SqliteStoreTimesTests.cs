using Microsoft.Data.Sqlite;
using Vigie.Documents;
using Vigie.Storage.Records;

namespace Vigie.Storage.Tests;

public sealed class SqliteStoreTimesTests
{
    private static readonly Article Patrol = Article.Create(
        "Jeudi, la flotte a annoncé une patrouille conjointe. Il y a quelques jours, les deux marines ont navigué ensemble pendant trois jours.",
        new DateOnly(2025, 9, 5), "Le Veilleur", "fr", path: "patrol.txt");

    [Fact]
    public void Stored_articles_keep_their_times_with_value_approximation_and_anchor()
    {
        using var temp = new TempStore();

        temp.Store.Store([TempStore.Analyse(Patrol)]);
        var times = temp.Reopen().Times(Patrol.Id);

        Assert.Equal(
            [
                new StoredTime(0, 5, "date", "2025-09-04", false, "publication", null),
                new StoredTime(53, 74, "date", "2025-08-29/2025-09-03", true, "publication", null),
                new StoredTime(122, 133, "duration", "P3D", false, null, null),
            ],
            times);
        Assert.Equal(["Jeudi", "Il y a quelques jours", "trois jours"], times.Select(t => Patrol.Text[t.Start..t.End]));
    }

    [Fact]
    public void Storing_an_article_twice_keeps_one_copy_of_its_times()
    {
        using var temp = new TempStore();
        var analysis = TempStore.Analyse(Patrol);

        temp.Store.Store([analysis]);
        temp.Store.Store([analysis]);

        Assert.Equal(3, temp.Store.Times(Patrol.Id).Count);
        Assert.Empty(temp.Store.Times("sha256:unknown"));
    }

    [Fact]
    public void A_store_of_schema_1_gains_the_time_columns_and_keeps_its_rows()
    {
        using var temp = new TempStore();
        temp.Store.Dispose();
        File.Delete(temp.FilePath);
        using (var connection = new SqliteConnection($"Data Source={temp.FilePath};Pooling=False"))
        {
            connection.Open();
            using var create = new SqliteCommand(Schema.Migrations.All[0] + """
                ;PRAGMA user_version = 1;
                INSERT INTO articles (id, language, language_confidence, text, sentences, tokens, ingested_at)
                VALUES ('sha256:old', 'fr', 1, 'Hier.', 1, 2, '2025-09-05T00:00:00Z');
                INSERT INTO times (article_seq, start, end, type, value) VALUES (1, 0, 4, 'date', '2025-09-04');
                """, connection);
            create.ExecuteNonQuery();
        }

        var store = temp.Reopen();

        Assert.Equal(Schema.Migrations.All.Count, store.SchemaVersion);
        Assert.Equal([new StoredTime(0, 4, "date", "2025-09-04", false, null, null)], store.Times("sha256:old"));
    }
}
