using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Quotes;

/// <summary>
/// Dates a quote by when it was said: the time expression that governs its cue (« a déclaré jeudi »,
/// « Jeudi, X a averti que »), taken from the cue's sentence up to the first comma after the cue — not
/// from what follows (« a-t-il déclaré, faisant référence au sommet d’il y a quelques jours ») nor from
/// inside the quotation, which speak of other times; else the publication day.
/// </summary>
public static class QuoteDates
{
    public static Quote Date(Quote quote, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(analysis);
        if (quote.Cue is not { } cue)
        {
            return quote with { Date = FactDate.Publication(analysis) };
        }

        return quote with { Date = FactDate.Of(analysis, cue, besides: quote.Content, within: SaidIn(analysis, cue)) };
    }

    /// <summary>The cue's sentence from its start to the first comma or full stop after the cue.</summary>
    private static TextSpan SaidIn(Analysis analysis, TextSpan cue)
    {
        var text = analysis.Article.Text;
        var start = 0;
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Start <= cue.Start && cue.Start < sentence.End)
            {
                start = sentence.Start;
                break;
            }
        }

        var end = text.AsSpan(cue.End).IndexOfAny(',', '.', '\n');
        return new TextSpan(start, end < 0 ? text.Length : cue.End + end);
    }
}
