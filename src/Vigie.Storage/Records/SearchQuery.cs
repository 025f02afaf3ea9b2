namespace Vigie.Storage.Records;

/// <summary>
/// A full-text search: words (a phrase in double quotes, a trailing * for a prefix, OR between
/// alternatives) and optional filters; <c>Actor</c> keeps articles that mention an actor of that name. Accents and case are ignored.
/// </summary>
public sealed record SearchQuery(
    string Text,
    string? Language = null,
    string? Source = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = 20,
    int Offset = 0,
    string? Actor = null);
