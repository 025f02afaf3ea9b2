using System.Globalization;
using Vigie.Text;
using Vigie.Times.Matching;

namespace Vigie.Times.Resolution;

/// <summary>Calendar dates: day, month and year; years alone; figures; days of the week; holidays; seasons; decades.</summary>
internal sealed partial class TimeResolver
{
    private bool Date(in Candidate c, ref Resolved r)
    {
        var monthWord = Word(c, TokenClass.Month) ?? Word(c, TokenClass.MidMonth);
        var month = monthWord?.Month ?? 0;
        var day = c.Has(TokenClass.Day) ? DayOfMonth(Token(c, TokenClass.Day)) : 0;
        var year = c.Has(TokenClass.Year) ? Token(c, TokenClass.Year).A
            : c.Has(TokenClass.Year2) ? FullYear(Token(c, TokenClass.Year2).A)
            : 0;
        r.Modifier = Boundary(c);
        if (month == 0)
        {
            return year > 0 && Set(ref r, TimeType.Date, TimexValue.Year(year), TimeAnchor.None);
        }

        if (day > (year > 0 ? DateTime.DaysInMonth(year, month) : MaxDays(month)))
        {
            // « le 30 février »: no date, and not « février » alone either.
            r.Excluded = true;
            return true;
        }

        if (year > 0)
        {
            return day > 0
                ? Set(ref r, TimeType.Date, TimexValue.Day(new DateOnly(year, month, day)), TimeAnchor.None, new DateOnly(year, month, day))
                : Set(ref r, TimeType.Date, TimexValue.Month(year, month), TimeAnchor.None);
        }

        if (_published is not { } published)
        {
            var partial = day > 0
                ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}")
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
            return Set(ref r, TimeType.Date, partial, TimeAnchor.None);
        }

        var direction = Direction(c);
        var tense = direction == 0 ? TenseOf(c) : Tense.Unknown;
        var chosen = Calendar.ChooseYear(
            published,
            y => day > 0
                ? (day <= DateTime.DaysInMonth(y, month) ? (new DateOnly(y, month, day), new DateOnly(y, month, day)) : null)
                : (new DateOnly(y, month, 1), new DateOnly(y, month, DateTime.DaysInMonth(y, month))),
            direction,
            tense);
        if (chosen is not { } chosenYear)
        {
            return false;
        }

        return day > 0
            ? Set(ref r, TimeType.Date, TimexValue.Day(new DateOnly(chosenYear, month, day)), TimeAnchor.Publication, new DateOnly(chosenYear, month, day))
            : Set(ref r, TimeType.Date, TimexValue.Month(chosenYear, month), TimeAnchor.Publication);
    }

    private bool NumericDate(in Candidate c, ref Resolved r)
    {
        ref readonly var t = ref Token(c, TokenClass.NumericDate);
        if (t.C < 0)
        {
            return Set(ref r, TimeType.Date, TimexValue.Month(t.A, t.B), TimeAnchor.None);
        }

        var day = new DateOnly(t.A, t.B, t.C);
        return Set(ref r, TimeType.Date, TimexValue.Day(day), TimeAnchor.None, day);
    }

    /// <summary>
    /// A year alone: after a year cue (« en », "since") any year from 1000 to 2999; otherwise 1900 to
    /// 2099, not after a count word (« plus de », "the") and not before a counted noun (« 2000 soldats »)
    /// or a figure.
    /// </summary>
    private bool Year(in Candidate c, ref Resolved r)
    {
        var at = c.Token(TokenClass.Year);
        ref readonly var t = ref _tokens[at];
        var sentence = t.Sentence;
        var previous = at > 0 && _tokens[at - 1].Sentence == sentence ? _tokens[at - 1].Word : null;
        var beforePrevious = at > 1 && _tokens[at - 2].Sentence == sentence ? _tokens[at - 2].Word : null;
        if (!_rules.IsYearCue(previous))
        {
            if (t.A is < 1900 or > 2099 || _rules.IsBeforeCount(previous) || _rules.IsBeforeCount(beforePrevious))
            {
                return false;
            }

            if (at + 1 < _count && _tokens[at + 1].Sentence == sentence && !MayFollowYear(_tokens[at + 1]))
            {
                return false;
            }
        }

        r.Modifier = t.Mid ? TimeModifier.Mid : TimeModifier.None;
        return Set(ref r, TimeType.Date, TimexValue.Year(t.A), TimeAnchor.None);
    }

    private bool MayFollowYear(in TimeToken next)
    {
        switch (next.Kind)
        {
            case TokenKind.Punctuation or TokenKind.CloseQuote or TokenKind.OpenQuote or TokenKind.Elision or TokenKind.Clitic:
                return true;
            case TokenKind.Word when char.IsUpper(_text[next.Start]) || _rules.MayFollowYear(next.Word):
                return true;
            case TokenKind.Word when next.Length <= 32:
                Span<char> folded = stackalloc char[32];
                var length = TextFold.Fold(_text.AsSpan(next.Start, next.Length), folded);
                return !_rules.IsCountNoun(next.Word, folded[..length]);
            default:
                return false;
        }
    }

    /// <summary>
    /// A day of the week: with a word pointing back, the last such day before publication; forward,
    /// the next one after it; otherwise, in a future clause, that day of the coming week (publication
    /// day included), else of the past week (publication day included: wire copy names today by its
    /// day name).
    /// </summary>
    private bool Weekday(in Candidate c, ref Resolved r)
    {
        var weekday = (Word(c, TokenClass.Weekday) ?? Word(c, TokenClass.WeekdayPlural))?.Weekday ?? 0;
        if (weekday == 0)
        {
            return false;
        }

        var part = Word(c, TokenClass.PartOfDay)?.PartOfDay;
        var type = part is null ? TimeType.Date : TimeType.Time;
        r.Modifier = Boundary(c);
        if (_published is not { } published)
        {
            return Set(ref r, type, null, TimeAnchor.None);
        }

        var direction = Direction(c);
        var tense = direction == 0 ? TenseOf(c) : Tense.Unknown;
        var today = Calendar.IsoDay(published);
        var shift = (direction, tense) switch
        {
            ( < 0, _) => -(((today - weekday + 6) % 7) + 1),
            ( > 0, _) => ((weekday - today + 6) % 7) + 1,
            (_, Tense.Future) => (weekday - today + 7) % 7,
            _ => -((today - weekday + 7) % 7),
        };
        var day = published.AddDays(shift);
        return Set(ref r, type, part is null ? TimexValue.Day(day) : TimexValue.PartOfDay(day, part), TimeAnchor.Publication, day);
    }

    private bool Holiday(in Candidate c, ref Resolved r)
    {
        var rule = c.Pattern.Value ?? Word(c, TokenClass.Holiday)?.Holiday;
        if (rule is null || !Resolution.Holiday.IsValid(rule))
        {
            return false;
        }

        int year;
        var anchor = TimeAnchor.None;
        if (c.Has(TokenClass.Year))
        {
            year = Token(c, TokenClass.Year).A;
        }
        else if (_published is { } published)
        {
            var direction = Direction(c);
            var tense = direction == 0 ? TenseOf(c) : Tense.Unknown;
            var chosen = Calendar.ChooseYear(
                published,
                y => Resolution.Holiday.TryDate(rule, y, out var d) ? (d, d) : null,
                direction,
                tense);
            if (chosen is not { } y)
            {
                return false;
            }

            year = y;
            anchor = TimeAnchor.Publication;
        }
        else
        {
            return Set(ref r, TimeType.Date, null, TimeAnchor.None);
        }

        if (!Resolution.Holiday.TryDate(rule, year, out var date))
        {
            return false;
        }

        return Set(ref r, TimeType.Date, TimexValue.Day(date), anchor, date);
    }

    private bool Season(in Candidate c, ref Resolved r)
    {
        var code = Word(c, TokenClass.Season)?.Season;
        if (code is null)
        {
            return false;
        }

        r.Modifier = Boundary(c);
        if (c.Has(TokenClass.Year))
        {
            return Set(ref r, TimeType.Date, TimexValue.Season(Token(c, TokenClass.Year).A, code), TimeAnchor.None);
        }

        if (_published is not { } published)
        {
            return Set(ref r, TimeType.Date, "XXXX-" + code, TimeAnchor.None);
        }

        var direction = Direction(c);
        var tense = direction == 0 ? TenseOf(c) : Tense.Unknown;
        if (c.Pattern.Parameter == 2 || (c.Pattern.Parameter == 1 && direction == 0 && tense == Tense.Unknown))
        {
            // « la demande augmente en été »: with no tense to place it, a season without a determiner is
            // any year's; « été comme hiver » is any year's whatever the tense.
            return Set(ref r, TimeType.Date, "XXXX-" + code, TimeAnchor.None);
        }

        var chosen = Calendar.ChooseYear(published, y => Calendar.Season(y, code), direction, tense);
        return chosen is { } year && Set(ref r, TimeType.Date, TimexValue.Season(year, code), TimeAnchor.Publication);
    }

    /// <summary>« les années 60 »: the last such decade begun by publication; "1990s", « les années 1990 » as written.</summary>
    private bool Decade(in Candidate c, ref Resolved r)
    {
        r.Modifier = Boundary(c);
        if (c.Has(TokenClass.Decade))
        {
            return Set(ref r, TimeType.Date, TimexValue.Decade(Token(c, TokenClass.Decade).A), TimeAnchor.None);
        }

        if (!c.Has(TokenClass.Count) || Token(c, TokenClass.Count).Value is not (>= 0 and var value) || value % 10 != 0)
        {
            return false;
        }

        var figures = (int)value;
        if (figures is >= 1000 and <= 2990)
        {
            return Set(ref r, TimeType.Date, TimexValue.Decade(figures / 10), TimeAnchor.None);
        }

        if (figures >= 100)
        {
            return false;
        }

        var (published, anchor) = Publication();
        var year = ((published?.Year ?? 1999) / 100 * 100) + figures;
        if (year > (published?.Year ?? 1999))
        {
            year -= 100;
        }

        return Set(ref r, TimeType.Date, TimexValue.Decade(year / 10), anchor);
    }

    private bool Century(in Candidate c, ref Resolved r)
    {
        var ordinal = c.Has(TokenClass.Ordinal) ? OrdinalOf(Token(c, TokenClass.Ordinal)) : 0;
        r.Modifier = Boundary(c);
        return ordinal is >= 1 and <= 30 && Set(ref r, TimeType.Date, TimexValue.Century(ordinal - 1), TimeAnchor.None);
    }

    /// <summary>« le premier trimestre 2024 » 2024-Q1; without a year, of the publication year.</summary>
    private bool PartOfYear(in Candidate c, ref Resolved r)
    {
        var unit = Word(c, TokenClass.Unit)?.Unit.Unit ?? TimeUnit.None;
        var ordinal = c.Has(TokenClass.Ordinal) ? OrdinalOf(Token(c, TokenClass.Ordinal)) : 0;
        var parts = unit switch
        {
            TimeUnit.Quarter => 4,
            TimeUnit.Half => 2,
            _ => 0,
        };
        if (parts == 0 || ordinal < 1 || ordinal > parts)
        {
            return false;
        }

        r.Modifier = Boundary(c);
        int year;
        var anchor = TimeAnchor.None;
        if (c.Has(TokenClass.Year))
        {
            year = Token(c, TokenClass.Year).A;
        }
        else if (_published is { } published)
        {
            year = published.Year;
            anchor = TimeAnchor.Publication;
        }
        else
        {
            var generic = unit == TimeUnit.Quarter ? $"XXXX-Q{ordinal}" : $"XXXX-H{ordinal}";
            return Set(ref r, TimeType.Date, generic, TimeAnchor.None);
        }

        return Set(ref r, TimeType.Date, unit == TimeUnit.Quarter ? TimexValue.Quarter(year, ordinal) : TimexValue.Half(year, ordinal), anchor);
    }

    private static int DayOfMonth(in TimeToken t) => t.Shape switch
    {
        NumberShape.Integer or NumberShape.Ordinal => t.A,
        _ => t.Word?.Ordinal ?? 0,
    };

    private static int OrdinalOf(in TimeToken t) => t.Shape == NumberShape.Ordinal ? t.A : t.Word?.Ordinal ?? 0;

    private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
}
