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

    /// <summary>« et », "and": what joins two verbs of one subject.</summary>
    Conjunction,

    Determiner,

    DocumentNoun,

    /// <summary>Infinitives that open a reported clause after its verb: « a affirmé avoir abattu 84 drones ».</summary>
    InfinitiveOpener,

    /// <summary>Words that open an indirect question, which reports no claim: "declined to say whether …".</summary>
    Interrogative,

    /// <summary>Adverbs the language's list names rather than their ending: a capitalised one ("Thursday") is no name ending in "-ly".</summary>
    ListedAdverb,

    /// <summary>Object pronouns that belong to the verb group before it: « lui a rétorqué », « leur a dit ».</summary>
    ObjectPronoun,

    /// <summary>Words that give whose view a sentence states, before a named person: « Pour l’analyste Ingrid Aasland, … ».</summary>
    OpinionMarker,

    /// <summary>Words that make the quoted words after them a name or a term, not speech: "the so-called “Lake Street files”", « les écoutes dites « de la rue X » ».</summary>
    TermMarker,

    /// <summary>Reporting verbs whose listener may stand before the clause without "that": "told the court the accused had …".</summary>
    ListenerVerb,

    /// <summary>Things that bear words without speaking them: « des pancartes proclamaient : », "banners read:".</summary>
    SignNoun,

    /// <summary>Verbs that make another report: « a fait savoir que ».</summary>
    Causative,

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

    /// <summary>
    /// "asked", "wondered": verbs that report a quoted question only right after it ("“Is it?” the senator asked"); elsewhere
    /// "asked the court to drop them" makes a request, not a reported clause.
    /// </summary>
    QuestionVerb,

    RelativePronoun,

    /// <summary>« même », "same": « selon la même source », "the same official" is the one who spoke before.</summary>
    Sameness,

    /// <summary>« avant », "before" opening an introduction with no subject (« Avant d’ajouter : »): the one who spoke before goes on.</summary>
    Sequel,

    /// <summary>« porte-parole », "spokeswoman": an unnamed one speaks for the organisation named after it.</summary>
    Spokesperson,

    /// <summary>« Question », « Q », "Q": the label (before a colon) of an interviewer's paragraph.</summary>
    QuestionLabel,

    /// <summary>« Réponse », « R », "A", "Answer": the label (before a colon) of an answer's paragraph.</summary>
    AnswerLabel,

    /// <summary>« vous », "you": an interviewer's question speaks to the one interviewed.</summary>
    SecondPerson,

    SubjectPronoun,

    UnnamedOpener,

    Verb,
}
