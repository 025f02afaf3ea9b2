using System.Globalization;
using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Dates an event from the text: the time expression that governs its trigger (<see cref="TimeAnchors"/>:
/// one overlapping it, else the nearest in its clause, else the nearest in its sentence) when its value
/// has a first day — a day, an ISO week, a month, a year, or an interval starting with one. Otherwise the
/// publication day stands (<see cref="EventDating.Publication"/>), or nothing when the article has none.
/// </summary>
public static class EventDates
{
    public static Event Date(Event e, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Times.Count > 0 && TimeAnchors.For(analysis, e.Trigger) is { FromPublication: false, Value: { } value } && FirstDay(value) is { } day)
        {
            return e with { Date = day, DateValue = value, Dating = EventDating.Text };
        }

        var published = analysis.Article.Published;
        return e with { Date = published, DateValue = null, Dating = published is null ? EventDating.None : EventDating.Publication };
    }

    /// <summary>
    /// The first day of a TIMEX3 value: "2025-09-04" and "2025-09-04T15:00" → that day, "2025-W36" → its
    /// Monday, "2025-09" → the 1st, "2025" → 1 January, "2025-08-29/2025-09-03" → 29 August; null for
    /// values with no fixed first day ("XXXX-09-03", "2025-SU", "196X", "P3D").
    /// </summary>
    public static DateOnly? FirstDay(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan();
        if (text.IndexOf('/') is var slash and > 0)
        {
            text = text[..slash];
        }

        if (text.IndexOf('T') is var time and > 0)
        {
            text = text[..time];
        }

        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var rest = text[4..];
        if (rest.IsEmpty)
        {
            return new DateOnly(year, 1, 1);
        }

        if (rest.Length >= 4 && rest.StartsWith("-W") && (rest.Length == 4 || rest[4..].SequenceEqual("-WE"))
            && int.TryParse(rest.Slice(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, rest.Length == 4 ? DayOfWeek.Monday : DayOfWeek.Saturday));
        }

        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return new DateOnly(year, month, 1);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
