using System.Globalization;
using Vigie.Events;
using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Contract;

/// <summary>
/// The contract's <c>events</c>, from the Events stage: entity ids where the actor words resolve to an
/// entity (else only the words), the date as the TIMEX3 value of the expression that dates the event or
/// the publication day.
/// </summary>
internal static class EventRecords
{
    public static IReadOnlyList<EventRecord> From(Analysis analysis)
    {
        var text = analysis.Article.Text;
        return [.. analysis.Events.Select(e => new EventRecord(
            e.TypeName,
            e.Mode,
            e.SourceIds,
            e.TargetIds,
            e.PlaceId,
            e.DateValue ?? e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Slice(text, e.Trigger),
            new SpanRecord(e.Evidence.Start, e.Evidence.End),
            e.Confidence,
            Name(e.Status),
            e.ClaimedBy is { } by ? Words(text, by) : null,
            [.. e.Sources.Select(s => Words(text, s))],
            [.. e.Targets.Select(s => Words(text, s))],
            e.Place is { } place ? Words(text, place) : null,
            Words(text, e.Trigger),
            Slice(text, e.Evidence),
            [.. e.Mentions.Select(m => new SpanRecord(m.Start, m.End))],
            e.Dating == Dating.None ? null : Name(e.Dating)))];
    }

    public static string Name(EventStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(Dating dating) => dating.ToString().ToLowerInvariant();

    private static TextRecord Words(string text, TextSpan span) => new(span.Start, span.End, Slice(text, span));

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
