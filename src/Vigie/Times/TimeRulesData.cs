namespace Vigie.Times;

/// <summary>
/// The raw, editable description of a language's time expressions; <see cref="TimeRules"/> freezes it.
/// Start from <see cref="Rules.FrenchTimeRules.Data"/> or <see cref="Rules.EnglishTimeRules.Data"/> with a
/// <c>with</c> expression, or fill one in for a new language: the algorithm never tests a language code.
/// </summary>
/// <remarks>
/// Words are matched on their <see cref="Text.TextFold"/> key (case, apostrophes and dashes folded); a
/// word written without its accents (« aout », « Eté ») is found too, unless that accent-less form is
/// another word of the lists (« a » and « à », « des » and « dès » stay apart).
/// </remarks>
public sealed record TimeRulesData
{
    /// <summary>The language code the rules are for ("fr", "en"; "und" for the default rules).</summary>
    public required string Language { get; init; }

    /// <summary>Month names, January first, each with its spellings (CLDR wide and abbreviated forms, with the abbreviation's period).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; init; } = [];

    /// <summary>Day names, Monday first, each with its spellings.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; init; } = [];

    /// <summary>Plural day names, Monday first (« tous les lundis », "on Mondays").</summary>
    public IReadOnlyList<IReadOnlyList<string>> WeekdayPlurals { get; init; } = [];

    /// <summary>
    /// Whether month and day names are written with a capital (English): then a lower-case "may" or
    /// "march" is no month. When false (French), a capitalised month name inside a sentence (« Mars »)
    /// is a month only next to a day number or a year.
    /// </summary>
    public bool NamesAreCapitalised { get; init; }

    /// <summary>Prefixes that put a month or season in its middle: « mi-mai », "mid-September".</summary>
    public IReadOnlyList<string> MidPrefixes { get; init; } = [];

    /// <summary>Cardinal number words (« trois », "three"); compounds joined by hyphens (« dix-huit », "twenty-one") are added up.</summary>
    public IReadOnlyDictionary<string, int> Numbers { get; init; } = new Dictionary<string, int>();

    /// <summary>Words that join the parts of a hyphenated number (« et » in « vingt-et-un »).</summary>
    public IReadOnlyList<string> NumberJoiners { get; init; } = [];

    /// <summary>Number words that multiply what comes before them in a hyphenated compound (« cent », "hundred").</summary>
    public IReadOnlyDictionary<string, int> Multipliers { get; init; } = new Dictionary<string, int>();

    /// <summary>Round numbers that are estimates (« une dizaine de jours »: about ten).</summary>
    public IReadOnlyDictionary<string, int> ApproximateNumbers { get; init; } = new Dictionary<string, int>();

    /// <summary>Words for an unknown small number (« quelques », « plusieurs », "few", "several"): the value says X.</summary>
    public IReadOnlyList<string> VagueNumbers { get; init; } = [];

    /// <summary>Ordinal words (« premier », « deuxième », "first", "third").</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    /// <summary>Suffixes that make a Roman numeral an ordinal (« XIXe »).</summary>
    public IReadOnlyList<string> RomanOrdinalSuffixes { get; init; } = [];

    /// <summary>Suffixes that make a year a decade ("1990s").</summary>
    public IReadOnlyList<string> DecadeSuffixes { get; init; } = [];

    /// <summary>Unit words (« jour », « semaines », « quinquennat », "fortnight").</summary>
    public IReadOnlyDictionary<string, TimeUnitWord> Units { get; init; } = new Dictionary<string, TimeUnitWord>();

    /// <summary>Days named from today (« hier » -1, « aujourd’hui » 0, "tomorrow" 1), from CLDR's relative day fields.</summary>
    public IReadOnlyDictionary<string, int> RelativeDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Parts of the day and their TIMEX3 codes (« matin » MO, « après-midi » AF, « soir » EV, « nuit » NI, « journée » DT).</summary>
    public IReadOnlyDictionary<string, string> PartsOfDay { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that are a relative day and a part of it at once ("tonight": today, NI).</summary>
    public IReadOnlyDictionary<string, string> RelativePartsOfDay { get; init; } = new Dictionary<string, string>();

    /// <summary>Seasons and their TIMEX3 codes (SP, SU, FA, WI).</summary>
    public IReadOnlyDictionary<string, string> Seasons { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// One-word holidays and their rule: "MM-DD" (« noël » "12-25"), "easter" or "easter+49" (days after
    /// Easter Sunday), or "MM/N/D" for the N-th day D (1 Monday … 7 Sunday) of month MM, N = -1 for the
    /// last ("11/4/4": Thanksgiving). Holidays of several words are patterns of kind
    /// <see cref="TimePatternKind.Holiday"/> with the rule as their value.
    /// </summary>
    public IReadOnlyDictionary<string, string> Holidays { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that point back (« dernier », « passé », "last", "past").</summary>
    public IReadOnlyList<string> PastWords { get; init; } = [];

    /// <summary>Words that point forward (« prochain », "next", "coming").</summary>
    public IReadOnlyList<string> FutureWords { get; init; } = [];

    /// <summary>Demonstratives that point at the current period (« ce », « cette », "this").</summary>
    public IReadOnlyList<string> ThisWords { get; init; } = [];

    /// <summary>Words for the beginning, middle or end of a period (« début », « fin », "early", "late").</summary>
    public IReadOnlyDictionary<string, TimeModifier> Boundaries { get; init; } = new Dictionary<string, TimeModifier>();

    /// <summary>
    /// Phrases before a duration or a time of day that qualify it (« environ », « près de », « plus de »,
    /// "about", "more than"): they join the expression's span and set its <see cref="TimeModifier"/>.
    /// </summary>
    public IReadOnlyDictionary<string, TimeModifier> Modifiers { get; init; } = new Dictionary<string, TimeModifier>();

    /// <summary>"a.m." 0 and "p.m." 12: hours to add after a clock time.</summary>
    public IReadOnlyDictionary<string, int> Meridiems { get; init; } = new Dictionary<string, int>();

    /// <summary>Whether numeric dates put the day first (« 03/09/2025 » is 3 September) or the month ("09/03/2025").</summary>
    public bool DayFirst { get; init; } = true;

    /// <summary>Whether a comma in a number is its decimal point (« 30,4 secondes ») rather than a group separator ("1,500").</summary>
    public bool DecimalComma { get; init; }

    /// <summary>Words after which a four-digit number is a year (« en », « depuis », "in", "since").</summary>
    public IReadOnlyList<string> YearCues { get; init; } = [];

    /// <summary>Lower-case words that may follow a year written alone, though they look like counted nouns (« 1999 sous »).</summary>
    public IReadOnlyList<string> WordsAfterYear { get; init; } = [];

    /// <summary>Endings of plural nouns: a year written alone before such a word is a count (« 2000 soldats », "2000 troops").</summary>
    public IReadOnlyList<string> CountNounEndings { get; init; } = [];

    /// <summary>Plural nouns without such an ending ("people", "children"): a number before them is a count.</summary>
    public IReadOnlyList<string> CountNouns { get; init; } = [];

    /// <summary>Words after which a number is a count, not a year (« plus de 2000 », "the 2000 troops").</summary>
    public IReadOnlyList<string> WordsBeforeCount { get; init; } = [];

    /// <summary>Words that set the tense of a clause to the past (« a », « ont », « était », "was", "had").</summary>
    public IReadOnlyList<string> PastTenseWords { get; init; } = [];

    /// <summary>Words that set the tense of a clause to the future (« va », « doit », « prévu », "will").</summary>
    public IReadOnlyList<string> FutureTenseWords { get; init; } = [];

    /// <summary>Endings of past verb forms, for lower-case words of at least four letters (« -aient », "-ed").</summary>
    public IReadOnlyList<string> PastTenseEndings { get; init; } = [];

    /// <summary>Endings of future verb forms (« -ra », « -ront »).</summary>
    public IReadOnlyList<string> FutureTenseEndings { get; init; } = [];

    /// <summary>Endings that say nothing of the tense though they look like one (the conditional « -rait », as often a reported past as a future).</summary>
    public IReadOnlyList<string> NeutralTenseEndings { get; init; } = [];

    /// <summary>Words that have such an ending but are no verb (« caméra », « vrai », « front »).</summary>
    public IReadOnlyList<string> TenseEndingExceptions { get; init; } = [];

    /// <summary>
    /// The type of PRESENT_REF, PAST_REF and FUTURE_REF expressions: TIME in the French TimeBank's
    /// guidelines, DATE in the English TimeBank's.
    /// </summary>
    public TimeType ReferenceType { get; init; } = TimeType.Date;

    /// <summary>The patterns, most specific first: at one place the longest match wins, then the earliest pattern.</summary>
    public IReadOnlyList<TimePattern> Patterns { get; init; } = [];
}
