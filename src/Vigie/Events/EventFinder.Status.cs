using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// Whether the event is asserted, claimed inside a quote (and by whose words), negated (« n’ont pas
    /// signé », "did not attack") or hypothetical (a modal or future before the trigger, a future verb
    /// form, an infinitive after another verb, a condition earlier in the sentence).
    /// </summary>
    private static (EventStatus Status, TextSpan? ClaimedBy, bool Future) Status(EventScan scan, EventTrigger trigger, int t, int end, int groupStart, int first, int last, IReadOnlyList<Quote> quotes)
    {
        var from = Math.Max(first, Math.Min(groupStart, t - 3));
        for (var u = from; u < t; u++)
        {
            if (scan.IsBreak(u))
            {
                continue;
            }

            if (scan.Is(u, EventWordClass.Negation))
            {
                return (EventStatus.Negated, null, false);
            }
        }

        if (end + 1 <= last && scan.Is(end + 1, EventWordClass.Negation) && !scan.Is(end + 1, EventWordClass.Determiner))
        {
            return (EventStatus.Negated, null, false);
        }

        if (IsFuture(scan, trigger, t, groupStart, first))
        {
            return (EventStatus.Hypothetical, null, true);
        }

        if (IsHypothetical(scan, trigger, t, first))
        {
            return (EventStatus.Hypothetical, null, false);
        }

        var (status, by) = InQuote(scan, t, quotes);
        return (status, by, false);
    }

    /// <summary>A modal or future word in the verb group (« va signer », "will sign"), or a future verb form (« signera »).</summary>
    private static bool IsFuture(EventScan scan, EventTrigger trigger, int t, int groupStart, int first)
    {
        for (var u = Math.Max(first, Math.Min(groupStart, t - 2)); u < t; u++)
        {
            if (scan.Is(u, EventWordClass.Future))
            {
                return true;
            }
        }

        return trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.EndsWith(t, scan.Rules.FutureEndings);
    }

    /// <summary>An infinitive after another verb (« a refusé de signer », "threatened to attack"), or a condition earlier in the sentence.</summary>
    private static bool IsHypothetical(EventScan scan, EventTrigger trigger, int t, int first)
    {
        // "attempted to assassinate", « a tenté d’assassiner »: an attempt is the act, not a plan.
        if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.Is(t - 1, EventWordClass.InfinitiveMarker) && !scan.Is(t - 1, EventWordClass.Auxiliary)
            && !scan.Is(t - 2, EventWordClass.Attempt))
        {
            return true;
        }

        for (var u = first; u < t; u++)
        {
            if (scan.Is(u, EventWordClass.Conditional))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Claimed when the trigger stands inside a quote, by the words naming its speaker; else asserted.</summary>
    private static (EventStatus Status, TextSpan? ClaimedBy) InQuote(EventScan scan, int t, IReadOnlyList<Quote> quotes)
    {
        var start = scan[t].Start;
        foreach (var quote in quotes)
        {
            if (quote.Content.Start <= start && start < quote.Content.End)
            {
                return (EventStatus.Claimed, quote.Speaker);
            }
        }

        return (EventStatus.Asserted, null);
    }

    /// <summary>Whether a reporting verb (« a annoncé », "said") stands in the sentence: then a future act is announced, a promise or a threat.</summary>
    private static bool IsAnnounced(EventScan scan, int first, int last)
    {
        for (var u = first; u <= last; u++)
        {
            if (scan.Is(u, EventWordClass.Reporting))
            {
                return true;
            }
        }

        return false;
    }
}
