namespace Vigie.Events;

/// <summary>The classes of words <see cref="EventRules"/> knows, for allocation-free lookups by class.</summary>
internal enum EventWordClass : byte
{
    Adverb,
    AgentPreposition,
    Attempt,
    Auxiliary,
    BetweenPreposition,
    ClauseOpener,
    Complementizer,
    Conditional,
    Conjunction,
    Determiner,
    Future,
    Hearsay,
    InfinitiveMarker,
    Negation,
    Passive,
    PerfectInfinitive,
    PlaceNoun,
    PlacePreposition,
    Possessive,
    Prospective,
    Reporting,
    RelativePronoun,
    StopPreposition,
    SubjectPronoun,
    SupportVerb,
    TargetPreposition,
    Title,
    WithPreposition,
}
