using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigie.Contract;
using Vigie.Entities;
using Vigie.Pipeline;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>The entities of a stored article with their mentions, in the order of their ids (e1, e2 …); empty when none or no such article.</summary>
    public IReadOnlyList<EntityRecord> Entities(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var mentions = new Dictionary<string, List<MentionRecord>>(StringComparer.Ordinal);
        using (var command = Command("""
            SELECT m.entity_id, m.start, m.end, m.text, m.how FROM mentions m JOIN articles a ON a.seq = m.article_seq
            WHERE a.id = $id ORDER BY m.start
            """, ("$id", articleId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var entity = reader.GetString(0);
                if (!mentions.TryGetValue(entity, out var list))
                {
                    mentions[entity] = list = [];
                }

                list.Add(new MentionRecord(reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4)));
            }
        }

        using var entities = Command("""
            SELECT e.local_id, e.name, e.kind, e.country, e.roles, e.kb FROM entities e JOIN articles a ON a.seq = e.article_seq
            WHERE a.id = $id ORDER BY CAST(substr(e.local_id, 2) AS INTEGER), e.local_id
            """, ("$id", articleId));
        using var rows = entities.ExecuteReader();
        var result = new List<EntityRecord>();
        while (rows.Read())
        {
            var id = rows.GetString(0);
            var roles = Text(rows, 4) is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];
            result.Add(new EntityRecord(id, rows.GetString(1), rows.GetString(2), Text(rows, 3), roles, Text(rows, 5), mentions.GetValueOrDefault(id) ?? []));
        }

        return result;
    }

    /// <summary>Writes the entities of newly stored articles, inside the transaction of <see cref="Store"/>.</summary>
    private sealed class EntityWriter : IDisposable
    {
        private readonly SqliteCommand _entity;
        private readonly SqliteCommand _mention;

        public EntityWriter(SqliteStore store)
        {
            _entity = store.Command("""
                INSERT INTO entities (article_seq, local_id, name, kind, country, kb, roles)
                VALUES ($seq, $id, $name, $kind, $country, $kb, $roles)
                """);
            _mention = store.Command("""
                INSERT INTO mentions (article_seq, entity_id, start, end, text, how)
                VALUES ($seq, $id, $start, $end, $text, $how)
                """);
        }

        /// <summary>The entities of the article stored as row <paramref name="seq"/>: for now the provisional grouping of its mentions.</summary>
        public void Write(long seq, Analysis analysis)
        {
            foreach (var entity in ProvisionalEntities.Group(analysis.Article.Text, analysis.Mentions))
            {
                _entity.Parameters.Clear();
                _entity.Parameters.AddWithValue("$seq", seq);
                _entity.Parameters.AddWithValue("$id", entity.Id);
                _entity.Parameters.AddWithValue("$name", entity.Name);
                _entity.Parameters.AddWithValue("$kind", entity.Kind);
                _entity.Parameters.AddWithValue("$country", (object?)entity.Country ?? DBNull.Value);
                _entity.Parameters.AddWithValue("$kb", (object?)entity.Kb ?? DBNull.Value);
                _entity.Parameters.AddWithValue("$roles", JsonSerializer.Serialize(entity.Roles));
                _entity.ExecuteNonQuery();
                foreach (var mention in entity.Mentions)
                {
                    _mention.Parameters.Clear();
                    _mention.Parameters.AddWithValue("$seq", seq);
                    _mention.Parameters.AddWithValue("$id", entity.Id);
                    _mention.Parameters.AddWithValue("$start", mention.Start);
                    _mention.Parameters.AddWithValue("$end", mention.End);
                    _mention.Parameters.AddWithValue("$text", mention.Text);
                    _mention.Parameters.AddWithValue("$how", mention.How);
                    _mention.ExecuteNonQuery();
                }
            }
        }

        public void Dispose()
        {
            _entity.Dispose();
            _mention.Dispose();
        }
    }
}
