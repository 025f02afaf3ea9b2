using System.Text;
using Vigie.Storage.Records;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    private const char HighlightOpen = '\u0002';
    private const char HighlightClose = '\u0003';

    /// <summary>Full-text search, best match first (BM25), with a highlighted snippet per article.</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FullTextQuery.From(query.Text);
        if (match.Length == 0)
        {
            return [];
        }

        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.source, a.published, a.language, a.path,
                   snippet(articles_fts, 1, char(2), char(3), '…', 24), bm25(articles_fts, 2.0, 1.0)
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
            parameters.Add(("$actor", $"%{Vigie.Text.TextFold.FoldWithoutDiacritics(actor)}%"));
            parameters.Add(("$actorId", actor));
        }
        sql.Append(" ORDER BY 8 LIMIT $limit OFFSET $offset");
        parameters.Add(("$limit", Math.Clamp(query.Limit, 1, 1000)));
        parameters.Add(("$offset", Math.Max(query.Offset, 0)));

        using var command = Command(sql.ToString(), [.. parameters]);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var (snippet, highlights) = Highlights(reader.GetString(6));
            hits.Add(new SearchHit(reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3), reader.GetString(4), Text(reader, 5),
                snippet, highlights, -reader.GetDouble(7)));
        }

        return hits;
    }

    private static void Filter(StringBuilder sql, List<(string, object?)> parameters, string condition, string name, string? value)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
    }

    /// <summary>Turns SQLite's marked snippet into plain text plus the ranges that matched.</summary>
    private static (string Snippet, IReadOnlyList<SnippetHighlight> Highlights) Highlights(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<SnippetHighlight>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == HighlightOpen)
            {
                open = text.Length;
            }
            else if (c == HighlightClose && open >= 0)
            {
                highlights.Add(new SnippetHighlight(open, text.Length));
                open = -1;
            }
            else
            {
                text.Append(c == '\n' ? ' ' : c);
            }
        }

        return (text.ToString(), highlights);
    }
}
