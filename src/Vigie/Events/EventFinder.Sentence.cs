namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// The acts of one sentence read together: a demand voiced by a protest ("staged a walkout demanding …", « manifestaient en
    /// réclamant ») is the protest's, not an act of its own; an act in the "that" clause of a demand ("demanded that the
    /// president step down", « a exigé que … ») is demanded, not done.
    /// </summary>
    private static IEnumerable<Event> ReadTogether(EventScan scan, List<(Event Event, int Trigger, int End)> acts)
    {
        var protest = acts.Exists(a => a.Event.Type == EventType.Protest && a.Event.Counts);
        for (var i = 0; i < acts.Count; i++)
        {
            var (act, trigger, _) = acts[i];
            if (protest && act.Type == EventType.Request && scan.EndsWith(trigger, scan.Rules.PresentParticipleEndings, stem: 1))
            {
                continue;
            }

            if (act.Counts && i > 0 && IsDemanded(scan, acts[i - 1], trigger))
            {
                act = act with { Status = EventStatus.Hypothetical };
            }

            yield return act;
        }
    }

    /// <summary>Whether <paramref name="trigger"/> stands in a clause introduced by "that" / « que » after the demand <paramref name="before"/>.</summary>
    private static bool IsDemanded(EventScan scan, (Event Event, int Trigger, int End) before, int trigger)
    {
        if (before.Event.Type != EventType.Request)
        {
            return false;
        }

        for (var u = before.End + 1; u < trigger; u++)
        {
            if (scan.IsTerminal(u) || scan.IsPunct(u, ';'))
            {
                return false;
            }

            if (scan.Is(u, EventWordClass.Complementizer))
            {
                return true;
            }
        }

        return false;
    }
}
