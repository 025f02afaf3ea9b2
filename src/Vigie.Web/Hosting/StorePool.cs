using System.Collections.Concurrent;
using Vigie.Storage;

namespace Vigie.Web.Hosting;

/// <summary>
/// Open stores kept for reuse, and a gate that lets as many requests read at once as there are cores.
/// A store is one SQLite connection for one thread of work and opening one checks the schema, so each
/// request borrows an open store and gives it back. Queries are CPU-bound: fifty at once on two cores
/// measured far slower than the same fifty queued two at a time (docs/BENCHMARKS.md).
/// </summary>
public sealed class StorePool(string path) : IDisposable
{
    private const long MemoryMapBytes = 2L << 30;

    private readonly ConcurrentBag<SqliteStore> _idle = [];
    private readonly SemaphoreSlim _gate = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public string Path { get; } = path;

    /// <summary>Waits for a turn, then lends an open store; dispose the lease to give both back.</summary>
    public async Task<StoreLease> RentAsync(CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return new StoreLease(this, _idle.TryTake(out var store) ? store : Open());
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    private SqliteStore Open()
    {
        var store = SqliteStore.Open(Path);
        store.ReadThroughMemoryMap(MemoryMapBytes);
        return store;
    }

    internal void Return(SqliteStore store)
    {
        _idle.Add(store);
        _gate.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }

        _gate.Dispose();
    }
}

/// <summary>A store borrowed from a <see cref="StorePool"/> for one request; disposing gives it back.</summary>
public readonly struct StoreLease(StorePool pool, SqliteStore store) : IDisposable
{
    public SqliteStore Store { get; } = store;

    public void Dispose() => pool.Return(Store);
}
