using Vigie.Ingest.Sources;

namespace Vigie.Cli;

/// <summary>The sample articles shipped beside the program (copied from the repository's samples/ at build).</summary>
internal static class SampleArticles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The sample files to read (their README excepted), or none when the folder is missing.</summary>
    public static IReadOnlyList<Input> Inputs() => Directory.Exists(Folder)
        ? [.. InputPaths.Expand([Folder]).Where(input => !input.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))]
        : [];

    public const string Missing = "the bundled samples are missing; rebuild Vigie from the repository (dotnet build).";
}
