namespace Vigie.Training;

/// <summary>
/// Finds the shared data folder (training and evaluation corpora): <c>VIGIE_SHARED_DATA</c> if set,
/// else the first <c>shared/data</c> found walking up from the working directory and from the program.
/// </summary>
public static class SharedData
{
    public const string Variable = "VIGIE_SHARED_DATA";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The folder, or an exception whose message tells the user what to do.</summary>
    public static string Require() => Find() ?? throw new DirectoryNotFoundException(
        $"The shared data folder was not found: ../shared is missing. Put the project's shared/data folder beside the repository, or set {Variable} to its path.");
}
