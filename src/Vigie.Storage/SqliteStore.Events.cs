using System.Text;
using System.Text.Json;
using Vigie.Events;
using Vigie.Pipeline;
using Vigie.Storage.Records;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    private void WriteEvents(long seq, Analysis analysis)
    {
        if (analysis.Events.Count == 0)
        {
            return;
        }

        var text = analysis.Article.Text;
        using var insert = Command("""
            INSERT INTO events (article_seq, type, mode, sources, targets, place_id, date, status, trigger_start, trigger_end, evidence_start, evidence_end, confidence,
                                source_text, target_text, place_text, trigger_text, evidence_text, claimed_by, date_from, mentions)
            VALUES ($seq, $type, $mode, $sources, $targets, $place, $date, $status, $triggerStart, $triggerEnd, $evidenceStart, $evidenceEnd, $confidence,
                    $sourceText, $targetText, $placeText, $triggerText, $evidenceText, $claimedBy, $dateFrom, $mentions)
            """);
        foreach (var e in analysis.Events)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$seq", seq);
            insert.Parameters.AddWithValue("$type", e.TypeName);
            insert.Parameters.AddWithValue("$mode", (object?)e.Mode ?? DBNull.Value);
            insert.Parameters.AddWithValue("$sources", JsonSerializer.Serialize(e.SourceIds));
            insert.Parameters.AddWithValue("$targets", JsonSerializer.Serialize(e.TargetIds));
            insert.Parameters.AddWithValue("$place", (object?)e.PlaceId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$date", (object?)Date(e.Date) ?? DBNull.Value);
            insert.Parameters.AddWithValue("$status", e.Status.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$triggerStart", e.Trigger.Start);
            insert.Parameters.AddWithValue("$triggerEnd", e.Trigger.End);
            insert.Parameters.AddWithValue("$evidenceStart", e.Evidence.Start);
            insert.Parameters.AddWithValue("$evidenceEnd", e.Evidence.End);
            insert.Parameters.AddWithValue("$confidence", e.Confidence);
            insert.Parameters.AddWithValue("$sourceText", Join(text, e.Sources));
            insert.Parameters.AddWithValue("$targetText", Join(text, e.Targets));
            insert.Parameters.AddWithValue("$placeText", e.Place is { } place ? Slice(text, place) : DBNull.Value);
            insert.Parameters.AddWithValue("$triggerText", Slice(text, e.Trigger));
            insert.Parameters.AddWithValue("$evidenceText", Slice(text, e.Evidence));
            insert.Parameters.AddWithValue("$claimedBy", e.ClaimedBy is { } by ? Slice(text, by) : DBNull.Value);
            insert.Parameters.AddWithValue("$dateFrom", e.Dating == Dating.None ? DBNull.Value : e.Dating.ToString().ToLowerInvariant());
            insert.Parameters.AddWithValue("$mentions", e.Mentions.Count);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Stored events, newest first, filtered by actor words, type and dates.</summary>
    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.path, a.published, a.source, a.language, v.type, v.mode, v.status, v.date, v.date_from,
                   v.source_text, v.target_text, v.place_text, v.trigger_text, v.evidence_text, v.evidence_start, v.evidence_end,
                   v.claimed_by, v.mentions, v.confidence
            FROM events v
            JOIN articles a ON a.seq = v.article_seq
            WHERE 1 = 1
            """);
        var parameters = EventFilters(sql, query);
        sql.Append(" ORDER BY v.date DESC NULLS LAST, a.seq DESC, v.evidence_start LIMIT $limit OFFSET $offset");
        parameters.Add(("$limit", Math.Clamp(query.Limit, 1, 10_000)));
        parameters.Add(("$offset", Math.Max(query.Offset, 0)));

        using var command = Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            events.Add(new StoredEvent(reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3), Text(reader, 4), reader.GetString(5),
                reader.GetString(6), Text(reader, 7), reader.GetString(8), Date(reader, 9), Text(reader, 10), reader.GetString(11), reader.GetString(12),
                Text(reader, 13), Text(reader, 14), reader.GetString(15), reader.GetInt32(16), reader.GetInt32(17), Text(reader, 18), reader.GetInt32(19),
                reader.GetDouble(20)));
        }

        return events;
    }

    private static string Join(string text, IReadOnlyList<TextSpan> spans) => string.Join("; ", spans.Select(span => Slice(text, span)));

    /// <summary>Appends the filters of an event query (status, actor words, type, dates) to a statement over <c>events v</c>; returns its parameters.</summary>
    private static List<(string, object?)> EventFilters(StringBuilder sql, EventQuery query)
    {
        var parameters = new List<(string, object?)>();
        if (!query.AllStatuses)
        {
            sql.Append(" AND v.status IN ('asserted', 'claimed')");
        }

        if (query.Actor is { Length: > 0 } actor)
        {
            sql.Append(" AND (fold(v.source_text) LIKE $actor OR fold(v.target_text) LIKE $actor)");
            parameters.Add(("$actor", $"%{TextFold.FoldWithoutDiacritics(actor)}%"));
        }

        Filter(sql, parameters, "v.type = $type", "$type", query.Type?.ToUpperInvariant());
        Filter(sql, parameters, "v.date >= $from", "$from", Date(query.From));
        Filter(sql, parameters, "v.date <= $to", "$to", Date(query.To));
        return parameters;
    }
}
