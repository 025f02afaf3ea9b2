using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Whether a counted act is history or background told again rather than news (<see cref="EventStatus.Recalled"/>): dated a year or
/// more back by the words of its clause, or summed up over a year or more up to now. (The clause-bound readings, a pluperfect
/// main clause and a habit, are the event coder's.)
/// </summary>
internal static class EventHistory
{
    /// <summary>How many characters before a trigger an ordinal may make it a first time (« leurs premières manœuvres »).</summary>
    private const int OrdinalReach = 16;

    /// <summary>How many characters after a trigger a span of years may stand and still sum up its act (« … à de lourdes peines de prison en Azerbaïdjan ces deux dernières années »).</summary>
    private const int SummaryReach = 80;

    /// <summary>Whether the act, dated by <paramref name="date"/>, is told again: dated back (<see cref="IsYearsBack"/>) or summed up over years.</summary>
    public static bool IsToldAgain(Event e, FactDate date, Analysis analysis, EventRules rules) =>
        IsDatedBack(e, date, analysis, rules) || SummarisesYears(e, analysis, rules);

    /// <summary>
    /// « Dans les années 1980, Paris et Tripoli s’étaient affrontés », "who in November 1989 refused": an act dated a year or more
    /// back (<see cref="IsYearsBack"/>) is history told again, when its date comes before the trigger, or after it in the same
    /// clause behind a dating preposition ("fought a border war from 1998 to 2000", « a signé en 1998 à Brasilia un accord »).
    /// (Another date after the trigger is too often another act's: « soupçonné d’avoir participé à l’attentat de 1994 ».)
    /// </summary>
    private static bool IsDatedBack(Event e, FactDate date, Analysis analysis, EventRules rules)
    {
        if (date.Source != Dating.Text || analysis.Article.Published is not { } published || !IsYearsBack(date, published)
            || date.Expression is not { } time)
        {
            return false;
        }

        var text = analysis.Article.Text.AsSpan();
        if (time.End <= e.Trigger.Start)
        {
            return !StartsNewClause(text[time.End..e.Trigger.Start], rules);
        }

        // The words after the trigger's first one: a trigger of several words may hold the date (« signé en 1998 à Brasilia un accord »).
        var head = text[e.Trigger.Start..e.Trigger.End].IndexOfAny(' ', '\u00A0') is var space and >= 0 ? e.Trigger.Start + space : e.Trigger.End;
        if (time.Start < head)
        {
            return false;
        }

        var between = text[head..time.Start].TrimEnd();
        var preposition = between[(between.LastIndexOfAny(' ', '\u00A0') + 1)..];
        // "the first joint drills since 2019", « leurs premières manœuvres conjointes depuis 2019 »: a first time in years is news.
        var lead = text[Math.Max(0, e.Trigger.Start - OrdinalReach)..e.Trigger.Start];
        return preposition.Length > 0 && rules.Has(EventWordClass.DatingPreposition, TextFold.FoldWithoutDiacritics(preposition))
            && !StartsNewClause(between, rules) && !ParticipleHoldsDate(between, rules)
            && !HoldsWordOf(between, rules, EventWordClass.Ordinal) && !HoldsWordOf(lead, rules, EventWordClass.Ordinal);
    }

    /// <summary>
    /// "released two soldiers captured in 2024", « un mandat contre X, soupçonné d’avoir participé à l’attentat en 1994 »: the date is
    /// a participle's when one stands right before its preposition or opens a phrase after a comma (only there: « un traité de paix
    /// depuis 2022 » holds a noun in « -é »).
    /// </summary>
    private static bool ParticipleHoldsDate(ReadOnlySpan<char> between, EventRules rules)
    {
        var beforePreposition = between[..Math.Max(0, between.LastIndexOfAny(' ', '\u00A0'))].TrimEnd();
        if (IsParticiple(beforePreposition[(beforePreposition.LastIndexOfAny(' ', '\u00A0') + 1)..], rules))
        {
            return true;
        }

        foreach (var range in between.Split(','))
        {
            var phrase = between[range].TrimStart();
            var space = phrase.IndexOfAny(' ', '\u00A0');
            if (range.Start.Value > 0 && IsParticiple(space < 0 ? phrase : phrase[..space], rules))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticiple(ReadOnlySpan<char> word, EventRules rules)
    {
        if (word.Length <= 3 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var ending in rules.AttributiveParticipleEndings.Concat(rules.PastParticipleEndings))
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Dozens of journalists have been jailed over the past two years", « condamnés ces deux dernières années »: an act counted over
    /// a year or more up to now, in its clause after the trigger, sums up many acts; none of them is the news.
    /// </summary>
    private static bool SummarisesYears(Event e, Analysis analysis, EventRules rules)
    {
        var text = analysis.Article.Text.AsSpan();
        foreach (var time in analysis.Times)
        {
            if (time.Type != TimeType.Duration || time.Start < e.Trigger.End || time.Start - e.Trigger.End > SummaryReach || !SpansAYearOrMore(time.Value)
                || !HoldsWordOf(time.In(analysis.Article.Text), rules, EventWordClass.Elapsed))
            {
                continue;
            }

            var between = text[e.Trigger.End..time.Start];
            if (!between.ContainsAny('.', '!', '?') && !StartsNewClause(between, rules))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a TIMEX3 duration (P2Y, P18M) lasts a year or more.</summary>
    private static bool SpansAYearOrMore(string? value) =>
        value is { Length: >= 3 } && value[0] == 'P' && int.TryParse(value.AsSpan(1, value.Length - 2), System.Globalization.CultureInfo.InvariantCulture, out var count)
        && (value[^1] == 'Y' ? count >= 1 : value[^1] == 'M' && count >= 12);

    /// <summary>
    /// Whether a date lies a year or more back: a month or a day more than twelve months before <paramref name="published"/>
    /// ("in April 2024" in a September 2025 article), a bare year two years or more before it ("in 2023" in 2025, not "last year").
    /// </summary>
    private static bool IsYearsBack(FactDate date, DateOnly published)
    {
        if (date.Day is not { } day)
        {
            return false;
        }

        var monthKnown = date.Value is { Length: >= 7 } value && value[4] == '-' && char.IsAsciiDigit(value[5]);
        return monthKnown ? (published.Year * 12) + published.Month - ((day.Year * 12) + day.Month) > 12 : day.Year < published.Year - 1;
    }

    /// <summary>
    /// « rompues en 2023 au profit de Pékin, et s’est engagé », "arrested X, who had fought in 1999": a clause joined after a comma,
    /// a semicolon or a relative pronoun is another act's.
    /// </summary>
    private static bool StartsNewClause(ReadOnlySpan<char> between, EventRules rules)
    {
        if (between.Contains(';') || between.Contains(", et ", StringComparison.Ordinal) || between.Contains(", and ", StringComparison.Ordinal))
        {
            return true;
        }

        return HoldsWordOf(between, rules, EventWordClass.RelativePronoun);
    }

    /// <summary>Whether a word of <paramref name="wordClass"/> stands in <paramref name="between"/>.</summary>
    private static bool HoldsWordOf(ReadOnlySpan<char> between, EventRules rules, EventWordClass wordClass)
    {
        foreach (var range in between.SplitAny(" ,\u00A0"))
        {
            if (between[range] is { Length: > 0 } word && rules.Has(wordClass, TextFold.FoldWithoutDiacritics(word)))
            {
                return true;
            }
        }

        return false;
    }
}
