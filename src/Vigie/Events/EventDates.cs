using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Dates an event from the text: the time expression that governs its trigger (<see cref="FactDate"/>);
/// else, for an event that is the act of saying a quote (its trigger is the quote's cue: « X a averti
/// que « … » »), the day of that quote when the text or its speech gives one; else the publication day.
/// An act the text dates years before the article is history told again (<see cref="EventStatus.Recalled"/>).
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

        return e with { Date = date.Day, DateValue = date.Value, Dating = date.Source, Status = IsRecalled(e, date, analysis) ? EventStatus.Recalled : e.Status };
    }

    /// <summary>
    /// « Dans les années 1980, Paris et Tripoli s’étaient affrontés », "who in November 1989 refused": an act dated, before its
    /// trigger, by a year two years or more before the article's is history told again. (A date after the trigger is too often
    /// another act's: « soupçonné d’avoir participé à l’attentat de 1994 ».)
    /// </summary>
    private static bool IsRecalled(Event e, FactDate date, Analysis analysis) =>
        e.Counts && date.Source == Dating.Text && date.Day is { } day && analysis.Article.Published is { } published && day.Year < published.Year - 1
        && date.Expression is { } time && time.End <= e.Trigger.Start && !StartsNewClause(analysis.Article.Text.AsSpan(time.End, e.Trigger.Start - time.End));

    /// <summary>« rompues en 2023 au profit de Pékin, et s’est engagé »: a clause joined after a comma, or a semicolon, is another act's.</summary>
    private static bool StartsNewClause(ReadOnlySpan<char> between) =>
        between.Contains(';') || between.Contains(", et ", StringComparison.Ordinal) || between.Contains(", and ", StringComparison.Ordinal);
}
