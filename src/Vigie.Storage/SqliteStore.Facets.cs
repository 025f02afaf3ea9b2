using System.Text;
using Vigie.Storage.Records;
using Vigie.Text;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>How the articles a search matches divide (all of them, not one page), in one pass over the matches.</summary>
    public SearchFacets Facets(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FullTextQuery.From(query.Text);
        if (match.Length == 0)
        {
            return new SearchFacets(0, [], [], [], [], []);
        }

        var sql = new StringBuilder("""
            WITH hits AS MATERIALIZED (
                SELECT a.seq, a.language, a.source, a.published
                FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                WHERE articles_fts MATCH $match
            """);
        var parameters = new List<(string, object?)> { ("$match", match) };
        Filter(sql, parameters, "a.language = $language", "$language", query.Language);
        Filter(sql, parameters, "a.source = $source COLLATE NOCASE", "$source", query.Source);
        Filter(sql, parameters, "a.published >= $from", "$from", Date(query.From));
        Filter(sql, parameters, "a.published <= $to", "$to", Date(query.To));
        if (query.Actor is { Length: > 0 } actor)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM entities e WHERE e.article_seq = a.seq AND (fold(e.name) LIKE $actor OR e.kb = $actorId))");
            parameters.Add(("$actor", $"%{TextFold.FoldWithoutDiacritics(actor)}%"));
            parameters.Add(("$actorId", actor));
        }

        sql.Append($"""
            )
            SELECT 't', '', '', count(*) FROM hits
            UNION ALL SELECT * FROM (SELECT 'l', language, '', count(*) FROM hits GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT 20)
            UNION ALL SELECT * FROM (SELECT 's', coalesce(source, '(none)'), '', count(*) FROM hits GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT 20)
            UNION ALL SELECT * FROM (SELECT 'a', {ActorKey}, min(e.name), count(DISTINCT e.article_seq) FROM hits h JOIN entities e ON e.article_seq = h.seq
                                     GROUP BY 2 ORDER BY 4 DESC, 3 LIMIT 20)
            UNION ALL SELECT * FROM (SELECT 'e', v.type, '', count(*) FROM hits h JOIN events v ON v.article_seq = h.seq
                                     WHERE v.status IN ('asserted', 'claimed') GROUP BY 2 ORDER BY 4 DESC, 2)
            UNION ALL SELECT * FROM (SELECT 'd', published, '', count(*) FROM hits WHERE published IS NOT NULL GROUP BY 2 ORDER BY 2 LIMIT 3660)
            """);
        using var command = Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var (total, languages, sources, actors, types, days) = (0, new List<Count>(), new List<Count>(), new List<ActorCount>(), new List<Count>(), new List<Count>());
        while (reader.Read())
        {
            var (value, count) = (reader.GetString(1), reader.GetInt32(3));
            switch (reader.GetString(0))
            {
                case "t": total = count; break;
                case "l": languages.Add(new Count(value, count)); break;
                case "s": sources.Add(new Count(value, count)); break;
                case "a": actors.Add(new ActorCount(value, reader.GetString(2), count)); break;
                case "e": types.Add(new Count(value, count)); break;
                default: days.Add(new Count(value, count)); break;
            }
        }

        return new SearchFacets(total, languages, sources, actors, types, days);
    }
}
