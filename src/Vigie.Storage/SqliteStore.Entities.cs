using Vigie.Contract;
using Vigie.Kb;
using Vigie.Pipeline;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>Keeps the article's actors (id e1…, canonical name, kind, country, kb id, roles) and every mention.</summary>
    private void WriteEntities(long seq, Analysis analysis)
    {
        if (analysis.Entities.Count == 0)
        {
            return;
        }

        var text = analysis.Article.Text;
        using var entity = Command("""
            INSERT INTO entities (article_seq, local_id, name, kind, country, kb, roles)
            VALUES ($seq, $id, $name, $kind, $country, $kb, $roles)
            """);
        using var mention = Command("""
            INSERT INTO mentions (article_seq, entity_id, start, end, text, how)
            VALUES ($seq, $id, $start, $end, $text, $how)
            """);
        foreach (var resolved in analysis.Entities)
        {
            entity.Parameters.Clear();
            entity.Parameters.AddWithValue("$seq", seq);
            entity.Parameters.AddWithValue("$id", resolved.Id);
            entity.Parameters.AddWithValue("$name", resolved.Name);
            entity.Parameters.AddWithValue("$kind", KbNames.Of(resolved.Kind));
            entity.Parameters.AddWithValue("$country", (object?)resolved.Country ?? DBNull.Value);
            entity.Parameters.AddWithValue("$kb", (object?)resolved.KbId ?? DBNull.Value);
            entity.Parameters.AddWithValue("$roles", string.Join("; ", resolved.Roles.Select(role => role.Title).Distinct(StringComparer.Ordinal)));
            entity.ExecuteNonQuery();
            foreach (var m in resolved.Mentions)
            {
                mention.Parameters.Clear();
                mention.Parameters.AddWithValue("$seq", seq);
                mention.Parameters.AddWithValue("$id", resolved.Id);
                mention.Parameters.AddWithValue("$start", m.Start);
                mention.Parameters.AddWithValue("$end", m.End);
                mention.Parameters.AddWithValue("$text", text[m.Start..m.End]);
                mention.Parameters.AddWithValue("$how", EntityRecords.How(m.How));
                mention.ExecuteNonQuery();
            }
        }
    }
}
