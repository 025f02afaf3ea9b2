using System.Globalization;
using System.Text;

namespace Vigie.Times.Resolution;

/// <summary>Writes TIMEX3 values: dates, weeks, months, seasons, durations, times of day, ranges.</summary>
internal static class TimexValue
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    public static string Month(int year, int month) => string.Create(Invariant, $"{year:0000}-{month:00}");

    public static string Month(DateOnly day) => Month(day.Year, day.Month);

    public static string Year(int year) => year.ToString("0000", Invariant);

    /// <summary>The ISO week of a day: "2025-W36".</summary>
    public static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(Invariant, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>The weekend of the ISO week of a day: "2025-W36-WE".</summary>
    public static string Weekend(DateOnly day) => Week(day) + "-WE";

    public static string Quarter(int year, int quarter) => string.Create(Invariant, $"{year:0000}-Q{quarter}");

    public static string Half(int year, int half) => string.Create(Invariant, $"{year:0000}-H{half}");

    public static string Season(int year, string code) => string.Create(Invariant, $"{year:0000}-{code}");

    /// <summary>A decade from its first three figures: 196 → "196X".</summary>
    public static string Decade(int firstThreeFigures) => string.Create(Invariant, $"{firstThreeFigures:000}X");

    /// <summary>A century from its first two figures: 18 → "18XX" (the 19th century).</summary>
    public static string Century(int firstTwoFigures) => string.Create(Invariant, $"{firstTwoFigures:00}XX");

    public static string PartOfDay(DateOnly day, string code) => Day(day) + "T" + code;

    public static string Clock(DateOnly? day, int hour, int minute) =>
        (day is { } d ? Day(d) : "XXXX-XX-XX") + string.Create(Invariant, $"T{hour:00}:{minute:00}");

    public static string Range(string from, string to) => from + "/" + to;

    /// <summary>The ISO week day of a TIMEX set ("XXXX-WXX-1" for every Monday).</summary>
    public static string EveryWeekday(int isoDay) => string.Create(Invariant, $"XXXX-WXX-{isoDay}");

    /// <summary>
    /// A duration: "P3D", "P2W", "PT1H30M", "P1Y6M", "PT30.4S"; a NaN amount gives "PXD" (some days).
    /// Decades, centuries, quarters, halves and weekends are written in years, months and days.
    /// </summary>
    public static string Duration(double amount, TimeUnit unit)
    {
        (amount, unit) = unit switch
        {
            TimeUnit.Decade => (amount * 10, TimeUnit.Year),
            TimeUnit.Century => (amount * 100, TimeUnit.Year),
            TimeUnit.Quarter => (amount * 3, TimeUnit.Month),
            TimeUnit.Half => (amount * 6, TimeUnit.Month),
            TimeUnit.Weekend => (amount * 2, TimeUnit.Day),
            _ => (amount, unit),
        };

        if (double.IsNaN(amount))
        {
            return unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? $"PTX{Letter(unit)}" : $"PX{Letter(unit)}";
        }

        var builder = new StringBuilder("P");
        var time = unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;
        if (time)
        {
            builder.Append('T');
        }

        var whole = Math.Floor(amount);
        var fraction = amount - whole;
        var finer = Finer(unit);
        if (fraction > 1e-9 && finer is { } smaller && IsWhole(fraction * smaller.Factor))
        {
            if (whole > 0)
            {
                builder.Append(Number(whole)).Append(Letter(unit));
            }

            if (!time && smaller.Unit is TimeUnit.Hour)
            {
                builder.Append('T');
            }

            builder.Append(Number(Math.Round(fraction * smaller.Factor))).Append(Letter(smaller.Unit));
            return builder.ToString();
        }

        builder.Append(Number(amount)).Append(Letter(unit));
        return builder.ToString();
    }

    private static (TimeUnit Unit, int Factor)? Finer(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => (TimeUnit.Month, 12),
        TimeUnit.Month => (TimeUnit.Day, 30),
        TimeUnit.Week => (TimeUnit.Day, 7),
        TimeUnit.Day => (TimeUnit.Hour, 24),
        TimeUnit.Hour => (TimeUnit.Minute, 60),
        TimeUnit.Minute => (TimeUnit.Second, 60),
        _ => null,
    };

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-6;

    private static string Number(double value) =>
        IsWhole(value) ? Math.Round(value).ToString("0", Invariant) : value.ToString("0.###", Invariant);

    private static char Letter(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => 'S',
        TimeUnit.Minute => 'M',
        TimeUnit.Hour => 'H',
        TimeUnit.Day => 'D',
        TimeUnit.Week => 'W',
        TimeUnit.Month => 'M',
        _ => 'Y',
    };
}
