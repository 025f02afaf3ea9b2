using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Pipeline;
using Vigie.Storage.Records;
using Vigie.Text;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    private void WriteQuotes(long seq, Analysis analysis)
    {
        if (analysis.Quotes.Count == 0)
        {
            return;
        }

        var text = analysis.Article.Text;
        using var insert = Command("""
            INSERT INTO quotes (article_seq, kind, start, end, speaker_id, cue_start, cue_end, date, confidence, text, cue_text, speaker_start, speaker_end, speaker_text, speaker_clue)
            VALUES ($seq, $kind, $start, $end, $speaker, $cueStart, $cueEnd, $date, $confidence, $text, $cueText, $speakerStart, $speakerEnd, $speakerText, $clue)
            """);
        foreach (var quote in analysis.Quotes)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$seq", seq);
            insert.Parameters.AddWithValue("$kind", quote.Kind.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$start", quote.Content.Start);
            insert.Parameters.AddWithValue("$end", quote.Content.End);
            insert.Parameters.AddWithValue("$speaker", (object?)quote.SpeakerId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$cueStart", (object?)quote.Cue?.Start ?? DBNull.Value);
            insert.Parameters.AddWithValue("$cueEnd", (object?)quote.Cue?.End ?? DBNull.Value);
            insert.Parameters.AddWithValue("$date", (object?)Date(quote.Date.Day) ?? DBNull.Value);
            insert.Parameters.AddWithValue("$confidence", quote.Confidence);
            insert.Parameters.AddWithValue("$text", quote.QuotedWords(text));
            insert.Parameters.AddWithValue("$cueText", quote.Cue is { } cue ? Slice(text, cue) : DBNull.Value);
            insert.Parameters.AddWithValue("$speakerStart", (object?)quote.Speaker?.Start ?? DBNull.Value);
            insert.Parameters.AddWithValue("$speakerEnd", (object?)quote.Speaker?.End ?? DBNull.Value);
            insert.Parameters.AddWithValue("$speakerText", quote.Speaker is { } speaker ? Slice(text, speaker) : DBNull.Value);
            insert.Parameters.AddWithValue("$clue", quote.Clue.ToString().ToLowerInvariant());
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Stored quotes, newest article first, filtered by speaker, subject, dates and language.</summary>
    public IReadOnlyList<StoredQuote> Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"""
            SELECT {StoredQuoteColumns}
            FROM quotes q
            JOIN articles a ON a.seq = q.article_seq
            LEFT JOIN entities e ON e.article_seq = q.article_seq AND e.local_id = q.speaker_id
            WHERE 1 = 1
            """);
        var parameters = new List<(string, object?)>();
        if (query.Speaker is { Length: > 0 } speaker)
        {
            sql.Append(" AND (fold(e.name) LIKE $speaker OR fold(q.speaker_text) LIKE $speaker)");
            parameters.Add(("$speaker", $"%{TextFold.FoldWithoutDiacritics(speaker)}%"));
        }

        if (query.About is { Length: > 0 } about)
        {
            sql.Append("""
                 AND (fold(q.text) LIKE $about OR EXISTS (
                    SELECT 1 FROM mentions m JOIN entities n ON n.article_seq = m.article_seq AND n.local_id = m.entity_id
                    WHERE m.article_seq = q.article_seq AND m.start >= q.start AND m.end <= q.end AND fold(n.name) LIKE $about))
                """);
            parameters.Add(("$about", $"%{TextFold.FoldWithoutDiacritics(about)}%"));
        }

        // The day the quote was said: the time governing its cue, else the publication day.
        Filter(sql, parameters, "q.date >= $from", "$from", Date(query.From));
        Filter(sql, parameters, "q.date <= $to", "$to", Date(query.To));
        Filter(sql, parameters, "a.language = $language", "$language", query.Language);
        sql.Append(" ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.start LIMIT $limit OFFSET $offset");
        parameters.Add(("$limit", Math.Clamp(query.Limit, 1, 10_000)));
        parameters.Add(("$offset", Math.Max(query.Offset, 0)));

        using var command = Command(sql.ToString(), [.. parameters]);
        return ReadQuotes(command);
    }

    /// <summary>The columns <see cref="ReadQuotes"/> reads, over <c>quotes q</c>, <c>articles a</c> and the speaker's <c>entities e</c>.</summary>
    private const string StoredQuoteColumns = """
        a.id, a.title, a.path, a.published, a.source, a.language, q.kind, q.text, q.start, q.end,
        e.name, q.speaker_text, q.speaker_clue, q.cue_text, q.confidence, q.date
        """;

    private static List<StoredQuote> ReadQuotes(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var quotes = new List<StoredQuote>();
        while (reader.Read())
        {
            quotes.Add(new StoredQuote(reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3), Text(reader, 4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), reader.GetInt32(8), reader.GetInt32(9), Text(reader, 10), Text(reader, 11),
                reader.GetString(12), Text(reader, 13), reader.GetDouble(14), Date(reader, 15)));
        }

        return quotes;
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
