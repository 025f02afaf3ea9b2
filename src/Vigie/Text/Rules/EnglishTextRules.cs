namespace Vigie.Text.Rules;

/// <summary>
/// What the tokenizer and the sentence splitter need to know about written English, as data.
/// </summary>
public static class EnglishTextRules
{
    /// <summary>The English rules, ready for <see cref="TextRules(TextRulesData)"/>.</summary>
    public static TextRulesData Data { get; } = new()
    {
        Language = "en",
        Abbreviations =
        [
            // Titles and ranks.
            "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Rev", "Hon", "Gen", "Lt", "Col", "Maj", "Capt",
            "Cpl", "Brig", "Sgt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Pres", "Supt", "Insp", "Det", "Sec", "Atty", "Amb",

            // Places and companies.
            "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Inc", "Ltd", "Corp", "Co", "Bros", "Dept", "Univ", "Assn",

            // Months and days as news agencies abbreviate them.
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu",
            "Thur", "Thurs", "Fri",

            // U.S. states in news-agency style.
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash",
            "Wis", "Wyo",

            // Latin and others.
            "etc", "cf", "vs", "approx", "est", "al",
        ],
        SentenceFinalAbbreviations =
        [
            "etc", "Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr", "a.m", "p.m",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ],
        NumberAbbreviations = ["No", "no", "Nos", "nos", "p", "pp", "vol", "Vol", "ch", "art", "Art", "fig", "Fig", "para"],
        AbbreviationPhrases = ["et al."],

        // "Russia's" is "Russia" + "'s"; negations stay whole: "don't", "can't".
        CliticSuffixes = ["s", "re", "ve", "ll", "d", "m"],

        // "the soldiers' families": "soldiers" + "'".
        PossessiveApostropheAfter = "sS",
        OrdinalSuffixes = ["st", "nd", "rd", "th"],

        // English groups digits with commas ("1,500"); spaces only in their non-breaking or thin forms.
        NumberGroupSeparators = "\u00A0\u202F\u2009\u2007",
    };
}
