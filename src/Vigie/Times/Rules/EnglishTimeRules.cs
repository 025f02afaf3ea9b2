namespace Vigie.Times.Rules;

/// <summary>
/// English time expressions, as data. Month and day names and the relative day words come from
/// Unicode CLDR 48 (en/ca-gregorian.json and en/dateFields.json, Unicode License v3, see NOTICE.md beside
/// this file), with the news agencies' abbreviations ("Sept.", "Thurs."). Numeric dates are read month
/// first ("09/03/2025"), as in American copy, unless the first number cannot be a month.
/// </summary>
public static class EnglishTimeRules
{
    /// <summary>The English rules, ready for <see cref="TimeRules(TimeRulesData)"/>.</summary>
    public static TimeRulesData Data { get; } = new()
    {
        Language = "en",
        Months =
        [
            ["January", "Jan."], ["February", "Feb."], ["March", "Mar."], ["April", "Apr."], ["May"], ["June", "Jun."],
            ["July", "Jul."], ["August", "Aug."], ["September", "Sept.", "Sep."], ["October", "Oct."], ["November", "Nov."], ["December", "Dec."],
        ],
        Weekdays =
        [
            ["Monday", "Mon."], ["Tuesday", "Tue.", "Tues."], ["Wednesday", "Wed."], ["Thursday", "Thu.", "Thur.", "Thurs."],
            ["Friday", "Fri."], ["Saturday"], ["Sunday"],
        ],
        WeekdayPlurals = [["Mondays"], ["Tuesdays"], ["Wednesdays"], ["Thursdays"], ["Fridays"], ["Saturdays"], ["Sundays"]],
        NamesAreCapitalised = true,
        MidPrefixes = ["mid-"],

        Numbers = new Dictionary<string, int>
        {
            { "a", 1 }, { "an", 1 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 },
            { "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 }, { "fourteen", 14 },
            { "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 }, { "twenty", 20 },
            { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
        },
        Multipliers = new Dictionary<string, int> { { "hundred", 100 }, { "thousand", 1000 } },
        ApproximateNumbers = new Dictionary<string, int> { { "dozen", 12 } },
        VagueNumbers = ["few", "several", "many"],
        Ordinals = new Dictionary<string, int>
        {
            { "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 }, { "fifth", 5 }, { "sixth", 6 }, { "seventh", 7 },
            { "eighth", 8 }, { "ninth", 9 }, { "tenth", 10 }, { "eleventh", 11 }, { "twelfth", 12 }, { "twentieth", 20 },
        },
        DecadeSuffixes = ["s", "'s"],

        Units = new Dictionary<string, TimeUnitWord>
        {
            { "seconds", new(TimeUnit.Second) },
            { "minute", new(TimeUnit.Minute) }, { "minutes", new(TimeUnit.Minute) },
            { "hour", new(TimeUnit.Hour) }, { "hours", new(TimeUnit.Hour) },
            { "day", new(TimeUnit.Day) }, { "days", new(TimeUnit.Day) },
            { "week", new(TimeUnit.Week) }, { "weeks", new(TimeUnit.Week) }, { "fortnight", new(TimeUnit.Day, 14) },
            { "weekend", new(TimeUnit.Weekend) }, { "weekends", new(TimeUnit.Weekend) }, { "week-end", new(TimeUnit.Weekend) },
            { "month", new(TimeUnit.Month) }, { "months", new(TimeUnit.Month) },
            { "quarter", new(TimeUnit.Quarter) }, { "quarters", new(TimeUnit.Quarter) }, { "half", new(TimeUnit.Half) },
            { "year", new(TimeUnit.Year) }, { "years", new(TimeUnit.Year) },
            { "decade", new(TimeUnit.Decade) }, { "decades", new(TimeUnit.Decade) },
            { "century", new(TimeUnit.Century) }, { "centuries", new(TimeUnit.Century) },
            { "millennium", new(TimeUnit.Century, 10) },
        },

        // CLDR en dateFields: "yesterday", "today", "tomorrow".
        RelativeDays = new Dictionary<string, int> { { "yesterday", -1 }, { "today", 0 }, { "tomorrow", 1 } },
        RelativePartsOfDay = new Dictionary<string, string> { { "tonight", "NI" } },
        PartsOfDay = new Dictionary<string, string>
        {
            { "morning", "MO" }, { "afternoon", "AF" }, { "evening", "EV" }, { "night", "NI" },
        },
        Seasons = new Dictionary<string, string> { { "spring", "SP" }, { "summer", "SU" }, { "autumn", "FA" }, { "fall", "FA" }, { "winter", "WI" } },
        Holidays = new Dictionary<string, string>
        {
            { "christmas", "12-25" }, { "easter", "easter" }, { "thanksgiving", "11/4/4" }, { "halloween", "10-31" },
            { "pentecost", "easter+49" },
        },
        PastWords = ["last", "past", "previous"],
        FutureWords = ["next", "coming"],
        ThisWords = ["this"],
        Boundaries = new Dictionary<string, TimeModifier>
        {
            { "early", TimeModifier.Start }, { "beginning", TimeModifier.Start }, { "start", TimeModifier.Start },
            { "late", TimeModifier.End }, { "end", TimeModifier.End }, { "middle", TimeModifier.Mid }, { "mid", TimeModifier.Mid },
        },
        Modifiers = new Dictionary<string, TimeModifier>
        {
            { "about", TimeModifier.Approx }, { "around", TimeModifier.Approx }, { "approximately", TimeModifier.Approx },
            { "roughly", TimeModifier.Approx }, { "nearly", TimeModifier.Approx }, { "almost", TimeModifier.Approx },
            { "some", TimeModifier.Approx }, { "more than", TimeModifier.MoreThan }, { "just over", TimeModifier.MoreThan },
            { "less than", TimeModifier.LessThan }, { "just under", TimeModifier.LessThan }, { "at least", TimeModifier.EqualOrMore },
            { "up to", TimeModifier.EqualOrLess }, { "at most", TimeModifier.EqualOrLess },
        },
        Meridiems = new Dictionary<string, int>
        {
            { "a.m.", 0 }, { "a.m", 0 }, { "am", 0 }, { "p.m.", 12 }, { "p.m", 12 }, { "pm", 12 },
        },
        DayFirst = false,
        DecimalComma = false,

        YearCues = ["in", "since", "by", "until", "till", "before", "after", "of", "during", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"],
        WordsAfterYear =
        [
            "the", "a", "an", "and", "or", "but", "when", "as", "in", "on", "at", "to", "of", "for", "by", "with", "from", "after",
            "before", "until", "since", "was", "were", "is", "are", "had", "has", "have", "it", "he", "she", "they", "we", "i",
            "that", "which", "who", "will", "would", "could", "said", "'s", "amid", "during", "through", "under", "against",
        ],
        CountNounEndings = ["s"],
        CountNouns = ["people", "men", "women", "children", "police", "staff", "personnel", "feet", "cattle"],
        WordsBeforeCount = ["than", "about", "some", "nearly", "almost", "around", "approximately", "the", "these", "those", "its", "their", "his", "her", "our", "all", "over", "under"],

        PastTenseWords =
        [
            "was", "were", "had", "did", "said", "told", "went", "came", "met", "took", "made", "held", "gave", "saw", "left",
            "began", "sent", "won", "lost", "fell", "rose", "led", "ago", "yesterday", "last", "earlier",
        ],
        FutureTenseWords =
        [
            "will", "'ll", "shall", "won't", "going", "due", "scheduled", "expected", "set", "plans", "planned", "upcoming",
            "next", "tomorrow", "slated", "later",
        ],
        PastTenseEndings = ["ed"],
        TenseEndingExceptions = ["need", "speed", "seed", "feed", "breed", "bleed", "embed", "hundred", "shed", "bed", "red", "weed", "steed", "indeed"],

        ReferenceType = TimeType.Date,

        Patterns = EnglishTimePatterns.All,
    };
}
