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
    InfinitiveMarker,
    Negation,
    Passive,
    PlaceNoun,
    PlacePreposition,
    Possessive,
    Reporting,
    RelativePronoun,
    StopPreposition,
    SubjectPronoun,
    TargetPreposition,
    Title,
    WithPreposition,
}
