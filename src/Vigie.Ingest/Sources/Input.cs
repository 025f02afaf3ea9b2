namespace Vigie.Ingest.Sources;

/// <summary>One thing to read: a file, standard input, or a path that led nowhere (with the reason).</summary>
public sealed record Input(string Path, bool IsStdin, Rejection? Problem)
{
    public static Input Stdin { get; } = new(InputPaths.StandardInput, true, null);

    public static Input File(string path) => new(path, false, null);

    public static Input Missing(string path, string reason, string advice) => new(path, false, new Rejection(path, null, reason, advice));

    /// <summary>Reads this input into articles and rejections.</summary>
    public IEnumerable<Reading> Read(Stream standardInput) =>
        Problem is { } problem ? [Reading.Rejected(problem.Path, problem.Line, problem.Reason, problem.Advice)]
        : IsStdin ? DocumentReader.ReadJsonLines("<stdin>", standardInput)
        : DocumentReader.Read(Path);
}
