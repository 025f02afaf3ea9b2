namespace Vigie.Quotes;

/// <summary>Where the speaker of a quote was found, which says how much to trust it.</summary>
public enum SpeakerClue : byte
{
    /// <summary>No speaker could be found: the quote keeps a null speaker.</summary>
    None,

    /// <summary>The subject of the reporting verb: « Mark Rutte a averti que … ».</summary>
    Subject,

    /// <summary>After the quote, the inverted subject: « …, a-t-il déclaré », "…," said Anna Lind.</summary>
    Inverted,

    /// <summary>The source of « selon X » / "according to X".</summary>
    According,

    /// <summary>The one actor named by the words before a colon that introduce the quote without a reporting verb: « Le constat du général X : ».</summary>
    Colon,

    /// <summary>The same speaker as the quote before: « …, indiquant que « … » ».</summary>
    Continuation,

    /// <summary>
    /// A quotation opening a paragraph with no cue, right after a paragraph about one person who opens it
    /// (« X a ouvert mardi le sommet par un long plaidoyer. ¶ « … » »): that person.
    /// </summary>
    Paragraph,

    /// <summary>
    /// An answer in an interview written as question and answer paragraphs with no cue, after a paragraph that presents the one
    /// interviewed (« Elle a reçu notre journaliste … ¶ « Pourquoi … ? » ¶ « Parce que … » »): that person.
    /// </summary>
    Interview,
}
