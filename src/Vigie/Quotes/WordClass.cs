namespace Vigie.Quotes;

/// <summary>The classes of words <see cref="QuoteRules"/> knows, for allocation-free lookups by class.</summary>
internal enum WordClass : byte
{
    Addressee,

    Adverb,

    Auxiliary,

    ClauseMarker,

    ClauseOpener,

    ClauseStarter,

    Complementizer,

    Determiner,

    DocumentNoun,

    FiniteVerb,

    FragmentVerb,

    FragmentLink,

    NameParticle,

    GerundMarker,

    Indefinite,

    Parenthetical,

    Participle,

    Possessive,

    Reflexive,

    ReflexiveLink,

    RelativePronoun,

    SubjectPronoun,

    UnnamedOpener,

    Verb,
}
