namespace Vigie.Text.Rules;

/// <summary>
/// What the tokenizer and the sentence splitter need to know about written French, as data.
/// </summary>
public static class FrenchTextRules
{
    /// <summary>The French rules, ready for <see cref="TextRules(TextRulesData)"/>.</summary>
    public static TextRulesData Data { get; } = new()
    {
        Language = "fr",
        Abbreviations =
        [
            // Titles and forms of address.
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Drs", "Pr", "Prof", "St", "Ste", "Sts", "Stes",
            "Cie", "Vve", "Gal", "Gén", "Cdt", "Cne", "Lt", "Col", "Adj",

            // Common written abbreviations.
            "etc", "cf", "env", "av", "apr", "bd", "boul", "chap", "coll", "éd", "vol", "fig", "hab", "min", "tél", "réf",
            "ibid", "id", "op", "cit", "vs", "resp", "suiv", "sq", "v", "ex", "al",

            // Months (« sept. » only before a number: see NumberAbbreviations).
            "janv", "févr", "avr", "juil", "oct", "nov", "déc",
        ],
        SentenceFinalAbbreviations = ["etc"],
        NumberAbbreviations = ["p", "pp", "n", "no", "art", "chap", "vol", "sept", "éq", "fig"],
        AbbreviationPhrases = ["p. ex.", "par ex.", "av. J.-C.", "apr. J.-C.", "ap. J.-C.", "c.-à-d.", "c-à-d.", "et al."],
        Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"],
        InvertedPronouns = ["je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce"],
        EuphonicLinks = ["t"],
        UnsplittableWords =
        [
            // Compounds ending with what looks like an inverted pronoun.
            "rendez-vous", "garde-à-vous", "sauve-qui-peut", "m'as-tu-vu", "qu'en-dira-t-on", "va-t-en-guerre",
            "chez-soi", "chez-nous", "chez-vous",

            // Korean given names written with a hyphen.
            "jong-il", "jong-un", "sung-il",
        ],
        OrdinalSuffixes =
        [
            "er", "re", "ère", "ers", "res", "ères", "e", "es", "ème", "èmes", "è", "nd", "nde", "nds", "ndes", "d", "de",
            "ᵉʳ", "ʳᵉ", "ᵉ", "ᵉˢ", "ᵈ",
        ],

        // French typesetting groups digits with a (non-breaking, often narrow) space: « 1 500 ».
        NumberGroupSeparators = " \u00A0\u202F\u2009\u2007",
    };
}
