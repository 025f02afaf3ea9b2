using Vigie.Text;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Merges the mentions of one event: same type and mode (an attack's modes aside), both counted or both not, the same date (a mention dated
/// by the publication day agrees with any date), and the same source entity or overlapping source words
/// (« Mark Rutte » and « Rutte »), or no sources and overlapping targets. The first mention keeps its
/// spans; the others add their evidence to <see cref="Event.Mentions"/> and fill a missing target,
/// place or date from the text.
/// </summary>
internal static class EventMerger
{
    /// <summary>How far, in characters, an act may stand after the noun that heads it.</summary>
    private const int MaximumHeading = 80;

    /// <summary>How far, in characters, a mention with no actor of its own may stand after the act it tells again.</summary>
    private const int MaximumEcho = 300;

    public static IReadOnlyList<Event> Merge(string text, List<Event> events)
    {
        var merged = new List<Event>(events.Count);
        foreach (var next in events)
        {
            var index = merged.FindIndex(e => SameEvent(text, e, next));
            if (index < 0)
            {
                merged.Add(next);
                continue;
            }

            var kept = merged[index];
            var takeTargets = kept.Targets.Count == 0;
            var takePlace = kept.Place is null;
            var takeDate = kept.Dating != Dating.Text && next.Dating == Dating.Text;
            merged[index] = kept with
            {
                Targets = takeTargets ? next.Targets : kept.Targets,
                TargetIds = takeTargets ? next.TargetIds : kept.TargetIds,
                Place = takePlace ? next.Place : kept.Place,
                PlaceId = takePlace ? next.PlaceId : kept.PlaceId,
                Date = takeDate ? next.Date : kept.Date,
                DateValue = takeDate ? next.DateValue : kept.DateValue,
                Dating = takeDate ? next.Dating : kept.Dating,
                Confidence = Math.Max(kept.Confidence, next.Confidence),
                Mentions = [.. kept.Mentions, .. next.Mentions],
            };
        }

        return merged;
    }

    private static bool SameEvent(string text, Event a, Event b)
    {
        if (a.Type != b.Type || a.Counts != b.Counts || (a.Date != b.Date && a.Dating == Dating.Text && b.Dating == Dating.Text))
        {
            return false;
        }

        if (OtherModes(a, b))
        {
            return false;
        }

        if (ShareAny(a.SourceIds, b.SourceIds) || IsHeadingOf(text, a, b) || IsEchoOf(text, a, b))
        {
            return true;
        }

        if (a.Sources.Count > 0 || b.Sources.Count > 0)
        {
            return Overlap(text, a.Sources, b.Sources);
        }

        return a.Targets.Count > 0 && Overlap(text, a.Targets, b.Targets);
    }

    /// <summary>
    /// « Grève à la SNCF : les contrôleurs ont cessé le travail »: a noun that opens its sentence and a colon after it head the act
    /// the clause after the colon tells.
    /// </summary>
    private static bool IsHeadingOf(string text, Event heading, Event act)
    {
        var (start, end) = (heading.Trigger.Start, heading.Trigger.End);
        if (end > act.Trigger.Start || act.Trigger.Start - end > MaximumHeading)
        {
            return false;
        }

        var between = text.AsSpan(end, act.Trigger.Start - end);
        var colon = between.IndexOf(':');
        var opening = text.AsSpan(0, start).TrimEnd();
        return colon >= 0 && between[..colon].IndexOfAny(",.;\n") < 0 && between.IndexOfAny(".;\n") < 0
            && (opening.IsEmpty || opening[^1] is '.' or '!' or '?' or '\n');
    }

    /// <summary>
    /// "Fighters ambushed a convoy on Tuesday. At least 12 soldiers were killed": a later mention of the type
    /// with no actor of its own, in the same paragraph soon after, tells the act again.
    /// </summary>
    private static bool IsEchoOf(string text, Event act, Event echo) =>
        echo.Sources.Count == 0 && echo.TargetIds.Count == 0 && act.SourceIds.Count > 0 && act.Trigger.End <= echo.Trigger.Start
        && echo.Trigger.Start - act.Trigger.End <= MaximumEcho && text.AsSpan(act.Trigger.End, echo.Trigger.Start - act.Trigger.End).IndexOf('\n') < 0;

    /// <summary>
    /// Whether two acts of one type are told with two modes, so are two acts ("arrested 31 suspects and seized property"); an
    /// attack's modes (aerial, heavy weapons) name the weapons of one strike.
    /// </summary>
    internal static bool OtherModes(Event a, Event b) =>
        a.Type != EventType.Assault && a.Mode is not null && b.Mode is not null && !string.Equals(a.Mode, b.Mode, StringComparison.Ordinal);

    private static bool ShareAny(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (string.Equals(l, r, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Overlap(string text, IReadOnlyList<TextSpan> left, IReadOnlyList<TextSpan> right)
    {
        foreach (var l in left)
        {
            var lw = TextFold.FoldWithoutDiacritics(l.In(text));
            foreach (var r in right)
            {
                var rw = TextFold.FoldWithoutDiacritics(r.In(text));
                if (lw.Contains(rw, StringComparison.Ordinal) || rw.Contains(lw, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
