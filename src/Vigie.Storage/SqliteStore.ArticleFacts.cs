using Vigie.Storage.Records;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>The actor key of the entity row aliased <c>e</c>: its knowledge-base id, else "name:" and its name.</summary>
    private const string ActorKey = "coalesce(e.kb, 'name:' || e.name)";

    /// <summary>What the store holds about the article with exactly this id; null when there is none.</summary>
    public ArticleFacts? Facts(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (Scalar("SELECT seq FROM articles WHERE id = $id", ("$id", articleId)) is not long seq)
        {
            return null;
        }

        return new ArticleFacts(Entities(seq), ArticleQuotes(seq), ArticleEvents(seq), Times(articleId));
    }

    /// <summary>Deletes the article with exactly this id and everything found in it; false when there is none.</summary>
    public bool Delete(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var command = Command("DELETE FROM articles WHERE id = $id", ("$id", articleId));
        return command.ExecuteNonQuery() == 1;
    }

    private List<StoredEntity> Entities(long seq)
    {
        var mentions = new Dictionary<string, List<StoredMention>>(StringComparer.Ordinal);
        using (var command = Command("SELECT entity_id, start, end, text, how FROM mentions WHERE article_seq = $seq ORDER BY start", ("$seq", seq)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!mentions.TryGetValue(id, out var list))
                {
                    mentions[id] = list = [];
                }

                list.Add(new StoredMention(reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        using var entities = Command($"""
            SELECT e.local_id, {ActorKey}, e.name, e.kind, e.country, e.kb, e.roles
            FROM entities e WHERE e.article_seq = $seq ORDER BY e.rowid
            """, ("$seq", seq));
        using var rows = entities.ExecuteReader();
        var found = new List<StoredEntity>();
        while (rows.Read())
        {
            var id = rows.GetString(0);
            found.Add(new StoredEntity(id, rows.GetString(1), rows.GetString(2), rows.GetString(3), Text(rows, 4), Text(rows, 5), Text(rows, 6),
                mentions.GetValueOrDefault(id) ?? []));
        }

        return found;
    }

    private List<ArticleQuote> ArticleQuotes(long seq)
    {
        using var command = Command($"""
            SELECT q.kind, q.start, q.end, q.text, q.speaker_id, e.name, {ActorKey}, q.speaker_start, q.speaker_end, q.speaker_text,
                   q.speaker_clue, q.cue_start, q.cue_end, q.cue_text, q.confidence
            FROM quotes q LEFT JOIN entities e ON e.article_seq = q.article_seq AND e.local_id = q.speaker_id
            WHERE q.article_seq = $seq ORDER BY q.start
            """, ("$seq", seq));
        using var reader = command.ExecuteReader();
        var list = new List<ArticleQuote>();
        while (reader.Read())
        {
            list.Add(new ArticleQuote(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), Text(reader, 4), Text(reader, 5),
                Text(reader, 6), Number(reader, 7), Number(reader, 8), Text(reader, 9), reader.GetString(10), Number(reader, 11), Number(reader, 12),
                Text(reader, 13), reader.GetDouble(14)));
        }

        return list;
    }

    private List<ArticleEvent> ArticleEvents(long seq)
    {
        using var command = Command("""
            SELECT rowid, type, mode, status, date, date_from, source_text, target_text, place_text, trigger_start, trigger_end, trigger_text,
                   evidence_start, evidence_end, claimed_by, mentions, confidence
            FROM events WHERE article_seq = $seq ORDER BY evidence_start
            """, ("$seq", seq));
        using var reader = command.ExecuteReader();
        var list = new List<ArticleEvent>();
        while (reader.Read())
        {
            list.Add(new ArticleEvent(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), reader.GetString(3), Date(reader, 4), Text(reader, 5),
                reader.GetString(6), reader.GetString(7), Text(reader, 8), Number(reader, 9), Number(reader, 10), Text(reader, 11),
                reader.GetInt32(12), reader.GetInt32(13), Text(reader, 14), reader.GetInt32(15), reader.GetDouble(16)));
        }

        return list;
    }

    private static int? Number(Microsoft.Data.Sqlite.SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
