namespace Vigie.Times.Resolution;

/// <summary>Calendar arithmetic the resolution rules need: Easter, n-th weekdays, seasons, choosing a year.</summary>
internal static class Calendar
{
    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The n-th (1-based; -1 the last) ISO weekday (1 Monday … 7 Sunday) of a month.</summary>
    public static DateOnly NthWeekday(int year, int month, int n, int isoDay)
    {
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            var shift = (isoDay - IsoDay(first) + 7) % 7;
            return first.AddDays(shift + (7 * (n - 1)));
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((IsoDay(last) - isoDay + 7) % 7) - (7 * (-n - 1)));
    }

    /// <summary>1 for Monday … 7 for Sunday.</summary>
    public static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>
    /// The meteorological season of a TIMEX code in a year: spring March–May, summer June–August,
    /// autumn September–November, winter December to February of the next year.
    /// </summary>
    public static (DateOnly Start, DateOnly End) Season(int year, string code) => code switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        _ => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, DateTime.DaysInMonth(year + 1, 2))),
    };

    /// <summary>
    /// Chooses among the occurrences of a yearly period in the years around publication (the
    /// documented rules of docs/TIMES.md): a word pointing back takes the latest one over before
    /// publication, a word pointing forward the first one after it; else a past tense takes the latest
    /// one begun by publication, a future tense the first one not over by then, and no tense the one
    /// nearest to publication (the earlier one on a tie).
    /// </summary>
    /// <param name="published">The publication date.</param>
    /// <param name="occurrence">The period in a given year, or null when it does not exist that year (29 February).</param>
    /// <param name="direction">-1 for « dernier », +1 for « prochain », 0 for none.</param>
    /// <param name="tense">The tense of the clause.</param>
    /// <returns>The year chosen, or null when no year fits.</returns>
    public static int? ChooseYear(DateOnly published, Func<int, (DateOnly Start, DateOnly End)?> occurrence, int direction, Matching.Tense tense)
    {
        int? best = null;
        var bestScore = int.MaxValue;
        for (var year = published.Year - 4; year <= published.Year + 4; year++)
        {
            if (occurrence(year) is not var (start, end))
            {
                continue;
            }

            var score = (direction, tense) switch
            {
                ( < 0, _) => end < published ? published.DayNumber - end.DayNumber : int.MaxValue,
                ( > 0, _) => start > published ? start.DayNumber - published.DayNumber : int.MaxValue,
                (_, Matching.Tense.Past) => start <= published ? published.DayNumber - start.DayNumber : int.MaxValue,
                (_, Matching.Tense.Future) => end >= published ? Math.Max(0, start.DayNumber - published.DayNumber) : int.MaxValue,
                _ => Distance(published, start, end),
            };
            if (score < bestScore)
            {
                (best, bestScore) = (year, score);
            }
        }

        return best;
    }

    private static int Distance(DateOnly day, DateOnly start, DateOnly end) =>
        day < start ? start.DayNumber - day.DayNumber : day > end ? day.DayNumber - end.DayNumber : 0;
}
