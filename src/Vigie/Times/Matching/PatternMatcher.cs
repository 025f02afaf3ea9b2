namespace Vigie.Times.Matching;

/// <summary>
/// Matches one compiled pattern at one place of a sentence's tokens. Elements are tried greedily
/// (an optional element is taken when it can be) with backtracking, so the first match found is the
/// longest along that path; patterns are a few elements long, so this stays cheap.
/// </summary>
internal static class PatternMatcher
{
    /// <summary>The most elements a pattern may have.</summary>
    public const int MaxElements = 16;

    /// <summary>
    /// Matches <paramref name="pattern"/> at token <paramref name="start"/>, within the sentence's tokens
    /// [<paramref name="floor"/>, <paramref name="limit"/>).
    /// </summary>
    public static bool TryMatch(CompiledPattern pattern, ReadOnlySpan<TimeToken> tokens, int start, int floor, int limit, out Candidate candidate)
    {
        candidate = default;
        var elements = pattern.Elements;
        if (elements.Length > MaxElements)
        {
            return false;
        }

        Span<int> positions = stackalloc int[MaxElements];
        if (!Match(elements, 0, tokens, start, floor, limit, positions))
        {
            return false;
        }

        var spanStart = -1;
        var spanEnd = -1;
        ((Span<int>)candidate.Captures).Fill(-1);
        for (var e = 0; e < elements.Length; e++)
        {
            var at = positions[e];
            var element = elements[e];
            if (at < 0 || element.Negative)
            {
                continue;
            }

            if (!element.Context)
            {
                spanStart = spanStart < 0 ? at : spanStart;
                spanEnd = at + 1;
            }

            Capture(ref candidate.Captures, tokens[at].Classes & element.Classes, at);
        }

        // The roles of words matched as words ("night" in "last night") fill only what no class filled.
        for (var e = 0; e < elements.Length; e++)
        {
            var at = positions[e];
            if (at >= 0 && !elements[e].Negative && tokens[at].Word is { } word && Array.BinarySearch(elements[e].Words, word.Id) >= 0)
            {
                Capture(ref candidate.Captures, tokens[at].Classes & word.Classes, at);
            }
        }

        candidate.Pattern = pattern;
        candidate.SpanStart = spanStart;
        candidate.SpanEnd = spanEnd;
        return spanStart >= 0;
    }

    private static void Capture(ref Captures captures, ulong classes, int at)
    {
        while (classes != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(classes);
            classes &= classes - 1;
            if (bit < Captures.Size && captures[bit] < 0)
            {
                captures[bit] = at;
            }
        }
    }

    private static bool Match(PatternElement[] elements, int e, ReadOnlySpan<TimeToken> tokens, int i, int floor, int limit, Span<int> positions)
    {
        if (e == elements.Length)
        {
            return true;
        }

        var element = elements[e];
        if (element.Negative)
        {
            // A negative element first looks at the token before the match, last at the token after it.
            var at = e == 0 ? i - 1 : i;
            positions[e] = -1;
            var absent = at < floor || at >= limit || !element.Accepts(tokens[at]);
            return absent && Match(elements, e + 1, tokens, i, floor, limit, positions);
        }

        if (i < limit && element.Accepts(tokens[i]))
        {
            positions[e] = i;
            if (Match(elements, e + 1, tokens, i + 1, floor, limit, positions))
            {
                return true;
            }
        }

        if (element.Optional)
        {
            positions[e] = -1;
            return Match(elements, e + 1, tokens, i, floor, limit, positions);
        }

        return false;
    }
}
