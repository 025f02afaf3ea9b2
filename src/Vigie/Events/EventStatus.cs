namespace Vigie.Events;

/// <summary>How the article presents an event. Only <see cref="Asserted"/> and <see cref="Claimed"/> events happened.</summary>
public enum EventStatus : byte
{
    /// <summary>The article states it happened.</summary>
    Asserted,

    /// <summary>Someone quoted by the article says it happened (the quote's speaker is <see cref="Event.ClaimedBy"/>).</summary>
    Claimed,

    /// <summary>The article says it did not happen: « n’ont pas signé », "did not attack".</summary>
    Negated,

    /// <summary>Future, planned, conditional or wished: "will sign next week", « pourrait frapper », or dated by the text after the publication day ("is due to travel to Quito next week for talks").</summary>
    Hypothetical,

    /// <summary>
    /// Told as history or background: dated by the text a year or more before the article (« en 1978 », "In February 1991, … set
    /// fire", "fought a war from 1980 to 1988"), or told in the pluperfect in a main clause ("The group had threatened reprisals"), as a habit ("have long resisted"), or summed up over years ("have jailed dozens over the past two years").
    /// It happened, but it is no news of the article: kept, not counted.
    /// </summary>
    Recalled,
}
