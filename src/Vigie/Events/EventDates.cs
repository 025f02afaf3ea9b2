using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Dates an event from the text: the time expression that governs its trigger (<see cref="FactDate"/>);
/// else, for an event that is the act of saying a quote (its trigger is the quote's cue: « X a averti
/// que « … » »), the day of that quote when the text or its speech gives one; else the publication day.
/// An act the text dates years back, or sums up over years, is history told again (<see cref="EventHistory"/>).
/// </summary>
public static class EventDates
{
    public static Event Date(Event e, Analysis analysis, EventRules rules)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(rules);
        var date = FactDate.Of(analysis, e.Trigger);
        if (date.Source == Dating.Publication
            && analysis.Quotes.FirstOrDefault(q => q.Cue is { } cue && cue.Overlaps(e.Trigger)) is { Date.Source: Dating.Text or Dating.Speech } said)
        {
            date = said.Date;
        }

        var recalled = e.Counts && EventHistory.IsToldAgain(e, date, analysis, rules);
        return e with { Date = date.Day, DateValue = date.Value, Dating = date.Source, Status = recalled ? EventStatus.Recalled : e.Status };
    }
}
