using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>An act coded in a sentence: its event, the first and last tokens of its trigger, and whether that is a verb.</summary>
    private readonly record struct Act(Event Event, int Trigger, int End, bool IsVerb);

    /// <summary>
    /// The acts of one sentence read together: a demand voiced by a protest ("staged a walkout demanding …", « manifestaient en
    /// réclamant ») and a participle right after a protest ("…, torching cars") are the protest's, not acts of their own, as is
    /// an accusation or a demand repeated by a participle (« a saisi la CIJ d’une requête accusant le Venezuela ») and a killing
    /// after an attack (« …, tuant sept soldats », whose victims become the attack's targets when it named none); a noun act in
    /// the subject of a verb act of its type is that act ("A drone strike killed"); an act
    /// in the "that" clause of a demand ("demanded that the president step down", « a exigé que … ») is demanded, not done; an
    /// act in the complement of an accusation ("accused Kyiv of shelling", « accusé Kiev de bombarder ») is alleged, not done.
    /// </summary>
    private static void ReadTogether(EventScan scan, List<Act> acts, List<Event> found)
    {
        var protest = acts.Exists(a => a.Event.Type == EventType.Protest && a.Event.Counts);
        for (var i = 0; i < acts.Count; i++)
        {
            var (act, trigger, _, _) = acts[i];
            if (scan.EndsWith(trigger, scan.Rules.PresentParticipleEndings, stem: 1) && BelongsToAnother(act, i > 0 ? acts[i - 1] : null, protest))
            {
                if (found.Count > 0 && ReferenceEquals(found[^1], acts[i - 1].Event) && found[^1].Targets.Count == 0 && act.Targets.Count > 0 && act.Type == found[^1].Type)
                {
                    // « ont ouvert le feu mardi, tuant sept soldats »: the participle's victims are the targets the act named none of.
                    found[^1] = found[^1] with { Targets = act.Targets, Mentions = [.. found[^1].Mentions, act.Evidence] };
                    acts[i - 1] = acts[i - 1] with { Event = found[^1] };
                }

                continue;
            }

            if (acts[i].IsVerb && JoinedToItsKind(scan, acts, i))
            {
                // "held a telephone conversation …, and discussed the missile programme", "was found guilty … and fined": a verb joined
                // to an act of its kind tells it again.
                continue;
            }

            if (!acts[i].IsVerb && scan.Is(trigger - 2, EventWordClass.Claim) && scan.Is(trigger - 1, EventWordClass.Determiner)
                && LastToldOfItsKind(found, acts, act) is var told and >= 0)
            {
                // "A roadside bomb tore through a convoy …, and the Pakistani Taliban claimed the attack": the claim names who did the act told.
                found[told] = found[told] with { Sources = act.Sources, Mentions = [.. found[told].Mentions, act.Evidence] };
                continue;
            }

            if (acts[i].IsVerb && act.Type == EventType.Assault && act.Sources.Count == 0 && i > 0 && acts[i - 1].Event.Type == EventType.Assault)
            {
                // "Jets bombed a monastery, … which said at least 17 people were killed": the victims of the attack told before.
                continue;
            }

            if (!acts[i].IsVerb && IsSubjectOfItsKind(act, acts))
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
    /// protest, an accusation or a demand right after one of its kind, an attack right after one told by a verb (« ont ouvert le feu …, tuant
    /// sept soldats »).
    /// </summary>
    private static bool BelongsToAnother(Event act, Act? before, bool protest) =>
        (protest && act.Type == EventType.Request)
        || (before is { Event: var previous } && (previous.Type == EventType.Protest
            || (act.Type == previous.Type && (act.Type is EventType.Accuse or EventType.Request || (act.Type == EventType.Assault && before.Value.IsVerb)))));

    /// <summary>
    /// Whether the verb act <paramref name="i"/> follows "and" / « et » after an act of its type, with no subject of its own or one
    /// the earlier act already names.
    /// </summary>
    private static bool JoinedToItsKind(EventScan scan, List<Act> acts, int i)
    {
        var act = acts[i].Event;
        if (!scan.Is(acts[i].Trigger - 1, EventWordClass.Conjunction))
        {
            return false;
        }

        for (var k = 0; k < i; k++)
        {
            var earlier = acts[k].Event;
            if (earlier.Type == act.Type && !EventMerger.OtherModes(earlier, act) && (act.Sources.Count == 0 || Overlaps(act.Sources, earlier.Sources) || Overlaps(act.Sources, earlier.Targets)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(IReadOnlyList<TextSpan> spans, IReadOnlyList<TextSpan> others)
    {
        foreach (var span in spans)
        {
            foreach (var other in others)
            {
                if (span.Overlaps(other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The index in <paramref name="found"/> of the last act of <paramref name="act"/>'s type told before it in this sentence's acts, or -1.</summary>
    private static int LastToldOfItsKind(List<Event> found, List<Act> acts, Event act)
    {
        for (var j = found.Count - 1; j >= 0; j--)
        {
            var e = found[j];
            if (e.Type == act.Type && e.Trigger.Start < act.Trigger.Start && acts.Exists(a => ReferenceEquals(a.Event, e)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether the trigger of <paramref name="act"/> (a noun) stands inside the source words of another act of its type.</summary>
    private static bool IsSubjectOfItsKind(Event act, List<Act> acts) =>
        acts.Exists(other => !ReferenceEquals(other.Event, act) && other.Event.Type == act.Type
            && other.Event.Sources.Any(s => s.Start <= act.Trigger.Start && act.Trigger.End <= s.End));

    /// <summary>Whether <paramref name="trigger"/> is a verb right after the preposition that follows an accusation's object ("of", « de »).</summary>
    private static bool IsAlleged(EventScan scan, Act before, int trigger) =>
        before.Event.Type == EventType.Accuse && trigger > before.End + 1 && trigger - before.End <= 8
        && scan.Is(trigger - 1, EventWordClass.AgentPreposition) && !scan.IsCapitalized(trigger);

    /// <summary>Whether <paramref name="trigger"/> stands in a clause introduced by "that" / « que » after the demand <paramref name="before"/>.</summary>
    private static bool IsDemanded(EventScan scan, Act before, int trigger)
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
