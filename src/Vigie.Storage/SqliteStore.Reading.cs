using System.Globalization;

namespace Vigie.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Lets this connection read the file through a memory map of up to <paramref name="bytes"/> (SQLite
    /// clamps it to its own limit): connections that only read then share the operating system's cache
    /// instead of each warming a private one, which is what a server holding several connections wants.
    /// </summary>
    public void ReadThroughMemoryMap(long bytes) =>
        Execute(_connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {Math.Max(bytes, 0)}"));
}
