using System.Globalization;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Times;

/// <summary>
/// Finds the time expression that governs a span (a quotation, an event's words), for the stages
/// that date what they find. Reads the Times, Sentences and Tokens of an <see cref="Analysis"/>.
/// </summary>
/// <remarks>
/// A time governs a span when it is a dated expression (a DATE or TIME with a value that is not
/// PRESENT_REF, PAST_REF or FUTURE_REF) and, in this order: it overlaps the span; or it is the nearest
/// one in the span's clause (the part of the sentence between ; : ( ) [ ] dashes and quotation marks);
/// or it is the nearest one in the span's sentence. At equal distance the earlier one wins. Otherwise
/// the publication date stands, flagged as such.
/// </remarks>
public static class TimeAnchors
{
    public static GoverningTime For(Analysis analysis, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Article.Text;
        var sentence = SentenceOf(analysis.Sentences, span.Start, text.Length);
        var clause = ClauseOf(analysis.Tokens, text, sentence, span);
        TimeExpression? inSentence = null;
        TimeExpression? inClause = null;
        var bestSentence = int.MaxValue;
        var bestClause = int.MaxValue;
        foreach (var time in analysis.Times)
        {
            if (!IsDated(time) || time.End <= sentence.Start || time.Start >= sentence.End)
            {
                continue;
            }

            if (time.Start < span.End && span.Start < time.End)
            {
                return new GoverningTime(time.Value, time, false);
            }

            var distance = time.End <= span.Start ? span.Start - time.End : time.Start - span.End;
            if (distance < bestSentence)
            {
                (inSentence, bestSentence) = (time, distance);
            }

            if (time.Start >= clause.Start && time.End <= clause.End && distance < bestClause)
            {
                (inClause, bestClause) = (time, distance);
            }
        }

        if ((inClause ?? inSentence) is { } governing)
        {
            return new GoverningTime(governing.Value, governing, false);
        }

        var published = analysis.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new GoverningTime(published, null, true);
    }

    private static bool IsDated(TimeExpression time) =>
        time.Type is TimeType.Date or TimeType.Time
        && time.Value is { Length: > 0 } value
        && !value.EndsWith("_REF", StringComparison.Ordinal);

    /// <summary>The sentence holding <paramref name="position"/>, or the whole text when none does.</summary>
    private static TextSpan SentenceOf(IReadOnlyList<TextSpan> sentences, int position, int length)
    {
        foreach (var sentence in sentences)
        {
            if (position < sentence.End && position >= sentence.Start)
            {
                return sentence;
            }
        }

        return new TextSpan(0, length);
    }

    /// <summary>The part of the sentence around the span between clause punctuation and quotation marks.</summary>
    private static TextSpan ClauseOf(IReadOnlyList<Token> tokens, string text, TextSpan sentence, TextSpan span)
    {
        var (start, end) = (sentence.Start, sentence.End);
        foreach (var token in tokens)
        {
            if (token.End <= sentence.Start || !IsClauseBoundary(token, text))
            {
                continue;
            }

            if (token.Start >= sentence.End)
            {
                break;
            }

            if (token.End <= span.Start)
            {
                start = token.End;
            }
            else if (token.Start >= span.End)
            {
                end = Math.Min(end, token.Start);
                break;
            }
        }

        return new TextSpan(start, end);
    }

    private static bool IsClauseBoundary(Token token, string text) => token.Kind switch
    {
        TokenKind.OpenQuote or TokenKind.CloseQuote => true,
        TokenKind.Punctuation => text[token.Start] is ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–',
        _ => false,
    };
}
