using Vigie.Pipeline;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Contract;

/// <summary>The contract's <c>quotes</c>, from the Quotes stage.</summary>
internal static class QuoteRecords
{
    public static IReadOnlyList<QuoteRecord> From(Analysis analysis)
    {
        var text = analysis.Article.Text;
        return [.. analysis.Quotes.Select(quote => new QuoteRecord(
            quote.Kind.ToString().ToLowerInvariant(),
            Slice(text, quote.Content),
            quote.Content.Start,
            quote.Content.End,
            quote.SpeakerId,
            quote.Cue is { } cue ? Words(text, cue) : null,
            Math.Round(quote.Confidence, 3),
            quote.Speaker is { } speaker ? Words(text, speaker) : null,
            quote.Clue.ToString().ToLowerInvariant(),
            quote.Date.Text,
            quote.Date.From,
            quote.Rest is { } rest ? Words(text, rest) : null))];
    }

    private static TextRecord Words(string text, TextSpan span) => new(span.Start, span.End, Slice(text, span));

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
