using Vigie.Text;

namespace Vigie.Quotes;

/// <summary>
/// Pairs opening and closing quotation marks into top-level quoted regions. Nested quotes stay inside
/// their outer region. A quote left open at the end of a paragraph goes on when the next paragraph
/// opens with the same mark (the French and English way of quoting over several paragraphs);
/// otherwise it ends with its paragraph.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuotedRegion> Pair(string text, IReadOnlyList<Token> tokens)
    {
        var regions = new List<QuotedRegion>();
        var depth = 0;
        var open = -1;
        var openMark = '\0';
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (depth > 0 && t > 0 && LineBreakBetween(text, tokens[t - 1].End, token.Start))
            {
                if (token.Kind == TokenKind.OpenQuote && text[token.Start] == openMark && depth == 1)
                {
                    continue;
                }

                if (t - 1 > open)
                {
                    regions.Add(new QuotedRegion(open, -1, open + 1, t - 1));
                }

                depth = 0;
            }

            if (token.Kind == TokenKind.OpenQuote)
            {
                if (depth++ == 0)
                {
                    open = t;
                    openMark = text[token.Start];
                }
            }
            else if (token.Kind == TokenKind.CloseQuote && depth > 0)
            {
                if (--depth == 0 && t - 1 > open)
                {
                    regions.Add(new QuotedRegion(open, t, open + 1, t - 1));
                }
            }
        }

        if (depth > 0 && tokens.Count - 1 > open)
        {
            regions.Add(new QuotedRegion(open, -1, open + 1, tokens.Count - 1));
        }

        return regions;
    }

    private static bool LineBreakBetween(string text, int from, int to) => TextChars.ContainsLineBreak(text.AsSpan(from, to - from));
}
