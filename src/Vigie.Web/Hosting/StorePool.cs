using System.Collections.Concurrent;
using Vigie.Storage;

namespace Vigie.Web.Hosting;

/// <summary>
/// Open stores kept for reuse: a store is one SQLite connection for one thread of work, and opening one
/// checks the schema, so each request borrows an open store and gives it back.
/// </summary>
public sealed class StorePool(string path) : IDisposable
{
    private const int MaxIdle = 32;
    private readonly ConcurrentBag<SqliteStore> _idle = [];

    public string Path { get; } = path;

    public StoreLease Rent() => new(this, _idle.TryTake(out var store) ? store : SqliteStore.Open(Path));

    internal void Return(SqliteStore store)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Add(store);
        }
        else
        {
            store.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}

/// <summary>A store borrowed from a <see cref="StorePool"/> for one request; disposing gives it back.</summary>
public readonly struct StoreLease(StorePool pool, SqliteStore store) : IDisposable
{
    public SqliteStore Store { get; } = store;

    public void Dispose() => pool.Return(Store);
}
