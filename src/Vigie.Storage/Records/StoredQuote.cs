namespace Vigie.Storage.Records;

/// <summary>A stored quotation with its article's metadata, as `vigie quotes` lists it; <see cref="Said"/> is the day it was said (the time governing its cue, else the publication day).</summary>
public sealed record StoredQuote(
    string ArticleId,
    string? Title,
    string? Path,
    DateOnly? Published,
    string? Source,
    string Language,
    string Kind,
    string Text,
    int Start,
    int End,
    string? Speaker,
    string? SpeakerText,
    string SpeakerClue,
    string? Cue,
    double Confidence,
    DateOnly? Said);

/// <summary>Filters for listing quotes; all optional. Names match case- and accent-insensitively, in part.</summary>
public sealed record QuoteQuery(
    string? Speaker = null,
    string? About = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Language = null,
    int Limit = 100,
    int Offset = 0);
