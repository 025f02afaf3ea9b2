using Vigie.Pipeline;
using Vigie.Quotes;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Contract;

/// <summary>The contract's <c>quotes</c>, from the Quotes stage.</summary>
internal static class QuoteRecords
{
    public static IReadOnlyList<QuoteRecord> From(Analysis analysis)
    {
        var text = analysis.Article.Text;
        return [.. analysis.Quotes.Select(quote =>
        {
            var (date, from) = Said(analysis, quote);
            return new QuoteRecord(
                quote.Kind.ToString().ToLowerInvariant(),
                Slice(text, quote.Content),
                quote.Content.Start,
                quote.Content.End,
                quote.SpeakerId,
                quote.Cue is { } cue ? Words(text, cue) : null,
                Math.Round(quote.Confidence, 3),
                quote.Speaker is { } speaker ? Words(text, speaker) : null,
                quote.Clue.ToString().ToLowerInvariant(),
                date,
                from);
        })];
    }

    /// <summary>
    /// When the quote was said: the time governing its cue (« a déclaré jeudi »), never one inside the
    /// quotation, which is what the speaker talks about; else the publication date.
    /// </summary>
    private static (string? Date, string? From) Said(Analysis analysis, Quote quote)
    {
        var governing = quote.Cue is { } cue ? TimeAnchors.For(analysis, cue) : default;
        if (governing.Expression is { } time && !(time.Start >= quote.Content.Start && time.End <= quote.Content.End))
        {
            return (governing.Value, "text");
        }

        return analysis.Article.Published is { } published
            ? (published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "publication")
            : (null, null);
    }

    private static TextRecord Words(string text, TextSpan span) => new(span.Start, span.End, Slice(text, span));

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
