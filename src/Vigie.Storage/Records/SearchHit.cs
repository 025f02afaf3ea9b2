namespace Vigie.Storage.Records;

/// <summary>One article found by a search, best first, with a snippet and where in it the words matched.</summary>
public sealed record SearchHit(
    string Id,
    string? Title,
    string? Source,
    DateOnly? Published,
    string Language,
    string? Path,
    string Snippet,
    IReadOnlyList<SnippetHighlight> Highlights,
    double Score);

/// <summary>A matched range inside <see cref="SearchHit.Snippet"/>.</summary>
public readonly record struct SnippetHighlight(int Start, int End);
