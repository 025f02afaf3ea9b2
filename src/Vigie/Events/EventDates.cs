using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Dates an event from the text: the time expression that governs its trigger (<see cref="FactDate"/>);
/// else, for an event that is the act of saying a quote (its trigger is the quote's cue: « X a averti
/// que « … » »), the day of that quote when the text or its speech gives one; else the publication day.
/// </summary>
public static class EventDates
{
    public static Event Date(Event e, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(analysis);
        var date = FactDate.Of(analysis, e.Trigger);
        if (date.Source == Dating.Publication
            && analysis.Quotes.FirstOrDefault(q => q.Cue is { } cue && cue.Overlaps(e.Trigger)) is { Date.Source: Dating.Text or Dating.Speech } said)
        {
            date = said.Date;
        }

        return e with { Date = date.Day, DateValue = date.Value, Dating = date.Source };
    }
}
