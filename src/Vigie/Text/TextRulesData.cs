namespace Vigie.Text;

/// <summary>
/// The raw, editable description of a language's text rules; <see cref="TextRules"/> freezes it.
/// Start from <see cref="Rules.FrenchTextRules.Data"/> or <see cref="Rules.EnglishTextRules.Data"/>
/// with a <c>with</c> expression to adapt a language, or fill one in for a new language.
/// </summary>
public sealed record TextRulesData
{
    /// <summary>The language code the rules are for ("fr", "en"; "und" for the default rules).</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Abbreviations whose period belongs to them, written without it ("M", "Mme", "Dr", "etc").
    /// Case-sensitive, except that a capitalised form of a lower-case entry is also one ("Etc.").
    /// Abbreviations do not end a sentence unless they are also in <see cref="SentenceFinalAbbreviations"/>.
    /// Dotted acronyms ("U.S.", "e.g.") and initials ("J.", "W.") need no entry.
    /// </summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>
    /// Abbreviations that often end a sentence ("etc", "Inc", "p.m"): the sentence ends after them when
    /// the next word starts with a capital letter. Entries may also be dotted acronyms without their final period.
    /// </summary>
    public IReadOnlyList<string> SentenceFinalAbbreviations { get; init; } = [];

    /// <summary>
    /// Words that are abbreviations only before a number ("p. 12", "art. 3", "No. 10", French "sept. 1950"):
    /// elsewhere their period is punctuation ("ils étaient sept.").
    /// </summary>
    public IReadOnlyList<string> NumberAbbreviations { get; init; } = [];

    /// <summary>
    /// Abbreviations of several parts, each kept as one token: "p. ex.", "av. J.-C.", "et al.".
    /// A space in an entry matches any run of horizontal white space; matching folds case, apostrophes and dashes.
    /// </summary>
    public IReadOnlyList<string> AbbreviationPhrases { get; init; } = [];

    /// <summary>
    /// Elided words, without their apostrophe, split off the word they lean on ("l" for « l’OTAN »,
    /// "qu" for « qu’il »). Case-insensitive.
    /// </summary>
    public IReadOnlyList<string> Elisions { get; init; } = [];

    /// <summary>
    /// Clitics written after an apostrophe, split off their host as <see cref="TokenKind.Clitic"/> tokens
    /// ("s" for "Russia's", "ll" for "they'll"). Case-insensitive.
    /// </summary>
    public IReadOnlyList<string> CliticSuffixes { get; init; } = [];

    /// <summary>
    /// Letters after which a lone apostrophe closing a word is a possessive clitic, not a closing quote
    /// ("s" for "the soldiers' families"), unless a single quote is open. Case-sensitive.
    /// </summary>
    public string PossessiveApostropheAfter { get; init; } = "";

    /// <summary>
    /// Subject pronouns that follow their verb after a hyphen ("il" in « dit-il »), split off with their
    /// hyphen as <see cref="TokenKind.Clitic"/> tokens. Case-insensitive.
    /// </summary>
    public IReadOnlyList<string> InvertedPronouns { get; init; } = [];

    /// <summary>Euphonic links between a verb and an inverted pronoun ("t" in « a-t-il »). Case-insensitive.</summary>
    public IReadOnlyList<string> EuphonicLinks { get; init; } = [];

    /// <summary>
    /// Words with hyphens or apostrophes never split, though they look like a split case
    /// ("rendez-vous", "Jong-il"). Matched on their <see cref="TextFold"/> key.
    /// </summary>
    public IReadOnlyList<string> UnsplittableWords { get; init; } = [];

    /// <summary>Letters that make a number an ordinal ("er", "e", "ème"; "st", "nd"). Case-sensitive.</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>
    /// White-space characters that may separate groups of three digits in a number ("1 500"). Never a line break.
    /// </summary>
    public string NumberGroupSeparators { get; init; } = "\u00A0\u202F\u2009\u2007";
}
