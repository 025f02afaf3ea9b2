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

    /// <summary>
    /// Quotes that only have the publication day take the day the text gives the same speaker's other
    /// quotes, when it gives exactly one day (one speech: « Rutte a noté jeudi que … Il a poursuivi : »),
    /// marked <see cref="Dating.Speech"/>. Speakers dated on two days, or never, keep the publication day.
    /// </summary>
    public static IReadOnlyList<Quote> ShareSpeechDay(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var days = new Dictionary<string, FactDate?>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            if (quote is { SpeakerId: { } speaker, Date: { Source: Dating.Text, Day: { } day } date })
            {
                days[speaker] = days.TryGetValue(speaker, out var known) && known is { } other && other.Day != day ? null : date;
            }
        }

        if (days.Count == 0)
        {
            return quotes;
        }

        return [.. quotes.Select(q => q is { SpeakerId: { } speaker, Date.Source: Dating.Publication } && days.GetValueOrDefault(speaker) is { } shared
            ? q with { Date = shared with { Source = Dating.Speech } }
            : q)];
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
