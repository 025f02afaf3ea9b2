namespace Vigie.Storage.Records;

/// <summary>What the pipeline stored about one article: its actors with their mentions, quotes, events and times.</summary>
public sealed record ArticleFacts(
    IReadOnlyList<StoredEntity> Entities,
    IReadOnlyList<ArticleQuote> Quotes,
    IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<StoredTime> Times);

/// <summary>An actor of one article: its local id (e1…), its actor key across the store, and where the text names it.</summary>
public sealed record StoredEntity(string LocalId, string Key, string Name, string Kind, string? Country, string? Kb, string? Roles, IReadOnlyList<StoredMention> Mentions);

/// <summary>One mention of an actor; <see cref="How"/> is the rule or model that found it (docs/FORMAT.md).</summary>
public sealed record StoredMention(int Start, int End, string Text, string How);

/// <summary>A quote of one article with the offsets of its words, speaker and cue.</summary>
public sealed record ArticleQuote(
    string Kind,
    int Start,
    int End,
    string Text,
    string? SpeakerId,
    string? SpeakerName,
    string? SpeakerKey,
    int? SpeakerStart,
    int? SpeakerEnd,
    string? SpeakerText,
    string SpeakerClue,
    int? CueStart,
    int? CueEnd,
    string? Cue,
    double Confidence);

/// <summary>An event of one article with the offsets of its trigger and evidence; <see cref="Id"/> is its row in the store.</summary>
public sealed record ArticleEvent(
    long Id,
    string Type,
    string? Mode,
    string Status,
    DateOnly? Date,
    string? DateFrom,
    string SourceText,
    string TargetText,
    string? PlaceText,
    int? TriggerStart,
    int? TriggerEnd,
    string? Trigger,
    int EvidenceStart,
    int EvidenceEnd,
    string? ClaimedBy,
    int Mentions,
    double Confidence);
