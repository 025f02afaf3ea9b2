namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// The acts of one sentence read together: a demand voiced by a protest ("staged a walkout demanding …", « manifestaient en
    /// réclamant ») and a participle right after a protest ("…, torching cars") are the protest's, not acts of their own, as is
    /// an accusation or a demand repeated by a participle (« a saisi la CIJ d’une requête accusant le Venezuela »); an act
    /// in the "that" clause of a demand ("demanded that the president step down", « a exigé que … ») is demanded, not done; an
    /// act in the complement of an accusation ("accused Kyiv of shelling", « accusé Kiev de bombarder ») is alleged, not done.
    /// </summary>
    private static void ReadTogether(EventScan scan, List<(Event Event, int Trigger, int End)> acts, List<Event> found)
    {
        var protest = acts.Exists(a => a.Event.Type == EventType.Protest && a.Event.Counts);
        for (var i = 0; i < acts.Count; i++)
        {
            var (act, trigger, _) = acts[i];
            if (scan.EndsWith(trigger, scan.Rules.PresentParticipleEndings, stem: 1) && BelongsToAnother(act, i > 0 ? acts[i - 1].Event : null, protest))
            {
                continue;
            }

            if (IsSubjectOfItsKind(act, acts))
            {
                // "A U.S. drone strike killed a commander": the strike is the subject of the killing, one act told twice.
                continue;
            }

            if (act.Counts && i > 0 && (IsDemanded(scan, acts[i - 1], trigger) || IsAlleged(scan, acts[i - 1], trigger)))
            {
                act = act with { Status = EventStatus.Hypothetical };
            }

            found.Add(act);
        }
    }

    /// <summary>
    /// Whether an act voiced by a participle is another's: a demand in a sentence holding a protest, anything right after a
    /// protest, an accusation or a demand right after one of its kind.
    /// </summary>
    private static bool BelongsToAnother(Event act, Event? before, bool protest) =>
        (protest && act.Type == EventType.Request)
        || (before is not null && (before.Type == EventType.Protest || (act.Type == before.Type && act.Type is EventType.Accuse or EventType.Request)));

    /// <summary>Whether the trigger of <paramref name="act"/> stands inside the source words of another act of its type.</summary>
    private static bool IsSubjectOfItsKind(Event act, List<(Event Event, int Trigger, int End)> acts) =>
        acts.Exists(other => !ReferenceEquals(other.Event, act) && other.Event.Type == act.Type
            && other.Event.Sources.Any(s => s.Start <= act.Trigger.Start && act.Trigger.End <= s.End));

    /// <summary>Whether <paramref name="trigger"/> is a verb right after the preposition that follows an accusation's object ("of", « de »).</summary>
    private static bool IsAlleged(EventScan scan, (Event Event, int Trigger, int End) before, int trigger) =>
        before.Event.Type == EventType.Accuse && trigger > before.End + 1 && trigger - before.End <= 8
        && scan.Is(trigger - 1, EventWordClass.AgentPreposition) && !scan.IsCapitalized(trigger);

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
