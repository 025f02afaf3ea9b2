namespace Vigie.Storage.Records;

/// <summary>An article as the store keeps it, with what the pipeline made of it.</summary>
public sealed record StoredArticle(
    string Id,
    string? Path,
    string? Url,
    string? Source,
    DateOnly? Published,
    string Language,
    double LanguageConfidence,
    string? Title,
    string Text,
    int Sentences,
    int Tokens,
    DateTimeOffset IngestedAt);
