using Vigie.Text;

namespace Vigie.Events;

/// <summary>
/// Merges the mentions of one event: same type, same date, both counted or both not, and the same or
/// overlapping source words (« Mark Rutte » and « Rutte »), or no sources and overlapping targets.
/// The first mention keeps its spans; the others add their evidence to <see cref="Event.Mentions"/>
/// and fill a missing target or place.
/// </summary>
internal static class EventMerger
{
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
            merged[index] = kept with
            {
                Targets = kept.Targets.Count > 0 ? kept.Targets : next.Targets,
                Place = kept.Place ?? next.Place,
                Confidence = Math.Max(kept.Confidence, next.Confidence),
                Mentions = [.. kept.Mentions, .. next.Mentions],
            };
        }

        return merged;
    }

    private static bool SameEvent(string text, Event a, Event b)
    {
        if (a.Type != b.Type || a.Counts != b.Counts || a.Date != b.Date)
        {
            return false;
        }

        if (a.Sources.Count > 0 || b.Sources.Count > 0)
        {
            return Overlap(text, a.Sources, b.Sources);
        }

        return a.Targets.Count > 0 && Overlap(text, a.Targets, b.Targets);
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
