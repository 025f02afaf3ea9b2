using Microsoft.Data.Sqlite;
using Vigie.Training;

namespace Vigie.Cli.Tests;

/// <summary>A temporary folder with a store path of its own, for one test.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Directory.CreateDirectory(Folder);
        Database = Path.Combine(Folder, "vigie.db");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "vigie-cli-tests", Guid.NewGuid().ToString("N"));

    public string Database { get; }

    /// <summary>The project's seed articles (../shared/seeds); the test fails with a clear message when ../shared is missing.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(SharedData.Require(), "..", "seeds"));

    public string File(string name, string content) => File(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string File(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public VigieProcess.Result Vigie(params string[] arguments) => VigieProcess.Run(Database, arguments);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
