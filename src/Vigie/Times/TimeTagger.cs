using System.Buffers;
using Vigie.Text;
using Vigie.Times.Matching;
using Vigie.Times.Resolution;

namespace Vigie.Times;

/// <summary>
/// The time stage: finds the time expressions of an article in the tokens of the Text stage and
/// resolves each against the publication date. Thread-safe: it holds only frozen rules and keeps the
/// state of one call in pooled buffers.
/// </summary>
/// <remarks>
/// Left to right, at each token the patterns that may start there are tried; the match that reaches
/// furthest wins (then the longest, then the earliest pattern), and its meaning turns it into a value.
/// A match never crosses a sentence boundary and expressions never overlap. docs/TIMES.md has the
/// rules; <see cref="TimeRules"/> has the language's words and patterns.
/// </remarks>
public sealed class TimeTagger
{
    public TimeTagger(TimeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    public TimeRules Rules { get; }

    /// <summary>
    /// The time expressions of <paramref name="text"/>, in text order, given its
    /// <paramref name="tokens"/> and <paramref name="sentences"/> (from the Text stage) and its
    /// publication date (null: relative expressions get a null value).
    /// </summary>
    public IReadOnlyList<TimeExpression> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0)
        {
            return [];
        }

        var buffer = ArrayPool<TimeToken>.Shared.Rent(tokens.Count);
        var tried = ArrayPool<int>.Shared.Rent(Math.Max(Rules.PatternCount, 1));
        try
        {
            Array.Clear(tried, 0, Rules.PatternCount);
            TokenClassifier.Classify(text, tokens, sentences, Rules, buffer);
            return Scan(text, buffer, tokens.Count, tried, published);
        }
        finally
        {
            // The tokens hold only lexicon entries, which live as long as the rules: no need to clear them.
            ArrayPool<TimeToken>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(tried);
        }
    }

    private IReadOnlyList<TimeExpression> Scan(string text, TimeToken[] tokens, int count, int[] tried, DateOnly? published)
    {
        List<TimeExpression>? found = null;
        List<Placed>? placed = null;
        List<Candidate>? candidates = null;
        TimeResolver? resolver = null;
        var (floor, limit) = (0, 0);
        var i = 0;
        while (i < count)
        {
            ref readonly var token = ref tokens[i];
            if (token.Classes == 0 && token.Word is not { StartsPatterns: true })
            {
                i++;
                continue;
            }

            if (i >= limit)
            {
                (floor, limit) = Sentence(tokens, count, i);
            }

            candidates ??= [];
            candidates.Clear();
            Collect(tokens, i, floor, limit, tried, candidates);
            if (candidates.Count == 0)
            {
                i++;
                continue;
            }

            // A match whose span starts after some context (« dans » in « dans la nuit ») competes with
            // the matches that start inside that context (« la nuit de lundi à mardi »).
            var reach = i;
            foreach (var candidate in candidates)
            {
                reach = Math.Max(reach, candidate.SpanStart);
            }

            for (var j = i + 1; j <= reach && j < limit; j++)
            {
                Collect(tokens, j, floor, limit, tried, candidates);
            }

            candidates.Sort(static (a, b) =>
                a.SpanEnd != b.SpanEnd ? b.SpanEnd.CompareTo(a.SpanEnd)
                : a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart)
                : a.Pattern.Order.CompareTo(b.Pattern.Order));
            resolver ??= new TimeResolver(text, tokens, count, Rules, published);
            var next = i + 1;
            foreach (var candidate in candidates)
            {
                if (!TryResolve(resolver, candidate, out var resolved))
                {
                    continue;
                }

                next = candidate.SpanEnd;
                if (resolved.Excluded)
                {
                    break;
                }

                var start = ExtendWithModifier(tokens, candidate, ref resolved, found is { Count: > 0 } ? found[^1].End : -1);
                (found ??= []).Add(new TimeExpression(
                    start,
                    tokens[candidate.SpanEnd - 1].End,
                    resolved.Type,
                    resolved.Value,
                    resolved.Approximate,
                    resolved.Anchor,
                    resolved.Modifier,
                    candidate.Pattern.Source.Pattern));
                (placed ??= []).Add(new Placed(tokens[candidate.SpanStart].Sentence, resolved.Day, resolved.ClockOnReference, resolved.SameMoment, resolved.SameTimeOfYear));
                if (resolved.Day is { } day)
                {
                    resolver.Reference = day;
                }

                if (resolved.Type is TimeType.Date or TimeType.Time && resolved.Value is { Length: >= 4 } value && char.IsAsciiDigit(value[0]))
                {
                    resolver.LastDate = value;
                }

                break;
            }

            i = Math.Max(next, i + 1);
        }

        if (found is null)
        {
            return [];
        }

        PutClocksOnTheirDay(found, placed!);
        GiveMomentsTheirTime(found, placed!);
        GiveTimesOfYearTheirYear(found, placed!);
        return found.ToArray();
    }

    /// <summary>Where an expression was found and what day it names, for the second look at times of day.</summary>
    private readonly record struct Placed(int Sentence, DateOnly? Day, bool ClockOnReference, bool SameMoment, bool SameTimeOfYear);

    /// <summary>
    /// « Vers 0 h 40, jeudi, … »: a time of day with no day before it in its sentence belongs to the
    /// first day named after it in the sentence, rather than to an earlier sentence's day.
    /// </summary>
    private static void PutClocksOnTheirDay(List<TimeExpression> found, List<Placed> placed)
    {
        // Backwards: the first day named after each expression in its sentence.
        var dayAfter = new DateOnly?[found.Count];
        DateOnly? next = null;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            dayAfter[k] = k + 1 < found.Count && placed[k + 1].Sentence == placed[k].Sentence ? next : null;
            next = placed[k].Day is { } day && !placed[k].ClockOnReference ? day : dayAfter[k];
        }

        // Forwards: a time of day with no day before it in its sentence takes that day.
        var dayBefore = false;
        for (var k = 0; k < found.Count; k++)
        {
            if (k == 0 || placed[k].Sentence != placed[k - 1].Sentence)
            {
                dayBefore = false;
            }

            if (placed[k].ClockOnReference && !dayBefore && dayAfter[k] is { } day && found[k].Value is { Length: > 10 } value)
            {
                var clock = value.AsSpan(value.IndexOf('T', StringComparison.Ordinal));
                found[k] = found[k] with { Value = string.Concat(Resolution.TimexValue.Day(day), clock), Anchor = TimeAnchor.Text };
            }

            dayBefore |= placed[k].Day is not null;
        }
    }

    /// <summary>
    /// « Le feu a pris vers 15 h 30. Personne n’était là à ce moment-là »: a moment named back takes the
    /// time of day last mentioned on its day; going back, an expression on another day ends the search.
    /// </summary>
    private static void GiveMomentsTheirTime(List<TimeExpression> found, List<Placed> placed)
    {
        for (var k = 0; k < found.Count; k++)
        {
            if (!placed[k].SameMoment || found[k].Value is not { Length: 10 } day)
            {
                continue;
            }

            for (var j = k - 1; j >= 0; j--)
            {
                if (found[j].Type is not (TimeType.Date or TimeType.Time) || found[j].Value is not { Length: >= 10 } value || value[4] != '-')
                {
                    continue;
                }

                if (!value.StartsWith(day, StringComparison.Ordinal))
                {
                    break;
                }

                if (found[j].Type == TimeType.Time && value.Length > 11 && char.IsAsciiDigit(value[11]))
                {
                    found[k] = found[k] with { Type = TimeType.Time, Value = value, Approximate = found[j].Approximate };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// « en hausse par rapport à l’an dernier à la même époque »: the month of publication in the year
    /// named nearest in the sentence (before it first at equal distance).
    /// </summary>
    private static void GiveTimesOfYearTheirYear(List<TimeExpression> found, List<Placed> placed)
    {
        for (var k = 0; k < found.Count; k++)
        {
            if (!placed[k].SameTimeOfYear || found[k].Value is not { Length: 7 } month)
            {
                continue;
            }

            for (var distance = 1; distance < found.Count; distance++)
            {
                var year = YearOf(found, placed, k, k - distance) ?? YearOf(found, placed, k, k + distance);
                if (year is not null)
                {
                    found[k] = found[k] with { Value = string.Concat(year, month.AsSpan(4)) };
                    break;
                }
            }
        }
    }

    /// <summary>The year value of expression <paramref name="j"/> when it is a year in the sentence of <paramref name="k"/>.</summary>
    private static string? YearOf(List<TimeExpression> found, List<Placed> placed, int k, int j) =>
        j >= 0 && j < found.Count && placed[j].Sentence == placed[k].Sentence && found[j].Type == TimeType.Date
            && found[j].Value is { Length: 4 } year && year.All(char.IsAsciiDigit) ? year : null;

    /// <summary>Every pattern that matches at token <paramref name="i"/>, each tried once.</summary>
    private void Collect(TimeToken[] tokens, int i, int floor, int limit, int[] tried, List<Candidate> candidates)
    {
        ref readonly var token = ref tokens[i];
        var stamp = i + 1;

        // Every token a match takes is a lexicon word or has a class: the run of such tokens bounds it.
        var run = 1;
        while (i + run < limit && run < PatternMatcher.MaxElements && (tokens[i + run].Word is not null || tokens[i + run].Classes != 0))
        {
            run++;
        }

        if (token.Word is { } word)
        {
            TryAll(Rules.PatternsStartingWith(word.Id), tokens, i, floor, limit, run, tried, stamp, candidates);
        }

        var classes = token.Classes;
        while (classes != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(classes);
            classes &= classes - 1;
            TryAll(Rules.PatternsStartingWith((TokenClass)bit), tokens, i, floor, limit, run, tried, stamp, candidates);
        }
    }

    private static void TryAll(CompiledPattern[] patterns, TimeToken[] tokens, int i, int floor, int limit, int run, int[] tried, int stamp, List<Candidate> candidates)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.MinLength > run || tried[pattern.Order] == stamp)
            {
                continue;
            }

            tried[pattern.Order] = stamp;
            if (PatternMatcher.TryMatch(pattern, tokens, i, floor, limit, out var candidate))
            {
                candidates.Add(candidate);
            }
        }
    }

    /// <summary>Resolves, treating a date beyond the calendar's range (year 1 to 9999) as no match.</summary>
    private static bool TryResolve(TimeResolver resolver, in Candidate candidate, out Resolved resolved)
    {
        try
        {
            return resolver.TryResolve(candidate, out resolved);
        }
        catch (ArgumentOutOfRangeException)
        {
            resolved = default;
            return false;
        }
    }

    /// <summary>
    /// « environ », « plus de », "about" before a duration joins the expression and sets its modifier
    /// (« vers 15 h » stays « 15 h », as in the French TimeBank); returns the start of the expression.
    /// </summary>
    private int ExtendWithModifier(TimeToken[] tokens, in Candidate candidate, ref Resolved resolved, int previousEnd)
    {
        var start = tokens[candidate.SpanStart].Start;
        if (candidate.Pattern.Kind is not (TimePatternKind.Duration or TimePatternKind.Recent) || resolved.Modifier != TimeModifier.None)
        {
            return start;
        }

        var sentence = tokens[candidate.SpanStart].Sentence;
        foreach (var phrase in Rules.Modifiers)
        {
            var first = candidate.SpanStart - phrase.Words.Length;
            if (first < 0 || tokens[first].Sentence != sentence || tokens[first].Start < previousEnd)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Words.Length && matches; k++)
            {
                matches = tokens[first + k].Word?.Id == phrase.Words[k];
            }

            if (matches)
            {
                resolved.Modifier = phrase.Modifier;
                resolved.Approximate |= phrase.Modifier == TimeModifier.Approx;
                return tokens[first].Start;
            }
        }

        return start;
    }

    /// <summary>The tokens [first, end) of the sentence of token <paramref name="i"/>.</summary>
    private static (int First, int End) Sentence(TimeToken[] tokens, int count, int i)
    {
        var sentence = tokens[i].Sentence;
        var first = i;
        while (first > 0 && tokens[first - 1].Sentence == sentence)
        {
            first--;
        }

        var end = i + 1;
        while (end < count && tokens[end].Sentence == sentence)
        {
            end++;
        }

        return (first, end);
    }
}
