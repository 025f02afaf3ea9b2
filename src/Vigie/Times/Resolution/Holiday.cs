using System.Globalization;

namespace Vigie.Times.Resolution;

/// <summary>
/// The date of a holiday in a year, from its rule: "MM-DD" (fixed), "easter" or "easter±N" (days from
/// Easter Sunday), "MM/N/D" (the N-th ISO weekday D of month MM, N = -1 for the last).
/// </summary>
internal static class Holiday
{
    public static bool IsValid(string rule) => TryDate(rule, 2000, out _);

    public static bool TryDate(string rule, int year, out DateOnly date)
    {
        date = default;
        if (year is < 1583 or > 9998)
        {
            return false;
        }

        var span = rule.AsSpan().Trim();
        if (span.StartsWith("easter", StringComparison.OrdinalIgnoreCase))
        {
            var rest = span[6..];
            var shift = 0;
            if (rest.Length > 0 && !int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out shift))
            {
                return false;
            }

            date = Calendar.Easter(year).AddDays(shift);
            return true;
        }

        Span<Range> parts = stackalloc Range[4];
        if (span.Split(parts, '/') == 3)
        {
            if (!Int(span[parts[0]], out var month) || !int.TryParse(span[parts[1]], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || !Int(span[parts[2]], out var day) || month is < 1 or > 12 || n is 0 or < -1 or > 5 || day is < 1 or > 7)
            {
                return false;
            }

            date = Calendar.NthWeekday(year, month, n, day);
            return date.Month == month;
        }

        if (span.Split(parts, '-') == 2 && Int(span[parts[0]], out var m) && Int(span[parts[1]], out var d)
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m))
        {
            date = new DateOnly(year, m, d);
            return true;
        }

        return false;
    }

    private static bool Int(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
