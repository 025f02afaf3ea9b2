using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Quotes;

/// <summary>
/// Dates a quote by when it was said: the time expression that governs its cue (« a déclaré jeudi »),
/// never one inside the quotation, which speaks of other times than its own; else the publication day.
/// </summary>
public static class QuoteDates
{
    public static Quote Date(Quote quote, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote with { Date = quote.Cue is { } cue ? FactDate.Of(analysis, cue, besides: quote.Content) : FactDate.Publication(analysis) };
    }
}
