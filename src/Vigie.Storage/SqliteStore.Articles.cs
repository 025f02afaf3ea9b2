using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Records;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    private const string ArticleColumns =
        "id, path, url, source, published, language, language_confidence, title, text, sentences, tokens, ingested_at";

    /// <summary>
    /// The article with this id, or with an id that starts with it (as git does with commits:
    /// "sha256:3f2a" or just "3f2a"); null when none or when the prefix is ambiguous.
    /// </summary>
    public StoredArticle? Find(string idOrPrefix, out int matches)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var prefix = idOrPrefix.Trim().ToLowerInvariant();
        if (!prefix.StartsWith(Documents.ArticleId.Prefix, StringComparison.Ordinal))
        {
            prefix = Documents.ArticleId.Prefix + prefix;
        }

        using var command = Command($"SELECT {ArticleColumns} FROM articles WHERE id >= $from AND id < $to ORDER BY id LIMIT 2",
            ("$from", prefix), ("$to", prefix + "\uffff"));
        using var reader = command.ExecuteReader();
        var found = new List<StoredArticle>(2);
        while (reader.Read())
        {
            found.Add(ReadArticle(reader));
        }

        matches = found.Count;
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The number of stored articles.</summary>
    public int ArticleCount => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <summary>The ids of all stored articles, in storing order.</summary>
    public IReadOnlyList<string> ArticleIds()
    {
        using var command = Command("SELECT id FROM articles ORDER BY seq");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The most recently published articles (then the most recently stored).</summary>
    public IReadOnlyList<StoredArticle> Latest(int limit)
    {
        using var command = Command($"SELECT {ArticleColumns} FROM articles ORDER BY published DESC NULLS LAST, seq DESC LIMIT $limit", ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<StoredArticle>();
        while (reader.Read())
        {
            list.Add(ReadArticle(reader));
        }

        return list;
    }

    public StoreStats Stats()
    {
        using var range = Command("SELECT min(published), max(published), count(*) FROM articles");
        DateOnly? first, last;
        int articles;
        using (var reader = range.ExecuteReader())
        {
            reader.Read();
            (first, last, articles) = (Date(reader, 0), Date(reader, 1), reader.GetInt32(2));
        }

        var rejections = Convert.ToInt32(Scalar("SELECT count(*) FROM rejections"), CultureInfo.InvariantCulture);
        var size = new[] { Path, Path + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length);
        return new StoreStats(Path, size, SchemaVersion, articles, rejections, first, last,
            Counts("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC, 1"),
            Counts("SELECT coalesce(source, '(none)'), count(*) FROM articles GROUP BY source ORDER BY 2 DESC, 1"));
    }

    /// <summary>Checks the file and the full-text index; returns the problems found (none when healthy).</summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>();
        using (var command = Command("PRAGMA integrity_check"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetString(0) != "ok")
                {
                    problems.Add(reader.GetString(0));
                }
            }
        }

        try
        {
            Scalar("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
        }
        catch (SqliteException e)
        {
            problems.Add("full-text index: " + e.Message);
        }

        return problems;
    }

    private IReadOnlyList<Count> Counts(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var list = new List<Count>();
        while (reader.Read())
        {
            list.Add(new Count(reader.GetString(0), reader.GetInt32(1)));
        }

        return list;
    }

    private static StoredArticle ReadArticle(SqliteDataReader reader) => new(
        reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Date(reader, 4), reader.GetString(5), reader.GetDouble(6),
        Text(reader, 7), reader.GetString(8), reader.GetInt32(9), reader.GetInt32(10),
        DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture));
}
