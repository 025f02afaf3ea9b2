using System.Globalization;
using Vigie.Times.Matching;

namespace Vigie.Times.Resolution;

/// <summary>Durations, sets, times of day and references to now, the past and the future.</summary>
internal sealed partial class TimeResolver
{
    /// <summary>
    /// « trois jours » P3D, « quelques mois » PXM, « un an et demi » P1Y6M (parameter 50: half a unit
    /// more), « un quart de siècle » P25Y (parameter -25: a quarter of the unit).
    /// </summary>
    private bool Duration(in Candidate c, ref Resolved r)
    {
        var unitWord = Word(c, TokenClass.Unit)?.Unit ?? default;
        if (unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        var count = 1.0;
        if (c.Pattern.Value == "X")
        {
            // « des années »: some years.
            count = double.NaN;
            r.Approximate = true;
        }
        else if (c.Has(TokenClass.Count))
        {
            ref readonly var token = ref Token(c, TokenClass.Count);
            count = token.Value;
            r.Approximate = double.IsNaN(count) || token.Word is { ApproximateNumber: true };
            if (token.Word is { ApproximateNumber: true })
            {
                r.Modifier = TimeModifier.Approx;
            }
        }

        var parameter = c.Pattern.Parameter;
        var amount = parameter switch
        {
            > 0 => (count * unitWord.Amount) + (parameter / 100.0 * unitWord.Amount),
            < 0 => -parameter / 100.0 * unitWord.Amount,
            _ => count * unitWord.Amount,
        };
        if (unitWord.Unit == TimeUnit.Hour && c.Has(TokenClass.Minute))
        {
            // « pendant 1 h 30 »: the minutes after the hours.
            amount += Token(c, TokenClass.Minute).A / 60.0;
        }

        if (amount is < 0 or > 1_000_000)
        {
            return false;
        }

        return Set(ref r, TimeType.Duration, TimexValue.Duration(amount, unitWord.Unit), TimeAnchor.None);
    }

    /// <summary>« 14 h 30 », "3 p.m.", « midi »: that time on the day last mentioned, else on the publication day.</summary>
    private bool Clock(in Candidate c, ref Resolved r)
    {
        if (!TryClock(c, out var hour, out var minute))
        {
            return false;
        }

        var (day, anchor) = ReferenceDay();
        r.ClockOnReference = true;
        return Set(ref r, TimeType.Time, TimexValue.Clock(day, hour, minute), anchor, day);
    }

    /// <summary>The hour and minute a match names: the pattern's fixed time, a clock token, or an hour with its minutes and a.m./p.m.</summary>
    private bool TryClock(in Candidate c, out int hour, out int minute)
    {
        (hour, minute) = (-1, 0);
        if (c.Pattern.Value is { } fixedTime)
        {
            if (!TimeOnly.TryParseExact(fixedTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return false;
            }

            (hour, minute) = (time.Hour, time.Minute);
        }
        else if (c.Has(TokenClass.Clock))
        {
            ref readonly var clock = ref Token(c, TokenClass.Clock);
            (hour, minute) = (clock.A, clock.B);
        }
        else if (c.Has(TokenClass.Hour))
        {
            hour = Token(c, TokenClass.Hour).A;
            minute = c.Has(TokenClass.Minute) ? Token(c, TokenClass.Minute).A : 0;
        }
        else
        {
            return false;
        }

        if (Word(c, TokenClass.Meridiem) is { } meridiem)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + meridiem.Meridiem;
        }
        else if (hour is >= 1 and < 12 && Word(c, TokenClass.PartOfDay)?.PartOfDay is "AF" or "EV")
        {
            // « 10 heures du soir », « 3 h de l’après-midi »: after noon.
            hour += 12;
        }

        if (hour is < 0 or > 24 || minute is < 0 or > 59 || (hour == 24 && minute > 0))
        {
            return false;
        }

        hour %= 24;
        return true;
    }

    /// <summary>« chaque lundi » XXXX-WXX-1, « tous les ans » P1Y, « toutes les deux semaines » P2W, "every morning" XXXX-XX-XXTMO.</summary>
    private bool Set(in Candidate c, ref Resolved r)
    {
        string? value = c.Pattern.Value;
        if (value is null && (Word(c, TokenClass.WeekdayPlural) ?? Word(c, TokenClass.Weekday)) is { Weekday: > 0 } weekday)
        {
            value = TimexValue.EveryWeekday(weekday.Weekday);
        }
        else if (value is null && Word(c, TokenClass.Unit) is { } unit)
        {
            var count = c.Has(TokenClass.Count) ? Token(c, TokenClass.Count).Value : 1;
            value = TimexValue.Duration(double.IsNaN(count) ? 1 : count * unit.Unit.Amount, unit.Unit.Unit);
        }
        else if (value is null && Word(c, TokenClass.PartOfDay)?.PartOfDay is { } part)
        {
            value = "XXXX-XX-XXT" + part;
        }
        else if (value is null && Word(c, TokenClass.Season)?.Season is { } season)
        {
            value = "XXXX-" + season;
        }

        return value is not null && Set(ref r, TimeType.Set, value, TimeAnchor.None);
    }

    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF, as the pattern says.</summary>
    private bool NowPastOrFuture(in Candidate c, ref Resolved r) =>
        c.Pattern.Value is { Length: > 0 } value && Set(ref r, _rules.Data.ReferenceType, value, TimeAnchor.None);
}
