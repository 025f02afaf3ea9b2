using System.Text;
using Vigie.Storage.Records;
using Vigie.Text;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// How many of the most recently stored articles (naming the actor, for an actor's graph and events)
    /// the graph and an actor's events are drawn from, so that their cost does not grow with the store.
    /// </summary>
    public const int RecentArticles = 1000;

    /// <summary>
    /// Actors linked by the events that happened: two actors are neighbours when both are among one
    /// event's resolved sources and targets (the events stage's entity ids). The heaviest edges first;
    /// with <paramref name="key"/>, only the edges of that actor. Drawn from the <see cref="RecentArticles"/>
    /// most recently stored articles (naming the actor).
    /// </summary>
    public ActorGraph Graph(string? key, int limit)
    {
        var parameters = new List<(string, object?)> { ("$limit", Math.Clamp(limit, 1, 1000)), ("$articles", RecentArticles) };
        var scope = " AND v.article_seq IN (SELECT seq FROM articles ORDER BY seq DESC LIMIT $articles)";
        if (key is not null)
        {
            scope = $" AND v.article_seq IN ({RecentArticlesOf})";
            parameters.AddRange(ActorParameters(key));
        }

        using var command = Command($"""
            WITH actors AS MATERIALIZED (
                {EventActors("sources", scope)}
                UNION
                {EventActors("targets", scope)})
            SELECT a.k, min(a.name), b.k, min(b.name), count(DISTINCT a.event)
            FROM actors a JOIN actors b ON a.event = b.event AND a.k < b.k
            {(key is null ? "" : "WHERE a.k = $key OR b.k = $key")}
            GROUP BY a.k, b.k ORDER BY 5 DESC, 1, 3 LIMIT $limit
            """, [.. parameters, ("$key", key)]);
        using var reader = command.ExecuteReader();
        var edges = new List<ActorEdge>();
        var nodes = new Dictionary<string, (string Name, int Weight)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var (from, to, count) = (reader.GetString(0), reader.GetString(2), reader.GetInt32(4));
            edges.Add(new ActorEdge(from, to, count));
            nodes[from] = (reader.GetString(1), nodes.GetValueOrDefault(from).Weight + count);
            nodes[to] = (reader.GetString(3), nodes.GetValueOrDefault(to).Weight + count);
        }

        return new ActorGraph([.. nodes.Select(n => new ActorCount(n.Key, n.Value.Name, n.Value.Weight)).OrderByDescending(n => n.Count)], edges);
    }

    /// <summary>The seqs of the <see cref="RecentArticles"/> most recently stored articles naming the actor matched by <see cref="ActorMatch"/>.</summary>
    private const string RecentArticlesOf = $"SELECT e.article_seq FROM entities e WHERE {ActorMatch} ORDER BY e.rowid DESC LIMIT $articles";

    /// <summary>How many events of each type happened each day, filtered as <see cref="Events"/> filters (paging aside).</summary>
    public IReadOnlyList<TimelineDay> Timeline(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("SELECT v.date, v.type, count(*) FROM events v WHERE v.date IS NOT NULL");
        var parameters = EventFilters(sql, query);
        sql.Append(" GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 20000");
        using var command = Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var days = new List<TimelineDay>();
        while (reader.Read())
        {
            days.Add(new TimelineDay(Date(reader, 0)!.Value, reader.GetString(1), reader.GetInt32(2)));
        }

        return days;
    }

    /// <summary>The (event, actor key, name) rows of the entities one list of the events names (<c>sources</c> or <c>targets</c>).</summary>
    private static string EventActors(string list, string scope) => $"""
        SELECT v.rowid AS event, {ActorKey} AS k, e.name AS name
        FROM events v, json_each(v.{list}) j
        JOIN entities e ON e.article_seq = v.article_seq AND e.local_id = j.value
        WHERE v.status IN ('asserted', 'claimed'){scope}
        """;
}
