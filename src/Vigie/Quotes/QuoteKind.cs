namespace Vigie.Quotes;

/// <summary>How a quotation reports speech.</summary>
public enum QuoteKind : byte
{
    /// <summary>The speaker's words in quotation marks: « … », a-t-il dit; X a averti que « … ».</summary>
    Direct,

    /// <summary>Reported speech with only part of it in quotation marks: X a estimé que la situation était « grave ».</summary>
    Mixed,

    /// <summary>Reported speech without quotation marks: X a affirmé que …; selon X, …; X said that ….</summary>
    Indirect,
}
