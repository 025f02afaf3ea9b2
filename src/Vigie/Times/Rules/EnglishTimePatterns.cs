using K = Vigie.Times.TimePatternKind;

namespace Vigie.Times.Rules;

/// <summary>
/// The patterns of English time expressions (syntax: <see cref="TimePattern"/>; classes: docs/TIMES.md).
/// A month name alone is a month only after a preposition or a boundary word ("in May", "early March"):
/// "May" is also a name and "march" a verb.
/// </summary>
public static class EnglishTimePatterns
{
    /// <summary>Plural units: "the coming days" is a vague stretch, "the coming year" one period.</summary>
    private const string PluralUnits = "days|weeks|months|years|decades";

    public static IReadOnlyList<TimePattern> All { get; } =
    [
        // Dates with a day: "Thursday, September 4, 2025", "Sept. 3rd", "3 September 2025", "the 3rd of September".
        new("{weekday} ,? {month} {day} ,? {year}", K.Date),
        new("{weekday} ,? {month} {day}", K.Date),
        new("{month} {day} ,? {year}", K.Date),
        new("{month} {day}", K.Date),
        new("{weekday} ,? the? {day} {month} ,? {year}?", K.Date),
        new("the? {day} {month} ,? {year}", K.Date),
        new("the? {day} {month}", K.Date),
        new("the {day} of {month} ,? {year}?", K.Date),
        new("{numdate}", K.NumericDate),

        // Months and years: "September 2025", "early October", "mid-May", "last March", "in May", "in 2024".
        new("early|late|mid {month} {year}?", K.Date),
        new("early|late|mid {year}", K.Date),
        new("the {boundary} of {month} {year}?", K.Date),
        new("the {boundary} of {year}", K.Date),
        new("{midmonth} {year}?", K.Date),
        new("{month} ,? {year}", K.Date),
        new("{month} of {year}", K.Date),
        new("{past}|{future}|{this} {month}", K.Date),
        new("<in|by|since|until|till|through|during|before|after|from|of|to|and|or|between> {month} !'s", K.Date),
        new("{month} {past}|{future}", K.Date),
        new("{year}", K.Year),

        // Days of the week: "Thursday", "last Thursday", "Monday night", "on Mondays".
        new("{past}|{future}|{this} {weekday} {partofday}?", K.Weekday),
        new("this past {weekday} {partofday}?", K.Weekday),
        new("{weekday} {partofday}", K.Weekday),
        new("early|late {weekday} {partofday}?", K.Weekday),
        new("{weekday}", K.Weekday),
        new("<on> {weekdays}", K.Set),

        // Days named from today: "yesterday morning", "tonight", "last night", "this afternoon".
        new("{relday} {partofday}?", K.RelativeDay),
        new("{reldaypart}", K.RelativeDay),
        new("last night", K.RelativeDay, -1),
        new("the day before yesterday", K.RelativeDay, -2),
        new("the day after tomorrow", K.RelativeDay, 2),
        new("{this} {partofday}", K.PartOfDay),
        new("<in|during|overnight|that|by> the {partofday}", K.PartOfReferenceDay),
        new("the next|following day|morning", K.Anaphoric, 1),
        new("the day before", K.Anaphoric, -1),
        new("the previous day", K.Anaphoric, -1),
        new("the same day", K.Anaphoric, 0),
        new("that day", K.Anaphoric, 0),
        new("that {partofday}", K.Anaphoric, 0),

        // Periods: "last week", "this year", "next month", "the end of the year", "earlier this month".
        new("{past}|{future}|{this} {unit}", K.RelativePeriod),
        new("this past {unit}", K.RelativePeriod),
        new("the {boundary} of the|this|last|next? {unit}", K.RelativePeriod),
        new("early|late|mid {past}|{future}|{this} {unit}", K.RelativePeriod),
        new("earlier {this} {unit}", K.EarlierOrLater, -1),
        new("later {this} {unit}", K.EarlierOrLater, 1),

        // Counted from publication: "three days ago", "a few weeks ago", "in two weeks", "two days later".
        new("{count} {unit} ago", K.Offset, -1),
        new("a {count} {unit} ago", K.Offset, -1),
        new("{count} {unit} from now", K.Offset, 1),
        new("<in|within> {count} {unit}", K.Offset, 1),
        new("<in|within> a {count} {unit}", K.Offset, 1),
        new("{count} {unit} later", K.ReferenceOffset, 1),
        new("{count} {unit} earlier", K.ReferenceOffset, -1),

        // The recent past and the near future: "the past few days", "in recent weeks", "the coming days".
        new("the {past} few {unit}", K.Recent),
        new("the {past} {count} {unit}", K.Recent),
        new("the {past} " + PluralUnits, K.Recent),
        new("the {past} {unit}", K.Duration),
        new("<in> recent " + PluralUnits, K.Recent),
        new("the {future} " + PluralUnits, K.Upcoming),
        new("the {future} few {unit}", K.Upcoming),
        new("the {future} {count} {unit}", K.Upcoming),
        new("the {future} {unit}", K.RelativePeriod, 1),
        new("the " + PluralUnits + " ahead", K.Upcoming),

        // Times of day: "3 p.m.", "3:30 pm", "15:00", "noon", "midnight".
        new("{clock} {meridiem}", K.Clock),
        new("{clock}", K.Clock),
        new("{hour} {meridiem}", K.Clock),
        new("{hour} o'clock", K.Clock),
        new("<at|by|until|before|after|around|about|from|to> noon", K.Clock, 0, "12:00"),
        new("<at|by|until|before|after|around|about|from|to> midnight", K.Clock, 0, "00:00"),

        // Durations: "three days", "a year and a half", "two and a half years", "a few months", "half an hour".
        new("{count} {unit} and a half", K.Duration, 50),
        new("{count} and a half {unit}", K.Duration, 50),
        new("a {count} {unit}", K.Duration),
        new("{count} {unit}", K.Duration),
        new("half an|a {unit}", K.Duration, -50),
        new("a quarter of an|a? {unit}", K.Duration, -25),

        // Seasons and holidays: "last summer", "this winter", "in spring 2024", "Christmas", "New Year's Day".
        new("{past}|{future}|{this} {season}", K.Season),
        new("<in|during|by|since|until|through|to|for|into> the? {season} of? {year}?", K.Season),
        new("{season} {year}", K.Season),
        new("early|late|mid {season} {year}?", K.Season),
        new("{holiday} {year}?", K.Holiday),
        new("{holiday} day", K.Holiday),
        new("christmas eve", K.Holiday, 0, "12-24"),
        new("may day", K.Holiday, 0, "05-01"),
        new("new year 's day", K.Holiday, 0, "01-01"),
        new("new year 's eve", K.Holiday, 0, "12-31"),
        new("independence day", K.Holiday, 0, "07-04"),
        new("labor|labour day", K.Holiday, 0, "09/1/1"),
        new("memorial day", K.Holiday, 0, "05/-1/1"),
        new("veterans|armistice day", K.Holiday, 0, "11-11"),
        new("good friday", K.Holiday, 0, "easter-2"),
        new("easter monday", K.Holiday, 0, "easter+1"),
        new("boxing day", K.Holiday, 0, "12-26"),
        new("valentine 's day", K.Holiday, 0, "02-14"),
        new("bastille day", K.Holiday, 0, "07-14"),

        // Decades, centuries, quarters: "the 1990s", "the early 2000s", "the 19th century", "the first quarter of 2024".
        new("the? early|late|mid? {decade}", K.Decade),
        new("the? {ordinal} century", K.Century),
        new("the {boundary} of the {ordinal} century", K.Century),
        new("the? {ordinal} {unit} of? {year}?", K.PartOfYear),

        // Sets: "every Monday", "each year", "every two weeks", "daily".
        new("every|each {weekday}", K.Set),
        new("every|each {unit}", K.Set),
        new("every|each {partofday}", K.Set),
        new("every {count} {unit}", K.Set),
        new("daily", K.Set, 0, "P1D"),
        new("weekly", K.Set, 0, "P1W"),
        new("monthly", K.Set, 0, "P1M"),
        new("annually|yearly|annual", K.Set, 0, "P1Y"),

        // Now, the past, the future.
        new("now", K.Reference, 0, "PRESENT_REF"),
        new("right now", K.Reference, 0, "PRESENT_REF"),
        new("currently", K.Reference, 0, "PRESENT_REF"),
        new("nowadays", K.Reference, 0, "PRESENT_REF"),
        new("these days", K.Reference, 0, "PRESENT_REF"),
        new("at present", K.Reference, 0, "PRESENT_REF"),
        new("at the moment", K.Reference, 0, "PRESENT_REF"),
        new("for the time being", K.Reference, 0, "PRESENT_REF"),
        new("<in> the future", K.Reference, 0, "FUTURE_REF"),
        new("soon", K.Reference, 0, "FUTURE_REF"),
        new("<in> the past !{unit}|{count}", K.Reference, 0, "PAST_REF"),
        new("recently", K.Reference, 0, "PAST_REF"),
        new("lately", K.Reference, 0, "PAST_REF"),
        new("previously", K.Reference, 0, "PAST_REF"),
        new("formerly", K.Reference, 0, "PAST_REF"),
    ];
}
