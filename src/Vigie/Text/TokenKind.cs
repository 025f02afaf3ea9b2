namespace Vigie.Text;

/// <summary>What a token is, as far as the tokenizer can tell without a dictionary.</summary>
public enum TokenKind : byte
{
    /// <summary>
    /// Letters, possibly with digits, inner hyphens or apostrophes ("porte-avions", "aujourd’hui", "5G");
    /// abbreviations and initials with their period ("M.", "U.S.", "J.", "p. ex."); one Han ideograph or kana.
    /// </summary>
    Word,

    /// <summary>An elided article or pronoun with its apostrophe: « l’ », « d’ », « qu’ ».</summary>
    Elision,

    /// <summary>A digit group with its separators: "1 500", "3,5", "1,500.25", "2025-09-05", "12h30"; ordinals "1er", "21st".</summary>
    Number,

    /// <summary>An opening quotation mark: « “ ‹ „ and an opening straight quote.</summary>
    OpenQuote,

    /// <summary>A closing quotation mark: » ” › and a closing straight quote.</summary>
    CloseQuote,

    /// <summary>Sentence and clause punctuation: . , ; : ! ? … ( ) [ ] and dashes.</summary>
    Punctuation,

    /// <summary>Any other symbol: % € $ / &amp; …</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>
    /// A clitic split off the word it leans on, with its apostrophe or hyphen: English "'s", "'ll", "'re"
    /// ("Russia's" is "Russia" + "'s"), French inverted subject pronouns « -il », « -t-elle », « -on »
    /// (« a-t-il » is « a » + « -t-il »).
    /// </summary>
    Clitic,
}
