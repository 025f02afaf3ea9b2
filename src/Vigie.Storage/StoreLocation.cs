namespace Vigie.Storage;

/// <summary>
/// Where the embedded store lives: <c>--db</c> if given, else <c>VIGIE_DB</c>, else
/// <c>vigie.db</c> in the per-user data folder ($XDG_DATA_HOME/vigie or ~/.local/share/vigie on Linux,
/// %LOCALAPPDATA%\vigie on Windows, ~/Library/Application Support/vigie on macOS).
/// </summary>
public static class StoreLocation
{
    public const string Variable = "VIGIE_DB";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "vigie", "vigie.db");
    }
}
