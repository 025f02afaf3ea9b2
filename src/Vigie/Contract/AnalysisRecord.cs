using System.Text.Json.Serialization;

namespace Vigie.Contract;

/// <summary>
/// The output contract of DESIGN §2: one object per article, as `vigie analyze --format json` prints it.
/// Offsets are UTF-16 code units into <see cref="Text"/>, end exclusive. Fields may be added; none is
/// renamed without a migration note in docs/FORMAT.md.
/// </summary>
public sealed record AnalysisRecord(
    string Id,
    string? Path,
    string? Url,
    string? Source,
    string? Published,
    string Language,
    [property: JsonPropertyName("language_confidence")] double LanguageConfidence,
    string? Title,
    string Text,
    IReadOnlyList<SpanRecord> Sentences,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<TimeRecord> Times,
    IReadOnlyList<EventRecord> Events);

/// <summary>A range of the text.</summary>
public sealed record SpanRecord(int Start, int End);

/// <summary>A range of the text with the words it covers.</summary>
public sealed record TextRecord(int Start, int End, string Text);

/// <summary>An actor of the article and where it is mentioned.</summary>
public sealed record EntityRecord(
    string Id,
    string Name,
    string Kind,
    string? Country,
    IReadOnlyList<string> Roles,
    string? Kb,
    IReadOnlyList<MentionRecord> Mentions);

/// <summary>One mention of an entity; <see cref="How"/> is ner, kb, alias, fuzzy, role or coref.</summary>
public sealed record MentionRecord(int Start, int End, string Text, string How);

/// <summary>
/// A quotation: direct, mixed or indirect, with its speaker entity id (or null, never a guess), the
/// words that name the speaker and where they were found (subject, inverted, according, colon,
/// continuation, none), and when it was said: the date of the time expression in the cue's clause
/// (<c>date_from</c> "text"), else the publication date ("publication"). <see cref="Rest"/> holds the words of a quotation
/// its cue splits that follow the cue ("“We are ready,” she said, “to sign.”"), null for a whole one.
/// </summary>
public sealed record QuoteRecord(
    string Kind,
    string Text,
    int Start,
    int End,
    string? Speaker,
    TextRecord? Cue,
    double Confidence,
    [property: JsonPropertyName("speaker_text")] TextRecord? SpeakerText,
    [property: JsonPropertyName("speaker_clue")] string SpeakerClue,
    string? Date = null,
    [property: JsonPropertyName("date_from")] string? DateFrom = null,
    TextRecord? Rest = null);

/// <summary>
/// A time expression and its TIMEX3-style value resolved against the publication date: <see cref="Type"/>
/// is date, time, duration or set; <see cref="Value"/> null when it needed an anchor the article lacks;
/// <see cref="Approximate"/> for vague values (« il y a quelques jours »); <see cref="Anchor"/> says what
/// the value was computed from ("publication", "text" for an earlier expression, or null);
/// <see cref="Mod"/> is the TIMEX3 mod (START, END, APPROX, MORE_THAN …) or null.
/// </summary>
public sealed record TimeRecord(
    string Text,
    int Start,
    int End,
    string Type,
    string? Value,
    bool Approximate = false,
    string? Anchor = null,
    string? Mod = null);

/// <summary>
/// A PLOVER event with its actors, place, date and the words that support it. <c>source</c>, <c>target</c>
/// and <c>place</c> hold entity ids once the actor stage resolves the words in <c>source_text</c>,
/// <c>target_text</c> and <c>place_text</c>; <c>status</c> is asserted, claimed, negated, hypothetical or recalled
/// (only asserted and claimed events happened); <c>date_from</c> says where the date comes from.
/// </summary>
public sealed record EventRecord(
    string Type,
    string? Mode,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    string? Place,
    string? Date,
    string? Trigger,
    SpanRecord Evidence,
    double Confidence,
    string Status = "asserted",
    [property: JsonPropertyName("claimed_by")] TextRecord? ClaimedBy = null,
    [property: JsonPropertyName("source_text")] IReadOnlyList<TextRecord>? SourceText = null,
    [property: JsonPropertyName("target_text")] IReadOnlyList<TextRecord>? TargetText = null,
    [property: JsonPropertyName("place_text")] TextRecord? PlaceText = null,
    [property: JsonPropertyName("trigger_span")] TextRecord? TriggerSpan = null,
    [property: JsonPropertyName("evidence_text")] string? EvidenceText = null,
    IReadOnlyList<SpanRecord>? Mentions = null,
    [property: JsonPropertyName("date_from")] string? DateFrom = null);
