using Vigie.Actors;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Quotes;

public static partial class SpeakerAttribution
{
    /// <summary>Quotation marks and the spaces around them.</summary>
    private const string MarksAndSpaces = "«»“”\"\u00A0\u202F \t";

    /// <summary>
    /// Interviews written as paragraphs that are each one quotation with no cue, the first a question: the answers (quotations
    /// that ask nothing) are the person the paragraph before presents most (« Josiane Le Bihan … Elle a reçu notre journaliste »),
    /// the questions nobody's — not the answer's speaker going on. Only quotes no cue gave a speaker are read (a paragraph or a
    /// continuation may have given one).
    /// </summary>
    private static void AttributeInterviews(List<Quote> quotes, IReadOnlyList<ResolvedEntity> entities, string text)
    {
        for (var first = 0; first < quotes.Count; first++)
        {
            // The first question follows narrative (« Il a reçu notre journaliste »), not a quotation it would go on from.
            if (!IsUncuedParagraph(quotes[first], text) || !IsQuestion(quotes[first], text) || quotes[first].Clue == SpeakerClue.Continuation
                || PresentedBefore(quotes[first], entities, text) is not { } interviewed)
            {
                continue;
            }

            var last = first;
            while (last + 1 < quotes.Count && IsUncuedParagraph(quotes[last + 1], text) && InNextParagraph(quotes[last], quotes[last + 1], text))
            {
                last++;
            }

            for (var i = first; i <= last && last > first; i++)
            {
                quotes[i] = IsQuestion(quotes[i], text)
                    ? quotes[i] with { SpeakerId = null, Clue = SpeakerClue.None }
                    : quotes[i] with { SpeakerId = interviewed, Clue = SpeakerClue.Interview, Confidence = 0.7 * quotes[i].Confidence };
            }

            first = last;
        }
    }

    /// <summary>A direct quotation no cue introduces that is a whole paragraph.</summary>
    private static bool IsUncuedParagraph(Quote quote, string text) =>
        quote is { Kind: QuoteKind.Direct, Cue: null, Rest: null, Clue: SpeakerClue.None or SpeakerClue.Continuation or SpeakerClue.Paragraph }
        && LineBefore(text, quote.Content.Start).Trim(MarksAndSpaces).IsEmpty && LineAfter(text, quote.Content.End).Trim(MarksAndSpaces).IsEmpty;

    private static bool IsQuestion(Quote quote, string text) => quote.Content.In(text).TrimEnd(MarksAndSpaces).EndsWith('?');

    /// <summary>Whether the second quotation opens a paragraph right after the first's, with nothing but marks and line breaks between.</summary>
    private static bool InNextParagraph(Quote before, Quote after, string text)
    {
        var between = text.AsSpan(before.End, after.Content.Start - before.End);
        return between.Contains('\n') && between.Trim(MarksAndSpaces + "\r\n").IsEmpty;
    }

    /// <summary>The person the paragraph before the quotation mentions most (the first named, on a tie); null when none.</summary>
    private static string? PresentedBefore(Quote quote, IReadOnlyList<ResolvedEntity> entities, string text) =>
        ParagraphBefore(text, quote.Content.Start) is var (start, end) ? MostMentionedPerson(start, end, entities) : null;

    /// <summary>The person mentioned most between two text offsets (the first named, on a tie); null when none.</summary>
    private static string? MostMentionedPerson(int start, int end, IReadOnlyList<ResolvedEntity> entities) =>
        entities.Where(e => e.Kind == ActorKind.Person)
            .Select(e => (e.Id, Mentions: e.Mentions.Where(m => m.Start >= start && m.End <= end).ToList()))
            .Where(p => p.Mentions.Count > 0)
            .OrderByDescending(p => p.Mentions.Count).ThenBy(p => p.Mentions.Min(m => m.Start))
            .Select(p => p.Id).FirstOrDefault();

    private static ReadOnlySpan<char> LineBefore(string text, int offset)
    {
        var lineStart = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        return text.AsSpan(lineStart, offset - lineStart);
    }

    private static ReadOnlySpan<char> LineAfter(string text, int offset)
    {
        var lineEnd = text.IndexOf('\n', offset);
        return text.AsSpan(offset, (lineEnd < 0 ? text.Length : lineEnd) - offset);
    }
}
