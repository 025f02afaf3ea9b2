namespace Vigie.Ingest;

/// <summary>
/// A document that could not be read, kept aside with the reason: where it was (file and, for
/// JSON Lines, the line), what was wrong, and what the user can do about it.
/// </summary>
public sealed record Rejection(string Path, int? Line, string Reason, string Advice)
{
    /// <summary>"file:line: reason. advice" — the form compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        $"{Path}{(Line is { } line ? $":{line}" : "")}: {Reason}. {Advice}";
}
