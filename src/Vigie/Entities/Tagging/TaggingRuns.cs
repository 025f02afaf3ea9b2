using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Cuts a document's tokens into the runs that are tagged one at a time: the tokens of each
/// sentence (a mention never crosses a sentence), the tokens outside every sentence as runs of
/// their own, and runs longer than <see cref="MaxTokens"/> in pieces of that size.
/// </summary>
internal static class TaggingRuns
{
    public const int MaxTokens = 256;

    /// <summary>Appends the runs as token index ranges [Start, End), in order, covering every token once.</summary>
    public static void Split(ReadOnlySpan<Token> tokens, IReadOnlyList<TextSpan> sentences, List<(int Start, int End)> runs)
    {
        var t = 0;
        var s = 0;
        while (t < tokens.Length)
        {
            while (s < sentences.Count && sentences[s].End <= tokens[t].Start)
            {
                s++;
            }

            // The tokens that start inside sentence s, or those before it that no sentence holds.
            var limit = s >= sentences.Count ? int.MaxValue
                : sentences[s].Start <= tokens[t].Start ? sentences[s].End
                : sentences[s].Start;
            var end = t + 1;
            while (end < tokens.Length && tokens[end].Start < limit)
            {
                end++;
            }

            for (var chunk = t; chunk < end; chunk += MaxTokens)
            {
                runs.Add((chunk, Math.Min(end, chunk + MaxTokens)));
            }

            t = end;
        }
    }
}
