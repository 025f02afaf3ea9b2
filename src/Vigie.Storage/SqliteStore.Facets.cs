using System.Text;
using Vigie.Storage.Records;
using Vigie.Text;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>How many of the best matches the actor and event-type facets count (languages, sources and days count them all).</summary>
    public const int FacetedHits = 1000;

    /// <summary>
    /// How the articles a search matches divide: languages, sources and publication days over all of them,
    /// actors and event types over the <see cref="FacetedHits"/> best (their cost grows with every entity
    /// and event of every match).
    /// </summary>
    public SearchFacets Facets(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FullTextQuery.From(query.Text);
        if (match.Length == 0)
        {
            return new SearchFacets(0, [], [], [], [], []);
        }

        var where = new StringBuilder("articles_fts MATCH $match");
        var parameters = new List<(string, object?)> { ("$match", match) };
        Filter(where, parameters, "a.language = $language", "$language", query.Language);
        Filter(where, parameters, "a.source = $source COLLATE NOCASE", "$source", query.Source);
        Filter(where, parameters, "a.published >= $from", "$from", Date(query.From));
        Filter(where, parameters, "a.published <= $to", "$to", Date(query.To));
        if (query.Actor is { Length: > 0 } actor)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.article_seq = a.seq AND (fold(e.name) LIKE $actor OR e.kb = $actorId))");
            parameters.Add(("$actor", $"%{TextFold.FoldWithoutDiacritics(actor)}%"));
            parameters.Add(("$actorId", actor));
        }

        const string Matches = "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE ";
        var hits = $"WITH hits AS (SELECT a.seq, a.language, a.source, a.published {Matches}{where})";
        var best = $"WITH best AS (SELECT a.seq {Matches}{where} ORDER BY bm25(articles_fts, 2.0, 1.0) LIMIT {FacetedHits})";

        // Three statements, each running the (fast) full-text match again: one compound statement over a
        // materialised set measured several times slower on a store of 100,000 articles (docs/BENCHMARKS.md).
        var (total, languages, sources, days) = (0, new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal),
            new SortedDictionary<string, int>(StringComparer.Ordinal));
        using (var command = Command($"{hits} SELECT language, coalesce(source, '(none)'), published, count(*) FROM hits GROUP BY 1, 2, 3", [.. parameters]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var count = reader.GetInt32(3);
                total += count;
                languages[reader.GetString(0)] = languages.GetValueOrDefault(reader.GetString(0)) + count;
                sources[reader.GetString(1)] = sources.GetValueOrDefault(reader.GetString(1)) + count;
                if (Text(reader, 2) is { } day)
                {
                    days[day] = days.GetValueOrDefault(day) + count;
                }
            }
        }

        var actors = new List<ActorCount>();
        using (var command = Command($"""
            {best} SELECT {ActorKey}, min(e.name), count(DISTINCT e.article_seq) FROM best h JOIN entities e ON e.article_seq = h.seq
            GROUP BY 1 ORDER BY 3 DESC, 2 LIMIT 20
            """, [.. parameters]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                actors.Add(new ActorCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        var types = new List<Count>();
        using (var command = Command($"""
            {best} SELECT v.type, count(*) FROM best h JOIN events v ON v.article_seq = h.seq
            WHERE v.status IN ('asserted', 'claimed') GROUP BY 1 ORDER BY 2 DESC, 1
            """, [.. parameters]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                types.Add(new Count(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        return new SearchFacets(total, Top(languages), Top(sources), actors, types, [.. days.Select(d => new Count(d.Key, d.Value))]);
    }

    private static List<Count> Top(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(20).Select(c => new Count(c.Key, c.Value))];
}
