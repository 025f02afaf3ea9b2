using System.Globalization;
using Vigie.Times.Matching;

namespace Vigie.Times.Resolution;

/// <summary>Periods counted from the time the text last mentioned: « l’année suivante », « le mois précédent ».</summary>
internal sealed partial class TimeResolver
{
    /// <summary>
    /// « l’année suivante » after « en 1998 » is 1999, « le mois précédent » after « en mars 2002 » is
    /// 2002-02, « la semaine suivante » after « le 3 mai » the week after 3 May, « le jour suivant » the
    /// day after the day last mentioned: the time last mentioned moved by one unit, when it is written to
    /// that unit's precision; otherwise publication stands in.
    /// </summary>
    private bool ReferencePeriod(in Candidate c, ref Resolved r)
    {
        var unit = Word(c, TokenClass.Unit)?.Unit.Unit ?? TimeUnit.None;
        var direction = c.Pattern.Parameter;
        var (from, anchor) = unit == TimeUnit.Day ? ReferenceDay()
            : LastDate is { } last && Parse(last, unit) is { } mentioned ? (mentioned, TimeAnchor.Text)
            : Publication();
        if (from is not { } start)
        {
            return unit >= TimeUnit.Day && Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        switch (unit)
        {
            case TimeUnit.Day:
                var next = start.AddDays(direction);
                return Set(ref r, TimeType.Date, TimexValue.Day(next), anchor, next);
            case TimeUnit.Week:
                return Set(ref r, TimeType.Date, TimexValue.Week(start.AddDays(7 * direction)), anchor);
            case TimeUnit.Month:
                return Set(ref r, TimeType.Date, TimexValue.Month(start.AddMonths(direction)), anchor);
            case TimeUnit.Year:
                return Set(ref r, TimeType.Date, TimexValue.Year(start.Year + direction), anchor);
            default:
                return false;
        }
    }

    /// <summary>The first day of a TIMEX value ("1998", "1998-05", "1998-05-12…") when it is written at least to <paramref name="unit"/>'s precision.</summary>
    private static DateOnly? Parse(string value, TimeUnit unit)
    {
        var length = unit switch
        {
            TimeUnit.Year => 4,
            TimeUnit.Month => 7,
            TimeUnit.Day or TimeUnit.Week => 10,
            _ => int.MaxValue,
        };
        if (value.Length < length)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        var year = int.TryParse(value.AsSpan(0, 4), NumberStyles.None, invariant, out var y) ? y : 0;
        var month = length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, invariant, out var m) ? m : length >= 7 ? 0 : 1;
        var day = length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, invariant, out var d) ? d : length >= 10 ? 0 : 1;
        return year is >= 1 and <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
