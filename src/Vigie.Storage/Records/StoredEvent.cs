namespace Vigie.Storage.Records;

/// <summary>
/// A stored PLOVER event with its article's metadata, as `vigie events` lists it. Actor, place and
/// trigger are the article's words (<see cref="SourceText"/> and <see cref="TargetText"/> join the actors with "; ").
/// </summary>
public sealed record StoredEvent(
    string ArticleId,
    string? Title,
    string? Path,
    DateOnly? Published,
    string? Source,
    string Language,
    string Type,
    string? Mode,
    string Status,
    DateOnly? Date,
    string? DateFrom,
    string SourceText,
    string TargetText,
    string? PlaceText,
    string? Trigger,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    string? ClaimedBy,
    int Mentions,
    double Confidence);

/// <summary>
/// Filters for listing events; all optional. <see cref="Actor"/> matches source or target words (case-
/// and accent-insensitively, in part); <see cref="Type"/> a PLOVER type; dates the event's date.
/// Only events that happened (asserted or claimed) are listed unless <see cref="AllStatuses"/>.
/// </summary>
public sealed record EventQuery(
    string? Actor = null,
    string? Type = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool AllStatuses = false,
    int Limit = 100,
    int Offset = 0);
