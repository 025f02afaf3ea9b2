namespace Vigie.Text;

/// <summary>What a token is, as far as the tokenizer can tell without a dictionary.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes ("porte-avions", "aujourd’hui").</summary>
    Word,

    /// <summary>An elided article or pronoun with its apostrophe: « l’ », « d’ », « qu’ ».</summary>
    Elision,

    /// <summary>A digit group with its separators: "1 500", "3,5", "1,500.25", "2025-09-05".</summary>
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
}
