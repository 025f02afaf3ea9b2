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
        var ahead = e.Counts && IsDatedAhead(e, date, analysis);
        var status = recalled ? EventStatus.Recalled : ahead ? EventStatus.Hypothetical : e.Status;
        return e with { Date = date.Day, DateValue = date.Value, Dating = date.Source, Status = status };
    }

    /// <summary>
    /// "is due to travel to Kabul next week for talks", « la semaine prochaine, des manœuvres … »: a meeting, a deployment, a strike
    /// or an attack that a time expression before it (or inside its words) dates after the publication day has not happened yet.
    /// After the trigger, the expression is too often another phrase's or a deadline (« a déployé des policiers avant les
    /// manifestations prévues mardi », "extended until July 2026"). Not a part of a day, which the times stage may anchor on another
    /// sentence's day (« dans la nuit »), and not a speech act, which happens now whatever it speaks of ("agreed to meet in May").
    /// </summary>
    private static bool IsDatedAhead(Event e, FactDate date, Analysis analysis) =>
        date.Source == Dating.Text && date.Day is { } day && analysis.Article.Published is { } published && day > published
        && date.Expression is { } time && time.Start < e.Trigger.End && date.Value?.Contains('T', StringComparison.Ordinal) != true
        && e.Type is not (EventType.Agree or EventType.Threaten or EventType.Request or EventType.Accuse or EventType.Reject or EventType.Support);
}
