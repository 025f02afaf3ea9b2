using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>Dates an event from the text: the time expression that governs its trigger (<see cref="FactDate"/>), else the publication day.</summary>
public static class EventDates
{
    public static Event Date(Event e, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(e);
        var date = FactDate.Of(analysis, e.Trigger);
        return e with { Date = date.Day, DateValue = date.Value, Dating = date.Source };
    }
}
