using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// The actors of a noun trigger: « entre X et Y » / "between X and Y"; the agent « de X » / "by X"
    /// when it is a name; a possessive's antecedents (« leur rencontre » after « Xi Jinping … Narendra
    /// Modi »); else the subject of the light verb before it (« ont effectué une patrouille »). A joint
    /// act's « avec X » / "with X" adds a source, another noun's is a target, as is « contre X ».
    /// </summary>
    private static void NounActors(EventScan scan, EventTrigger trigger, int t, int end, int first, int last, List<TextSpan> sources, List<TextSpan> targets)
    {
        var after = end + 1;
        while (after <= last && scan.IsWord(after) && !scan.IsCapitalized(after) && after - end <= 2
            && !scan.Is(after, EventWordClass.StopPreposition) && !scan.Is(after, EventWordClass.AgentPreposition) && !scan.Is(after, EventWordClass.BetweenPreposition)
            && !scan.Is(after, EventWordClass.Determiner) && !scan.Is(after, EventWordClass.Auxiliary))
        {
            after++;
        }

        for (var u = after; u <= Math.Min(last, after + 1); u++)
        {
            if (scan.Is(u, EventWordClass.BetweenPreposition))
            {
                AddList(scan, Phrase(scan, u + 1, last, capitalRequired: true), sources);
                break;
            }

            if (scan.Is(u, EventWordClass.AgentPreposition) && !scan.Is(u, EventWordClass.PlacePreposition) && StartsName(scan, u + 1))
            {
                AddList(scan, Phrase(scan, u + 1, last, capitalRequired: true), sources);
                after = u + 1;
                break;
            }
        }

        for (var u = end + 1; u <= Math.Min(last, end + 8) && !scan.IsBreak(u); u++)
        {
            if (scan.Is(u, EventWordClass.WithPreposition))
            {
                AddList(scan, Phrase(scan, u + 1, last, capitalRequired: true), trigger.Kind == TriggerKind.Joint ? sources : targets);
                break;
            }

            if (IsAimedAtName(scan, trigger, u))
            {
                AddList(scan, DescribedName(scan, u + 1, last), targets);
                break;
            }
        }

        var before = t - 1;
        while (before >= first && scan.IsWord(before) && !scan.IsCapitalized(before) && t - before <= 3
            && !scan.Is(before, EventWordClass.Determiner) && !scan.Is(before, EventWordClass.StopPreposition) && !scan.Is(before, EventWordClass.Auxiliary)
            && !scan.Is(before, EventWordClass.AgentPreposition) && !scan.Is(before, EventWordClass.Possessive))
        {
            // Adjectives before the noun: « une nouvelle patrouille ».
            before--;
        }

        if (scan.Is(before, EventWordClass.Possessive))
        {
            var antecedents = NamesBefore(scan, before - 1, first);
            if (antecedents.Count > 0)
            {
                antecedents.AddRange(sources);
                sources.Clear();
                sources.AddRange(antecedents);
                return;
            }
        }

        if (sources.Count > 0)
        {
            return;
        }

        while (before >= first && (scan.Is(before, EventWordClass.Determiner) || (scan.Is(before, EventWordClass.AgentPreposition) && !scan.Is(before, EventWordClass.StopPreposition))))
        {
            // « des sanctions », « de nouvelles sanctions »: determiners and the partitive « de ».
            before--;
        }

        if (PurposeOfJourney(scan, before, t, first) is { } traveller)
        {
            // « est arrivé dimanche à Hanoï pour une visite officielle », "flew to Geneva for talks": the traveller's act.
            AddList(scan, traveller, sources);
            return;
        }

        // The light verb: a support verb that makes the noun an act of its subject, with its verb group
        // (« ont effectué une patrouille », "staged mass demonstrations": the farthest candidate first).
        // Any other verb leaves the noun without agent: « a été victime d’une attaque », « a atteint le sommet ».
        for (var verb = Math.Max(first, before - 8); verb < t; verb++)
        {
            // « a entamé mardi à New Delhi une grève de la faim », « ont entamé lundi en mer du Japon des manœuvres »: time words
            // and a place may stand between.
            if (!scan.Is(verb, EventWordClass.SupportVerb) || scan.IsCapitalized(verb)
                || !((verb >= before - 2 && OnlyWordsBetween(scan, verb, t)) || IsAdverbialGap(scan, verb + 1, before)))
            {
                continue;
            }

            var group = VerbGroupStart(scan, verb, first);
            if (Subject(scan, group - 1, first) is { } subject)
            {
                // "European stocks staged a rally": markets and weather are no actors; "No group claimed the attack": nor is no one.
                if (!HoldsNonAgent(scan, subject.First, subject.End) && !IsNone(scan, subject.First))
                {
                    AddList(scan, subject, sources);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The one named after the noun of a verb-and-noun act: "issued an arrest warrant on Tuesday for X",
    /// « a ouvert une enquête contre le ministre X » (within eight words, no break between).
    /// </summary>
    private static (int First, int End)? NounComplement(EventScan scan, EventTrigger trigger, int end, int last)
    {
        for (var u = end + 1; u <= Math.Min(last, end + 8) && !scan.IsBreak(u); u++)
        {
            if (IsAimedAtName(scan, trigger, u))
            {
                return DescribedName(scan, u + 1, last);
            }
        }

        return null;
    }

    /// <summary>
    /// A preposition that gives a noun's target before a name: a target preposition right before it (« sanctions contre la Russie »),
    /// or, for an act aimed at someone, a noun's preposition before a described name ("an investigation into former minister X",
    /// "an arrest warrant for exiled novelist X"). Talks, deployments and withdrawals name topics and places so.
    /// </summary>
    private static bool IsAimedAtName(EventScan scan, EventTrigger trigger, int u) =>
        !scan.Is(u, EventWordClass.PlacePreposition)
        && ((scan.Is(u, EventWordClass.TargetPreposition) && StartsName(scan, u + 1))
            || (trigger.Type is not (EventType.Consult or EventType.Mobilize or EventType.Retreat) && scan.Is(u, EventWordClass.NounTargetPreposition) && NameSoonAfter(scan, u)));

    /// <summary>
    /// The noun phrase from <paramref name="first"/> that holds a name, carried over a description between two names
    /// ("former Venezuelan businessman Carlos Mendieta", "London-based journalist Reza Karimi").
    /// </summary>
    private static (int First, int End)? DescribedName(EventScan scan, int first, int last)
    {
        if (Phrase(scan, first, last, capitalRequired: true) is not var (from, end))
        {
            return null;
        }

        var next = end + 1;
        while (next <= last && next - end <= 3 && scan.IsWord(next) && !scan.IsCapitalized(next)
            && !scan.Is(next, EventWordClass.StopPreposition) && !scan.Is(next, EventWordClass.Determiner) && !scan.Is(next, EventWordClass.Conjunction))
        {
            next++;
        }

        return next > end + 1 && StartsName(scan, next) && Phrase(scan, next, last, capitalRequired: true) is var (_, farther) ? (from, farther) : (from, end);
    }

    /// <summary>
    /// The subject of a verb of travel (« est arrivé », « s’est rendu », "arrived", "flew") when the noun, after its determiners at
    /// <paramref name="before"/>, is the journey's purpose (« pour », "for"), in the same sentence part; else null.
    /// </summary>
    private static (int First, int End)? PurposeOfJourney(EventScan scan, int before, int t, int first)
    {
        if (before < first || !scan.Is(before, EventWordClass.Purpose))
        {
            return null;
        }

        for (var verb = before - 1; verb >= first && t - verb <= 14 && !scan.IsTerminal(verb) && !scan.IsPunct(verb, ';'); verb--)
        {
            if (scan.Is(verb, EventWordClass.Travel) && !scan.IsCapitalized(verb))
            {
                var subject = Subject(scan, VerbGroupStart(scan, verb, first) - 1, first);
                return subject is var (from, to) && !HoldsNonAgent(scan, from, to) ? subject : null;
            }
        }

        return null;
    }

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="to"/> are time words, then at most a place phrase (« mardi à New Delhi », "on Monday in Geneva").</summary>
    private static bool IsAdverbialGap(EventScan scan, int from, int to)
    {
        var u = from;
        while (u <= to && IsAdverb(scan, u))
        {
            u++;
        }

        if (u > to)
        {
            return u > from;
        }

        if (!scan.Is(u, EventWordClass.PlacePreposition))
        {
            return false;
        }

        for (var v = u + 1; v <= to; v++)
        {
            if (scan.IsBreak(v) || scan.Is(v, EventWordClass.Auxiliary) || scan.Is(v, EventWordClass.SupportVerb) || scan.Is(v, EventWordClass.RelativePronoun))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyWordsBetween(EventScan scan, int from, int to)
    {
        for (var u = from; u < to; u++)
        {
            if (!scan.IsWord(u) || scan.IsCapitalized(u))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names (runs of capitalized words, titles alone left out) between the clause start and <paramref name="end"/>.</summary>
    private static List<TextSpan> NamesBefore(EventScan scan, int end, int floor)
    {
        var names = new List<TextSpan>();
        var start = end;
        while (start - 1 >= floor && !scan.IsBreak(start - 1))
        {
            start--;
        }

        for (var t = start; t <= end; t++)
        {
            if (!scan.IsCapitalized(t) || t == floor)
            {
                continue;
            }

            var runEnd = t;
            while (runEnd + 1 <= end && scan.IsCapitalized(runEnd + 1))
            {
                runEnd++;
            }

            var onlyTitles = true;
            for (var u = t; u <= runEnd; u++)
            {
                onlyTitles &= scan.Is(u, EventWordClass.Title);
            }

            if (!onlyTitles)
            {
                names.Add(scan.Span(t, runEnd));
            }

            t = runEnd;
        }

        return names;
    }

    /// <summary>The place after the trigger: « à Prague », « dans l’océan Pacifique », "in Prague".</summary>
    private static TextSpan? PlaceAfter(EventScan scan, int end, int last)
    {
        for (var t = end + 1; t <= Math.Min(last, end + 12); t++)
        {
            if (scan.IsTerminal(t) || scan.IsPunct(t, ';') || scan.IsQuoteMark(t))
            {
                return null;
            }

            if (!scan.Is(t, EventWordClass.PlacePreposition))
            {
                continue;
            }

            var u = t + 1;
            while (scan.Is(u, EventWordClass.Determiner))
            {
                u++;
            }

            var from = u;
            if (scan.Is(u, EventWordClass.PlaceNoun) && scan.IsCapitalized(u + 1))
            {
                u++;
            }

            if (!scan.IsCapitalized(u) || scan.Is(u, EventWordClass.TimeNoun))
            {
                // "opened in July 2022": a month is no place.
                continue;
            }

            var to = u;
            while (to + 1 <= last && scan.IsCapitalized(to + 1))
            {
                to++;
            }

            return scan.Span(from, to);
        }

        return null;
    }
}
