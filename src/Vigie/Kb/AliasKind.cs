namespace Vigie.Kb;

/// <summary>How an alias names its actor, which decides when a match of it may be trusted.</summary>
public enum AliasKind : byte
{
    /// <summary>A full name or an established alternative name: « Russie », "Mark Rutte", « Pékin ».</summary>
    Name,

    /// <summary>An acronym, matched with its exact case: "NATO", « OTAN », "IISS".</summary>
    Acronym,

    /// <summary>A demonym adjective or noun, any case: « russe », « chinoise », "Russian", « Russes ».</summary>
    Demonym,

    /// <summary>A surname alone: trusted when the full name is in the same article, or when one person only fits the date.</summary>
    Surname,

    /// <summary>A place or building standing for an institution: "the Kremlin", « l’Élysée », "the White House".</summary>
    Metonym,

    /// <summary>A common noun that names the actor only once it is mentioned in the article: « l’Alliance » for NATO.</summary>
    Anaphor,
}

/// <summary>What the builder learned about an alias.</summary>
[Flags]
public enum AliasFlags : byte
{
    None = 0,

    /// <summary>The alias is also a common word of its language ("Nice", "Reading", « Tours »): not trusted at the start of a sentence.</summary>
    CommonWord = 1,

    /// <summary>One of a gazetteer's alternate names, of no known language and often historical ("Trident" for Trento): a place named only so needs a cue.</summary>
    Alternate = 2,
}
