using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>How far from a noun trigger, in tokens, a word may make it prospective (« Le prochain sommet … », « Une grève … est prévue »).</summary>
    private const int NounReach = 8;

    /// <summary>How far after a noun trigger a word may make it prospective ("Talks between Armenia and Azerbaijan on border delimitation are scheduled").</summary>
    private const int ProspectiveAfterReach = 10;

    /// <summary>How many words may stand between a noun act and the verb it is the subject of ("Talks between X and Y have not resumed").</summary>
    private const int SubjectVerbReach = 10;

    /// <summary>How many words a denial may stand before the act it denies.</summary>
    private const int DenialReach = 10;

    /// <summary>
    /// Whether the event is asserted, claimed inside a quote (and by whose words), negated (« n’ont pas
    /// signé », "did not attack") or hypothetical (a modal or future before the trigger, a future verb
    /// form, an infinitive after another verb, a condition earlier in the sentence, a question, hearsay
    /// in the conditional (« aurait signé »), an act reported by a perfect infinitive (« accusé Moscou
    /// d’avoir frappé »), a noun said to be planned, possible or to come).
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

        for (var u = Math.Max(first, groupStart - 3); trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && u < groupStart; u++)
        {
            if (IsNone(scan, u))
            {
                // "no date has been agreed", « aucun accord n’a été signé »: a subject that is none.
                return (EventStatus.Negated, null, false);
            }
        }

        if (IsDenied(scan, t, first) || IsRetracted(scan, t, first))
        {
            return (EventStatus.Negated, null, false);
        }

        if (scan.Is(t - 2, EventWordClass.Refrain) && (scan.Is(t - 1, EventWordClass.AgentPreposition) || scan.IsInfinitiveMarker(t - 1)))
        {
            // "stopped short of agreeing", "refrained from attacking", « s’est abstenu de condamner »: not done.
            return (EventStatus.Negated, null, false);
        }

        if ((end + 1 <= last && NegatesVerb(scan, end + 1))
            || (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint && (IsCalledOff(scan, end, last) || HasNegatedVerb(scan, end, last))))
        {
            return (EventStatus.Negated, null, false);
        }

        for (var u = first; u < t; u++)
        {
            if (scan.Is(u, EventWordClass.Interrogative))
            {
                // "Asked whether Canberra would send troops": a question, not an announcement.
                return (EventStatus.Hypothetical, null, false);
            }
        }

        if (IsFuture(scan, trigger, t, groupStart, first))
        {
            return (EventStatus.Hypothetical, null, true);
        }

        if (IsHypothetical(scan, trigger, t, first) || IsQuestion(scan, t, last) || IsReported(scan, t, groupStart, first)
            || ((trigger.Kind is TriggerKind.Noun or TriggerKind.Joint || scan.Is(t - 1, EventWordClass.Prospective)) && IsProspective(scan, t, end, first, last)))
        {
            return (EventStatus.Hypothetical, null, false);
        }

        var (status, by) = InQuote(scan, t, quotes);
        return (status, by, false);
    }

    /// <summary>
    /// "denied that its soldiers had crossed", "denied having shelled", « dément avoir déployé », « a démenti toute frappe »: an act
    /// a denial verb of its clause, within a few words and no conjunction before it, reports as not done.
    /// </summary>
    private static bool IsDenied(EventScan scan, int t, int first)
    {
        for (var u = t - 1; u >= Math.Max(first, t - DenialReach); u--)
        {
            if (scan.IsBreak(u) || scan.Is(u, EventWordClass.Conjunction))
            {
                return false;
            }

            if (scan.Is(u, EventWordClass.Denial))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A correction: "wrongly stated that Chad had expelled …", « nous avons écrit par erreur que le Maroc avait rappelé … »: a word
    /// of error before the complementizer that opens the act's clause.
    /// </summary>
    private static bool IsRetracted(EventScan scan, int t, int first)
    {
        for (var u = t - 1; u >= Math.Max(first, t - DenialReach); u--)
        {
            if (scan.Is(u, EventWordClass.Complementizer))
            {
                return scan.Any(Math.Max(first, u - 4), u - 1, EventWordClass.Retraction);
            }
        }

        return false;
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

    /// <summary>
    /// A future someone foresees rather than commits to ("are expected to meet", "could meet", « pourrait signer »): no
    /// promise or threat is made, so no AGREE or THREATEN stands for it.
    /// </summary>
    private static bool IsForecast(EventScan scan, int t, int groupStart, int first)
    {
        for (var u = Math.Max(first, Math.Min(groupStart, t - 2)); u < t; u++)
        {
            if (scan.Is(u, EventWordClass.Forecast))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An infinitive after another verb (« a refusé de signer », "threatened to attack"), or a condition earlier in the sentence.</summary>
    private static bool IsHypothetical(EventScan scan, EventTrigger trigger, int t, int first)
    {
        // "attempted to assassinate", « a tenté d’assassiner »: an attempt is the act, not a plan.
        // « de « violer ouvertement » l’accord »: quotation marks around the infinitive change nothing.
        var before = scan.IsQuoteMark(t - 1) ? t - 2 : t - 1;
        if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.IsInfinitiveMarker(before)
            && !scan.Is(before - 1, EventWordClass.Attempt))
        {
            return true;
        }

        // "agreed to resume ceasefire talks": a noun act whose support verb is an infinitive is to come.
        if (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint)
        {
            for (var u = Math.Max(first + 1, t - 4); u < t; u++)
            {
                if (scan.Is(u, EventWordClass.SupportVerb) && scan.IsInfinitiveMarker(u - 1) && !scan.Is(u - 2, EventWordClass.Attempt))
                {
                    return true;
                }
            }
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

    /// <summary>A question does not assert: « Faut-il déployer une force … ? ».</summary>
    private static bool IsQuestion(EventScan scan, int t, int last)
    {
        for (var u = t + 1; u <= last; u++)
        {
            if (scan.IsPunct(u, '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Hearsay in the conditional (« aurait signé »), a word of suspicion (« soupçonné d’enlèvement », "alleged") or a perfect
    /// infinitive after a preposition (« a accusé Moscou d’avoir frappé », "accused them of having attacked"): the act is reported, not asserted.
    /// </summary>
    private static bool IsReported(EventScan scan, int t, int groupStart, int first)
    {
        for (var u = first; u < t; u++)
        {
            if ((scan.Is(u, EventWordClass.HearsayNoun) && scan.Is(u + 1, EventWordClass.Complementizer)) || scan.Is(u, EventWordClass.Rumour))
            {
                // "Reports that Moscow had expelled …", "Rumours that …", « Des rumeurs font état d’une rencontre ».
                return true;
            }
        }

        // "arrested 31 suspected members … and seized property": the suspicion qualifies words before the conjunction, not this act;
        // « Deux passeurs présumés ont été interpellés »: nor does it when it qualifies the subject of a verb.
        var floor = groupStart < t ? Math.Max(first, groupStart) : first;
        for (var u = t - 1; u >= floor && t - u <= NounReach && !scan.IsBreak(u) && !scan.Is(u, EventWordClass.Conjunction); u--)
        {
            if (scan.Is(u, EventWordClass.Suspicion))
            {
                // « soupçonné d’avoir participé à l’enlèvement », "the suspected bombing", « le présumé attentat »: a suspicion, not a fact.
                return true;
            }
        }

        for (var u = Math.Max(first, Math.Min(groupStart, t - 3)); u < t; u++)
        {
            if (scan.Is(u, EventWordClass.Hearsay))
            {
                return true;
            }

            if (scan.Is(u, EventWordClass.PerfectInfinitive) && (scan.IsInfinitiveMarker(u - 1) || scan.Is(u - 1, EventWordClass.AgentPreposition)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun (or a verb form read as one after a prospective adjective: « une éventuelle rencontre ») said to be to come: a prospective word (« prochain », « éventuelle », « prévue », "planned"),
    /// a modal, future or hearsay word within its clause before it, or such a word or a verb in the future
    /// or conditional after it (« Un retrait … affaiblirait »), up to a relative clause.
    /// </summary>
    private static bool IsProspective(EventScan scan, int t, int end, int first, int last)
    {
        for (var u = t - 1; u >= first && t - u <= NounReach && !scan.IsBreak(u); u--)
        {
            // « Les Vingt-Sept voteront en juin sur l’ouverture des négociations »: a verb in the future before it, too.
            if (scan.Is(u, EventWordClass.Prospective) || scan.Is(u, EventWordClass.Future) || scan.Is(u, EventWordClass.Hearsay)
                || (!scan.IsCapitalized(u) && scan.EndsWith(u, scan.Rules.FutureEndings)))
            {
                return true;
            }
        }

        for (var u = end + 1; u <= last && u - end <= ProspectiveAfterReach; u++)
        {
            if (scan.IsBreak(u))
            {
                // « Le sommet de l’Union africaine, prévu la semaine prochaine, … »: the subject's aside (not "launched war games …,
                // expected to be joined by …").
                return scan.IsPunct(u, ',') && scan.Is(u + 1, EventWordClass.Prospective) && t - first <= 2 && (t == first || scan.Is(first, EventWordClass.Determiner));
            }

            if (scan.Is(u, EventWordClass.RelativePronoun) || scan.Is(u, EventWordClass.Complementizer))
            {
                break;
            }

            if (scan.Is(u, EventWordClass.Prospective) || scan.Is(u, EventWordClass.Future) || scan.Is(u, EventWordClass.Hearsay)
                || (!scan.IsCapitalized(u) && scan.EndsWith(u, scan.Rules.FutureEndings)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the predicate after a noun says it did not happen: "A meeting … did not take place", « La rencontre n’a pas eu
    /// lieu », "The summit was postponed", « Le sommet a été annulé » (up to a relative clause).
    /// </summary>
    private static bool IsCalledOff(EventScan scan, int end, int last)
    {
        for (var u = end + 1; u <= last && u - end <= 2 * NounReach && !scan.IsTerminal(u) && !scan.IsPunct(u, ';'); u++)
        {
            // "A meeting …, tentatively planned for March, did not take place": an aside set off by commas is passed over.
            if (scan.Is(u, EventWordClass.RelativePronoun) || scan.Is(u, EventWordClass.Complementizer) || (scan.Is(u, EventWordClass.ClauseOpener) && scan.IsPunct(u - 1, ',')))
            {
                return false;
            }

            if (scan.Is(u, EventWordClass.CalledOff) && scan.Is(u - 1, EventWordClass.Passive))
            {
                return true;
            }

            if (scan.Is(u, EventWordClass.Negation))
            {
                for (var v = u + 1; v <= last && v - u <= 4 && !scan.IsBreak(v); v++)
                {
                    if (scan.Is(v, EventWordClass.Occurrence))
                    {
                        return true;
                    }
                }
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
            if (quote.Holds(start))
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

    /// <summary>
    /// "Talks between the government and Indigenous leaders have not resumed", « Les négociations n’ont pas repris »: the first verb
    /// group after a noun act, in its clause, is a negated participle.
    /// </summary>
    private static bool HasNegatedVerb(EventScan scan, int end, int last)
    {
        for (var u = end + 1; u <= Math.Min(last, end + SubjectVerbReach) && !scan.IsBreak(u); u++)
        {
            if (scan.Is(u, EventWordClass.Auxiliary))
            {
                // The negated verb must be a participle: « le défilé n’était pas une mise en scène » negates no act.
                var verb = u + 1;
                while (verb <= last && scan.Is(verb, EventWordClass.Negation))
                {
                    verb++;
                }

                var negated = verb > u + 1 || NegatesVerb(scan, u - 1);
                return negated && (scan.EndsWith(verb, scan.Rules.AttributiveParticipleEndings) || scan.EndsAsWritten(verb, scan.Rules.PastParticipleEndings));
            }
        }

        return false;
    }

    /// <summary>"no", « aucun »: a determiner that makes its phrase no one and nothing ("No group claimed", « aucun accord n’a été signé »).</summary>
    private static bool IsNone(EventScan scan, int t) => scan.Is(t, EventWordClass.Negation) && scan.Is(t, EventWordClass.Determiner);

    /// <summary>"not", « ne », « pas »: a negation of a verb, not a determiner.</summary>
    private static bool NegatesVerb(EventScan scan, int t) => scan.Is(t, EventWordClass.Negation) && !scan.Is(t, EventWordClass.Determiner);
}
