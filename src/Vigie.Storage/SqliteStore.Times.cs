using Microsoft.Data.Sqlite;
using Vigie.Contract;
using Vigie.Pipeline;
using Vigie.Storage.Records;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>The time expressions stored for an article, in text order (none when the id is unknown).</summary>
    public IReadOnlyList<StoredTime> Times(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var command = Command("""
            SELECT t.start, t.end, t.type, t.value, t.approximate, t.anchor, t.mod
            FROM times t JOIN articles a ON a.seq = t.article_seq
            WHERE a.id = $id ORDER BY t.start
            """, ("$id", articleId));
        using var reader = command.ExecuteReader();
        var list = new List<StoredTime>();
        while (reader.Read())
        {
            list.Add(new StoredTime(
                reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), Text(reader, 3), reader.GetInt64(4) != 0, Text(reader, 5), Text(reader, 6)));
        }

        return list;
    }

    /// <summary>Writes the time expressions of articles as <see cref="Store"/> adds them, with one prepared statement.</summary>
    private sealed class TimeWriter : IDisposable
    {
        private readonly SqliteCommand _insert;

        public TimeWriter(SqliteStore store)
        {
            _insert = store.Command("""
                INSERT INTO times (article_seq, start, end, type, value, approximate, anchor, mod)
                VALUES ((SELECT seq FROM articles WHERE id = $id), $start, $end, $type, $value, $approximate, $anchor, $mod)
                """);
            foreach (var name in new[] { "$id", "$start", "$end", "$type", "$value", "$approximate", "$anchor", "$mod" })
            {
                _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        public void Write(Analysis analysis)
        {
            foreach (var time in analysis.Times)
            {
                var p = _insert.Parameters;
                p["$id"].Value = analysis.Article.Id;
                p["$start"].Value = time.Start;
                p["$end"].Value = time.End;
                p["$type"].Value = TimeRecords.TypeName(time.Type);
                p["$value"].Value = (object?)time.Value ?? DBNull.Value;
                p["$approximate"].Value = time.Approximate ? 1 : 0;
                p["$anchor"].Value = (object?)TimeRecords.AnchorName(time.Anchor) ?? DBNull.Value;
                p["$mod"].Value = (object?)TimeRecords.ModifierName(time.Modifier) ?? DBNull.Value;
                _insert.ExecuteNonQuery();
            }
        }

        public void Dispose() => _insert.Dispose();
    }
}
