using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Records;
using Vigie.Text;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    private const string KeyPrefix = "name:";

    private const string StoredEventColumns = """
        a.id, a.title, a.path, a.published, a.source, a.language, v.type, v.mode, v.status, v.date, v.date_from,
        v.source_text, v.target_text, v.place_text, v.trigger_text, v.evidence_text, v.evidence_start, v.evidence_end,
        v.claimed_by, v.mentions, v.confidence
        """;

    /// <summary>The actors the stored articles name, most named first; <paramref name="name"/> keeps those whose name contains it (accents and case ignored).</summary>
    public IReadOnlyList<StoredActor> StoredActors(string? name, int limit, int offset)
    {
        var sql = new StringBuilder($"SELECT {ActorKey}, min(e.name), min(e.kind), min(e.country), min(e.kb), count(DISTINCT e.article_seq) FROM entities e");
        var parameters = new List<(string, object?)>();
        if (name is { Length: > 0 })
        {
            sql.Append(" WHERE fold(e.name) LIKE $name");
            parameters.Add(("$name", $"%{TextFold.FoldWithoutDiacritics(name)}%"));
        }

        sql.Append(" GROUP BY 1 ORDER BY 6 DESC, 2 LIMIT $limit OFFSET $offset");
        parameters.Add(("$limit", Math.Clamp(limit, 1, 1000)));
        parameters.Add(("$offset", Math.Max(offset, 0)));
        using var command = Command(sql.ToString(), [.. parameters]);
        return ReadActors(command);
    }

    /// <summary>The actor with this key (a knowledge-base id, or "name:" and a name), as the stored articles know it; null when none names it.</summary>
    public StoredActor? StoredActor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var command = Command($"""
            SELECT {ActorKey}, min(e.name), min(e.kind), min(e.country), min(e.kb), count(DISTINCT e.article_seq)
            FROM entities e WHERE {ActorMatch} GROUP BY 1
            """, ActorParameters(key));
        return ReadActors(command) is [var actor, ..] ? actor : null;
    }

    /// <summary>The quotes whose speaker is the actor with this key, newest article first.</summary>
    public IReadOnlyList<StoredQuote> QuotesBy(string key, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var command = Command($"""
            SELECT {StoredQuoteColumns}
            FROM entities e
            JOIN quotes q ON q.article_seq = e.article_seq AND q.speaker_id = e.local_id
            JOIN articles a ON a.seq = q.article_seq
            WHERE {ActorMatch}
            ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.start LIMIT $limit OFFSET $offset
            """, [.. ActorParameters(key), ("$limit", Math.Clamp(limit, 1, 1000)), ("$offset", Math.Max(offset, 0))]);
        return ReadQuotes(command);
    }

    /// <summary>
    /// The events that happened (asserted or claimed) with the actor with this key among their resolved
    /// sources or targets (the events stage's entity ids), newest first, from the actor's
    /// <see cref="RecentArticles"/> most recently stored articles.
    /// </summary>
    public IReadOnlyList<ActorEvent> EventsOf(string key, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var command = Command($"""
            SELECT * FROM (
                SELECT {StoredEventColumns},
                       EXISTS (SELECT 1 FROM json_each(v.sources) j WHERE j.value = e.local_id) AS as_source,
                       EXISTS (SELECT 1 FROM json_each(v.targets) j WHERE j.value = e.local_id) AS as_target,
                       a.seq AS article_seq
                FROM entities e
                JOIN events v ON v.article_seq = e.article_seq
                JOIN articles a ON a.seq = v.article_seq
                WHERE {ActorMatch} AND v.status IN ('asserted', 'claimed') AND e.article_seq IN ({RecentArticlesOf}))
            WHERE as_source OR as_target
            ORDER BY date DESC NULLS LAST, article_seq DESC, evidence_start LIMIT $limit OFFSET $offset
            """, [.. ActorParameters(key), ("$limit", Math.Clamp(limit, 1, 1000)), ("$offset", Math.Max(offset, 0)), ("$articles", RecentArticles)]);
        using var reader = command.ExecuteReader();
        var events = new List<ActorEvent>();
        while (reader.Read())
        {
            events.Add(new ActorEvent(ReadStoredEvent(reader), reader.GetInt64(21) != 0, reader.GetInt64(22) != 0));
        }

        return events;
    }

    /// <summary>Matches the entity rows <c>e</c> of one actor key, by the knowledge-base index or by name.</summary>
    private const string ActorMatch = "(($kb IS NOT NULL AND e.kb = $kb) OR ($name IS NOT NULL AND e.kb IS NULL AND e.name = $name))";

    private static (string, object?)[] ActorParameters(string key) => key.StartsWith(KeyPrefix, StringComparison.Ordinal)
        ? [("$kb", null), ("$name", key[KeyPrefix.Length..])]
        : [("$kb", key), ("$name", null)];

    private static List<StoredActor> ReadActors(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var actors = new List<StoredActor>();
        while (reader.Read())
        {
            actors.Add(new StoredActor(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), reader.GetInt32(5)));
        }

        return actors;
    }

    private static StoredEvent ReadStoredEvent(SqliteDataReader reader) => new(
        reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3), Text(reader, 4), reader.GetString(5),
        reader.GetString(6), Text(reader, 7), reader.GetString(8), Date(reader, 9), Text(reader, 10), reader.GetString(11), reader.GetString(12),
        Text(reader, 13), Text(reader, 14), reader.GetString(15), reader.GetInt32(16), reader.GetInt32(17), Text(reader, 18), reader.GetInt32(19),
        reader.GetDouble(20));
}
