using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Schema;

namespace Vigie.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, its schema migrated on open. Writes go in
/// transactions (a crash loses at most the batch in flight, never consistency); reads see the last
/// committed state. One instance per thread of work; several processes may share the file.
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();

            // fold(x): lower case, one apostrophe, one space, no accents — how names are compared in queries.
            connection.CreateFunction("fold", (string? value) => value is null ? null : Vigie.Text.TextFold.FoldWithoutDiacritics(value), isDeterministic: true);
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            Migrate(connection);
            return new SqliteStore(full, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The number of migrations applied: the schema version.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();

    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var current = Convert.ToInt32(new SqliteCommand("PRAGMA user_version", connection, transaction).ExecuteScalar(), CultureInfo.InvariantCulture);
        if (current > Migrations.All.Count)
        {
            throw new InvalidOperationException(
                $"The store was written by a newer Vigie (schema {current}; this one knows up to {Migrations.All.Count}). Update Vigie, or use another --db.");
        }

        for (var version = current; version < Migrations.All.Count; version++)
        {
            Execute(connection, Migrations.All[version], transaction);
            Execute(connection, $"PRAGMA user_version = {version + 1}", transaction);
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
