using Vigie.Times.Matching;

namespace Vigie.Times.Resolution;

/// <summary>Days and periods counted from publication or from the day last mentioned.</summary>
internal sealed partial class TimeResolver
{
    /// <summary>How many units back (or ahead) a vague « quelques » reaches at most, and at least.</summary>
    private const int VagueFar = 7;
    private const int VagueNear = 2;

    private bool RelativeDay(in Candidate c, ref Resolved r)
    {
        var offset = c.Pattern.Parameter;
        string? part = null;
        if (offset == 0 && Word(c, TokenClass.RelativeDay) is { } day)
        {
            offset = day.RelativeDay;
        }
        else if (Word(c, TokenClass.RelativePartOfDay) is { } tonight)
        {
            part = tonight.PartOfDay;
        }

        part = Word(c, TokenClass.PartOfDay)?.PartOfDay ?? part;
        r.Modifier = Boundary(c);
        if (TryClock(c, out var hour, out var minute))
        {
            // « hier à 10 h »: a time of that day.
            var (published, anchor) = Publication();
            var on = published?.AddDays(offset);
            return Set(ref r, TimeType.Time, on is null ? null : TimexValue.Clock(on, hour, minute), anchor, on);
        }

        return OnDay(ref r, Publication(), offset, part);
    }

    /// <summary>« ce soir », "this morning": a part of the publication day (<see cref="TimePattern.Parameter"/> days later).</summary>
    private bool PartOfDay(in Candidate c, ref Resolved r)
    {
        var part = Word(c, TokenClass.PartOfDay)?.PartOfDay ?? Word(c, TokenClass.RelativePartOfDay)?.PartOfDay;
        r.Modifier = Boundary(c);
        return part is not null && OnDay(ref r, Publication(), c.Pattern.Parameter, part);
    }

    /// <summary>« dans la nuit », « la soirée »: a part of the day last mentioned.</summary>
    private bool PartOfReferenceDay(in Candidate c, ref Resolved r)
    {
        var part = Word(c, TokenClass.PartOfDay)?.PartOfDay;
        r.Modifier = Boundary(c);
        return part is not null && OnDay(ref r, ReferenceDay(), 0, part);
    }

    /// <summary>« le lendemain » (+1), « la veille » (-1), « le même jour » (0): from the day last mentioned.</summary>
    private bool Anaphoric(in Candidate c, ref Resolved r)
    {
        var part = Word(c, TokenClass.PartOfDay)?.PartOfDay;
        return OnDay(ref r, ReferenceDay(), c.Pattern.Parameter, part);
    }

    /// <summary>
    /// « à ce moment-là »: the day last mentioned; the tagger then gives it the time of day last
    /// mentioned on that day, if any (<see cref="Resolved.SameMoment"/>).
    /// </summary>
    private bool SameMoment(in Candidate c, ref Resolved r)
    {
        r.SameMoment = true;
        return OnDay(ref r, ReferenceDay(), 0, Word(c, TokenClass.PartOfDay)?.PartOfDay);
    }

    /// <summary>« à la même époque »: the month of publication; the tagger then moves it to the year named beside it (<see cref="Resolved.SameTimeOfYear"/>).</summary>
    private bool SameTimeOfYear(ref Resolved r)
    {
        var (published, anchor) = Publication();
        r.SameTimeOfYear = true;
        return Set(ref r, TimeType.Date, published is { } day ? TimexValue.Month(day) : null, anchor);
    }

    /// <summary>« la nouvelle année »: the publication year, or the next one for an article of December.</summary>
    private bool NewYear(ref Resolved r)
    {
        var (published, anchor) = Publication();
        var value = published is { } day ? TimexValue.Year(day.Month == 12 ? day.Year + 1 : day.Year) : null;
        return Set(ref r, TimeType.Date, value, anchor);
    }

    private static bool OnDay(ref Resolved r, (DateOnly? Day, TimeAnchor Anchor) anchor, int offset, string? part)
    {
        var type = part is null ? TimeType.Date : TimeType.Time;
        if (anchor.Day is not { } from)
        {
            return Set(ref r, type, null, TimeAnchor.None);
        }

        var day = from.AddDays(offset);
        return Set(ref r, type, part is null ? TimexValue.Day(day) : TimexValue.PartOfDay(day, part), anchor.Anchor, day);
    }

    /// <summary>« la semaine dernière » 2025-W35, « cette année » 2025, "next month" 2025-10, « ce week-end » 2025-W36-WE.</summary>
    private bool RelativePeriod(in Candidate c, ref Resolved r)
    {
        var unit = Word(c, TokenClass.Unit)?.Unit.Unit ?? TimeUnit.None;
        var direction = c.Pattern.Parameter != 0 ? c.Pattern.Parameter : Direction(c);
        r.Modifier = Boundary(c);
        if (_published is not { } published)
        {
            return unit >= TimeUnit.Day && Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        string value;
        DateOnly? day = null;
        switch (unit)
        {
            case TimeUnit.Day:
                day = published.AddDays(direction);
                value = TimexValue.Day(day.Value);
                break;
            case TimeUnit.Week:
                value = TimexValue.Week(published.AddDays(7 * direction));
                break;
            case TimeUnit.Weekend:
                value = TimexValue.Weekend(Weekend(published, direction, direction == 0 ? TenseOf(c) : Tense.Unknown));
                break;
            case TimeUnit.Month:
                value = TimexValue.Month(published.AddMonths(direction));
                break;
            case TimeUnit.Quarter:
                var quarter = Shift(published.Year, (published.Month - 1) / 3, 4, direction);
                value = TimexValue.Quarter(quarter.Year, quarter.Part + 1);
                break;
            case TimeUnit.Half:
                var half = Shift(published.Year, (published.Month - 1) / 6, 2, direction);
                value = TimexValue.Half(half.Year, half.Part + 1);
                break;
            case TimeUnit.Year:
                value = TimexValue.Year(published.Year + direction);
                break;
            case TimeUnit.Decade:
                value = TimexValue.Decade((published.Year / 10) + direction);
                break;
            case TimeUnit.Century:
                value = TimexValue.Century((published.Year / 100) + direction);
                break;
            default:
                return false;
        }

        return Set(ref r, TimeType.Date, value, TimeAnchor.Publication, day);
    }

    /// <summary>
    /// A day of the weekend meant: « le week-end dernier » the last one begun before publication,
    /// « le week-end prochain » the next one to begin after it; « ce week-end » the coming (or current)
    /// one in a future clause, the last one begun in a past clause, and with no tense the one just over
    /// for a Monday to Wednesday article, the coming one from Thursday on.
    /// </summary>
    private static DateOnly Weekend(DateOnly published, int direction, Tense tense)
    {
        var today = Calendar.IsoDay(published);
        var thisSaturday = published.AddDays(6 - today);
        var lastBegun = today >= 6 ? thisSaturday : thisSaturday.AddDays(-7);
        return direction switch
        {
            < 0 => today >= 6 ? thisSaturday.AddDays(-7) : lastBegun,
            > 0 => today >= 6 ? thisSaturday.AddDays(7) : thisSaturday,
            _ when tense == Tense.Future => thisSaturday,
            _ when tense == Tense.Past => lastBegun,
            _ => today <= 3 ? lastBegun : thisSaturday,
        };
    }

    private static (int Year, int Part) Shift(int year, int part, int parts, int direction)
    {
        var index = (year * parts) + part + direction;
        return (Math.DivRem(index, parts).Quotient, Math.DivRem(index, parts).Remainder);
    }

    /// <summary>
    /// « il y a trois jours » (−3 days), « dans deux semaines » (+14 days), "a year ago": counted from
    /// publication (or, for <see cref="TimePatternKind.ReferenceOffset"/>, from the day last mentioned),
    /// with the precision of the unit: days for days and weeks, months for months, years for years.
    /// A vague count (« quelques ») gives an approximate range from two to seven units away.
    /// </summary>
    private bool Offset(in Candidate c, ref Resolved r, bool fromReference)
    {
        var unitWord = Word(c, TokenClass.Unit)?.Unit ?? default;
        if (unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        if (fromReference && unitWord.Unit < TimeUnit.Day)
        {
            // « une heure plus tard »: no day to tell; the duration alone is the expression.
            return false;
        }

        var sign = c.Pattern.Parameter < 0 ? -1 : 1;
        var count = c.Has(TokenClass.Count) ? Token(c, TokenClass.Count).Value : 1;
        var anchor = fromReference ? ReferenceDay() : Publication();
        r.Approximate = c.Has(TokenClass.Count) && Token(c, TokenClass.Count).Word is { ApproximateNumber: true };
        if (anchor.Day is not { } from)
        {
            return Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        if (double.IsNaN(count))
        {
            r.Approximate = true;
            var near = Move(from, sign * VagueNear * unitWord.Amount, unitWord.Unit);
            var far = Move(from, sign * VagueFar * unitWord.Amount, unitWord.Unit);
            var (first, last) = sign < 0 ? (far, near) : (near, far);
            return Set(ref r, TimeType.Date, TimexValue.Range(AtPrecision(first, unitWord.Unit), AtPrecision(last, unitWord.Unit)), anchor.Anchor);
        }

        var amount = count * unitWord.Amount;
        if (Math.Abs(amount - Math.Round(amount)) > 1e-9)
        {
            r.Approximate = true;
        }

        var day = Move(from, sign * amount, unitWord.Unit);
        var precise = unitWord.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;
        return Set(ref r, TimeType.Date, AtPrecision(day, unitWord.Unit), anchor.Anchor, precise ? day : null);
    }

    /// <summary>
    /// « ces derniers jours »: the approximate range from seven units before publication to publication
    /// (after it for « les prochains jours »); with a count (« ces trois derniers jours »), a duration;
    /// in hours or minutes (« les prochaines heures »), the publication day.
    /// </summary>
    private bool Recent(in Candidate c, ref Resolved r, int sign)
    {
        var unitWord = Word(c, TokenClass.Unit)?.Unit ?? default;
        if (unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        if (c.Has(TokenClass.Count) && !double.IsNaN(Token(c, TokenClass.Count).Value))
        {
            ref readonly var count = ref Token(c, TokenClass.Count);
            r.Approximate = count.Word is { ApproximateNumber: true };
            return Set(ref r, TimeType.Duration, TimexValue.Duration(count.Value * unitWord.Amount, unitWord.Unit), TimeAnchor.None);
        }

        r.Approximate = true;
        if (_published is not { } published)
        {
            return Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        if (unitWord.Unit < TimeUnit.Day)
        {
            // « dans les prochaines heures »: a few hours from publication stay on its day.
            return Set(ref r, TimeType.Date, TimexValue.Day(published), TimeAnchor.Publication);
        }

        var far = Move(published, sign * VagueFar * unitWord.Amount, unitWord.Unit);
        var near = sign < 0 ? published : published.AddDays(1);
        var (first, last) = sign < 0 ? (far, near) : (near, far);
        return Set(ref r, TimeType.Date, TimexValue.Range(AtPrecision(first, unitWord.Unit), AtPrecision(last, unitWord.Unit)), TimeAnchor.Publication);
    }

    /// <summary>"earlier this month": from the start of the month to the day before publication; "later this year": after it to the year's end.</summary>
    private bool EarlierOrLater(in Candidate c, ref Resolved r)
    {
        var unit = Word(c, TokenClass.Unit)?.Unit.Unit ?? TimeUnit.None;
        if (_published is not { } published)
        {
            return Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        (DateOnly Start, DateOnly End, string Whole)? period = unit switch
        {
            TimeUnit.Week => (published.AddDays(1 - Calendar.IsoDay(published)), published.AddDays(7 - Calendar.IsoDay(published)), TimexValue.Week(published)),
            TimeUnit.Month => (Calendar.FirstOfMonth(published), Calendar.LastOfMonth(published), TimexValue.Month(published)),
            TimeUnit.Year => (new DateOnly(published.Year, 1, 1), new DateOnly(published.Year, 12, 31), TimexValue.Year(published.Year)),
            _ => null,
        };
        if (period is not var (start, end, whole))
        {
            return false;
        }

        var (from, to) = c.Pattern.Parameter < 0 ? (start, published.AddDays(-1)) : (published.AddDays(1), end);
        var value = from <= to ? TimexValue.Range(TimexValue.Day(from), TimexValue.Day(to)) : whole;
        return Set(ref r, TimeType.Date, value, TimeAnchor.Publication);
    }

    /// <summary>A day moved by an amount of units (fractions of months and years rounded; hours in whole days).</summary>
    private static DateOnly Move(DateOnly day, double amount, TimeUnit unit)
    {
        static int Round(double value) => (int)Math.Round(Math.Clamp(value, -100_000, 100_000));

        var moved = unit switch
        {
            TimeUnit.Second => day.AddDays((int)(amount / 86_400)),
            TimeUnit.Minute => day.AddDays((int)(amount / 1_440)),
            TimeUnit.Hour => day.AddDays((int)(amount / 24)),
            TimeUnit.Day => day.AddDays(Round(amount)),
            TimeUnit.Week => day.AddDays(Round(amount * 7)),
            TimeUnit.Weekend => day.AddDays(Round(amount * 7)),
            TimeUnit.Month => day.AddMonths(Round(amount)),
            TimeUnit.Quarter => day.AddMonths(Round(amount * 3)),
            TimeUnit.Half => day.AddMonths(Round(amount * 6)),
            TimeUnit.Year => day.AddYears(Round(amount)),
            TimeUnit.Decade => day.AddYears(Round(amount * 10)),
            TimeUnit.Century => day.AddYears(Round(amount * 100)),
            _ => day,
        };
        return moved;
    }

    /// <summary>A day written with its unit's precision: a day for days and weeks, a month for months, a year for years.</summary>
    private static string AtPrecision(DateOnly day, TimeUnit unit) => unit switch
    {
        TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Half => TimexValue.Month(day),
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => TimexValue.Year(day.Year),
        _ => TimexValue.Day(day),
    };
}
