using System.Globalization;
using Vigie.Pipeline;
using Vigie.Storage.Records;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Stores a batch of analysed articles in one transaction. An article already stored (same id,
    /// that is the same normalised text) is counted as a duplicate and left untouched, so running the
    /// same ingest twice changes nothing. A stored article clears earlier rejections of its path.
    /// </summary>
    public IngestCounts Store(IReadOnlyList<Analysis> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var transaction = _connection.BeginTransaction();
        using var insert = Command("""
            INSERT INTO articles (id, path, url, source, published, language, language_confidence, title, text, sentences, tokens, ingested_at)
            VALUES ($id, $path, $url, $source, $published, $language, $confidence, $title, $text, $sentences, $tokens, $at)
            ON CONFLICT (id) DO NOTHING
            """);
        using var clear = Command("DELETE FROM rejections WHERE path = $path AND line = $line");
        using var times = new TimeWriter(this);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var counts = new IngestCounts();
        foreach (var analysis in batch)
        {
            var article = analysis.Article;
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", article.Id);
            insert.Parameters.AddWithValue("$path", (object?)article.Path ?? DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)article.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$source", (object?)article.Source ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)Date(article.Published) ?? DBNull.Value);
            insert.Parameters.AddWithValue("$language", analysis.Language.Code);
            insert.Parameters.AddWithValue("$confidence", analysis.Language.Confidence);
            insert.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$text", article.Text);
            insert.Parameters.AddWithValue("$sentences", analysis.Sentences.Count);
            insert.Parameters.AddWithValue("$tokens", analysis.Tokens.Count);
            insert.Parameters.AddWithValue("$at", now);
            var added = insert.ExecuteNonQuery() == 1;
            counts += added ? new IngestCounts(1, 0) : new IngestCounts(0, 1);
            if (added)
            {
                var seq = Convert.ToInt64(Scalar("SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
                WriteEntities(seq, analysis);
                WriteQuotes(seq, analysis);
                times.Write(analysis);
                WriteEvents(seq, analysis);
            }

            if (article.Path is { } path)
            {
                var (file, line) = RejectionKey(path);
                clear.Parameters.Clear();
                clear.Parameters.AddWithValue("$path", file);
                clear.Parameters.AddWithValue("$line", line);
                clear.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return counts;
    }

    /// <summary>Keeps a rejected document aside (replacing an earlier rejection of the same place).</summary>
    public void Reject(RejectedDocument rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        using var command = Command("""
            INSERT INTO rejections (path, line, reason, advice, rejected_at) VALUES ($path, $line, $reason, $advice, $at)
            ON CONFLICT (path, line) DO UPDATE SET reason = excluded.reason, advice = excluded.advice, rejected_at = excluded.rejected_at
            """,
            ("$path", rejected.Path),
            ("$line", rejected.Line ?? 0),
            ("$reason", rejected.Reason),
            ("$advice", rejected.Advice),
            ("$at", rejected.RejectedAt.ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    }

    /// <summary>The documents kept aside, newest first.</summary>
    public IReadOnlyList<RejectedDocument> Rejections()
    {
        using var command = Command("SELECT path, line, reason, advice, rejected_at FROM rejections ORDER BY rejected_at DESC, path, line");
        using var reader = command.ExecuteReader();
        var list = new List<RejectedDocument>();
        while (reader.Read())
        {
            var line = reader.GetInt32(1);
            list.Add(new RejectedDocument(reader.GetString(0), line == 0 ? null : line, reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>A JSON Lines article's path is "file:line"; rejections key the file and the line (0: whole file) apart.</summary>
    private static (string File, int Line) RejectionKey(string path)
    {
        var colon = path.LastIndexOf(':');
        return colon > 0 && int.TryParse(path.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (path[..colon], line)
            : (path, 0);
    }
}
