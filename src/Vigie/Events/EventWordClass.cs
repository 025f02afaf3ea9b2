namespace Vigie.Events;

/// <summary>The classes of words <see cref="EventRules"/> knows, for allocation-free lookups by class.</summary>
internal enum EventWordClass : byte
{
    /// <summary>Nouns that name an act, whatever its type ("the decision", « les expulsions »): a target so named stands for the act's source.</summary>
    ActNoun,
    Adverb,

    /// <summary>A preposition before what a weapon is fired at ("fired tear gas at marchers").</summary>
    AimPreposition,
    AgainstPreposition,
    Allegation,
    AgentPreposition,
    Approximator,
    Attempt,
    Auxiliary,
    Arena,
    Background,
    BetweenPreposition,
    CalledOff,
    Claim,
    ClauseOpener,
    Commemoration,
    Complementizer,
    CompoundHead,
    Conditional,
    Denial,
    Elapsed,
    Conjunction,
    DatingPreposition,
    Determiner,
    Economy,
    Forecast,
    Future,

    /// <summary>"scrum", « en-but », "desserts": words of a game or a kitchen, whose attacks, sieges and surrenders hurt no one.</summary>
    Game,
    Habitual,
    Hearsay,
    HearsayNoun,
    InfinitiveMarker,
    Interrogative,
    LawEnforcement,
    Modal,
    Negation,
    NonAgent,
    NonCommittal,
    NounPreposition,
    NumberWord,
    NounTargetPreposition,
    Occurrence,
    Ordinal,
    Obligation,
    PairCount,
    PairNoun,
    Particle,
    Passive,
    PerfectInfinitive,
    PlaceNoun,
    Pluperfect,
    PlacePreposition,
    Possessive,
    Prospective,
    Purpose,
    Premises,
    Quantifier,
    Raid,
    RecipientPreposition,
    Reflexive,
    Refrain,
    ReportNoun,
    Reporting,
    Rumour,
    RelativePronoun,
    StopPreposition,
    SubjectPronoun,
    Subordinator,
    SupportVerb,
    Suspicion,
    TargetPreposition,
    TimeNoun,
    Unaccusative,
    Travel,
    Title,

    /// <summary>"wrongly", « par erreur »: before a reporting verb and its clause, what the clause tells did not happen (a correction).</summary>
    Retraction,

    /// <summary>"we", « nous »: outside quotation marks, the newspaper itself, which is no actor ("We apologise for the error").</summary>
    FirstPerson,

    /// <summary>A day of the week: an act in the pluperfect on a named day is recent news, not background.</summary>
    Weekday,

    /// <summary>"statement", « résolution »: a text adopted or issued, which a participle after it ("backing", « soutenant ») makes speak.</summary>
    Document,

    /// <summary>"a legitimate target", « écrasée »: in the clause a warning reports, what the warner's force will do to the one warned.</summary>
    ThreatOutcome,
    WithPreposition,

    /// <summary>"for", « pour »: before a gerund (or a <see cref="PerfectInfinitive"/> and a participle), the reason an act was done to someone ("thanked Kenya for hosting").</summary>
    Reason,

    /// <summary>« chaque », "every": before a <see cref="RecurringTime"/>, a habit, not one act.</summary>
    Recurrence,

    /// <summary>« hiver », "year": a time that comes back.</summary>
    RecurringTime,
}
