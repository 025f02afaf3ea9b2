using Vigie.Actors;
using Vigie.Kb;
using Vigie.Pipeline;
using Vigie.Quotes;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// Codes PLOVER events in an article: for each trigger of a language's <see cref="EventRules"/> (a verb,
/// a noun or a multi-word expression), the source and target words from the clause structure (the
/// subject before the verb group, the object or complement after it, « entre X et Y »), the place, the
/// clause as evidence, and a status: asserted, claimed inside a quote, negated, hypothetical, or recalled when told as history or background (dated years back or summed up over years,
/// <see cref="EventHistory"/>; in the pluperfect of a main clause or as a habit).
/// Precision first: a noun with no actor in its clause is no event, and mentions of one event are merged.
/// Thread-safe: it holds only its frozen rules.
/// </summary>
public sealed partial class EventFinder(EventRules rules)
{
    /// <summary>The most tokens an apposition inside a trigger's pattern may hold (", a Russian-American dual national,").</summary>
    private const int MaximumApposition = 10;

    public EventRules Rules { get; } = rules;

    /// <summary>
    /// The events of one article as far as the earlier stages have analysed it, in text order, mentions
    /// of one event merged: the quotes tell which events are claimed by whom, the times stage dates them
    /// (<see cref="EventDates"/>) and the actor stage's entities resolve their actor words (<see cref="EventActors"/>).
    /// </summary>
    public IReadOnlyList<Event> Find(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var found = Mentions(analysis.Article.Text, analysis.Tokens, analysis.Sentences, analysis.Quotes, ActorWords(analysis));
        for (var i = 0; i < found.Count; i++)
        {
            found[i] = EventActors.Resolve(EventDates.Date(found[i], analysis, Rules), analysis, Rules);
        }

        return EventMerger.Merge(analysis.Article.Text, found);
    }

    /// <summary>
    /// The events of one article from its words alone, in text order, mentions of one event merged and
    /// dated by <paramref name="published"/>, their actors as words only (the benchmarks measure this).
    /// </summary>
    public IReadOnlyList<Event> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Quote> quotes, DateOnly? published) =>
        EventMerger.Merge(text, Date(Mentions(text, tokens, sentences, quotes), published));

    /// <summary>Every mention of an event, sentence by sentence, undated.</summary>
    private List<Event> Mentions(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Quote> quotes, bool[]? actorWords = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(quotes);
        var scan = new EventScan(text, tokens, Rules, actorWords);
        var found = new List<Event>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Count && tokens[t].End <= sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Start < sentence.End)
            {
                t++;
            }

            if (t > first)
            {
                FindInSentence(scan, first, t - 1, quotes, found);
            }
        }

        ReferToEarlierActs(scan, found, sentences);

        return found;
    }

    /// <summary>The tokens inside a mention, by name, of an actor that is no place: a person, an organisation or a state (not « en Russie »).</summary>
    private bool[] ActorWords(Analysis analysis)
    {
        var words = new bool[analysis.Tokens.Count];
        var scan = new EventScan(analysis.Article.Text, analysis.Tokens, Rules);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Kind == ActorKind.Place)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.How == MentionSource.Coref || mention.Sense == MentionSense.Place)
                {
                    continue;
                }

                for (var t = scan.TokenAt(mention.Start); t < words.Length && analysis.Tokens[t].Start < mention.End; t++)
                {
                    words[t] = true;
                }
            }
        }

        return words;
    }

    /// <summary>Dates every event by the publication day, flagged <see cref="Dating.Publication"/> (without the times stage).</summary>
    public static List<Event> Date(List<Event> events, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = 0; i < events.Count; i++)
        {
            events[i] = events[i] with { Date = published, Dating = published is null ? Dating.None : Dating.Publication };
        }

        return events;
    }

    private void FindInSentence(EventScan scan, int first, int last, IReadOnlyList<Quote> quotes, List<Event> found)
    {
        first = AfterDateline(scan, first, last);
        Span<char> buffer = stackalloc char[EventScan.MaxWord * 2];
        var consumed = first;
        var lastVerbAct = -1;
        var lastVerbTrigger = -1;
        List<Act>? acts = null;
        for (var t = first; t <= last; t++)
        {
            if (t < consumed)
            {
                continue;
            }

            var length = scan.Fold(t, buffer);
            if (length == 0)
            {
                continue;
            }

            if (IsInsideName(scan, t, first, last))
            {
                continue;
            }

            var word = buffer[..length];
            var best = -1;
            var bestEnd = -1;
            Consider(scan, t, last, Rules.TriggersAt(word), ref best, ref bestEnd);
            for (var k = Math.Min(length, Rules.LongestPrefix); k >= 3; k--)
            {
                Consider(scan, t, last, Rules.TriggersByPrefix(word[..k]), ref best, ref bestEnd);
            }

            if (best < 0 || scan.IsShouted(t))
            {
                // "U.S. NAVAL FORCES — PRESS RELEASE": a heading's words in capitals are no act.
                continue;
            }

            var trigger = Rules.Triggers[best];
            if (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint && lastVerbAct >= 0 && SameClause(scan, lastVerbAct, t))
            {
                // "met on the sidelines of an African Union summit", "blamed X for a surge in attacks", "accused the army of
                // bombing": a noun in the clause of an act already coded is that act's object or setting, not an act of its own.
                continue;
            }

            if (trigger.Kind is TriggerKind.Verb && IsObjectsParticiple(scan, t, lastVerbAct))
            {
                continue;
            }

            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && lastVerbAct >= 0 && IsReasonOfAct(scan, t) && SameClause(scan, lastVerbAct, t))
            {
                // "thanked Kenya for hosting refugees", « l’a remerciée pour avoir accueilli »: the reason for the act coded before, not an act.
                continue;
            }

            if (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint && IsDatedInThePast(scan, t))
            {
                // "the victims of last year's attack", "Monday's strikes": an act the news refers to, not news.
                continue;
            }

            if (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint && (lastVerbAct >= 0 ? RecallsEarlierAct(scan, lastVerbAct, t) : RecallsEarlierAct(scan, Math.Max(first, t - 4), t)))
            {
                // "closed the crossing on Monday after missile strikes on the town", « a déployé dix bataillons, au lendemain d’un raid »,
                // « les relations sont tendues depuis l’assassinat d’un opposant »: a noun act recalled to explain the act or the state
                // told before it is background, not another act ("After two days of talks, …" opening the sentence may be the news).
                continue;
            }

            if (Build(scan, trigger, t, bestEnd, first, last, (lastVerbTrigger, lastVerbAct), quotes) is { } found1)
            {
                (acts ??= []).Add(new Act(found1, t, bestEnd, trigger.Kind is TriggerKind.Verb or TriggerKind.Speech));
                if (trigger.Also is var (alsoType, alsoMode))
                {
                    // « a condamné X à six ans de prison »: convicted and jailed, two acts of one verb.
                    acts.Add(new Act(found1 with { Type = alsoType, Mode = alsoMode }, t, bestEnd, trigger.Kind is TriggerKind.Verb or TriggerKind.Speech));
                }

                consumed = bestEnd + 1;
                if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech)
                {
                    lastVerbAct = bestEnd;
                    lastVerbTrigger = t;
                }
            }
        }

        if (acts is not null)
        {
            ReadTogether(scan, acts, found);
        }
    }

    /// <summary>Whether no phrase break nor subordinator ("after two days of talks") stands between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool SameClause(EventScan scan, int from, int to)
    {
        for (var u = from + 1; u < to; u++)
        {
            if (scan.IsBreak(u) || scan.Is(u, EventWordClass.Subordinator))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps the trigger that matches at <paramref name="t"/> with the best <see cref="Rank"/>.</summary>
    private void Consider(EventScan scan, int t, int last, ReadOnlySpan<int> candidates, ref int best, ref int bestEnd)
    {
        foreach (var index in candidates)
        {
            var trigger = Rules.Triggers[index];
            // A verb never right after a determiner ("the attack"), save a pronoun before a participle after a comma (« …, l’accusant de »).
            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.Is(t - 1, EventWordClass.Determiner) && t - 1 >= 0 && !scan.Is(t - 1, EventWordClass.Auxiliary)
                && !(scan.IsPunct(t - 2, ',') && scan.EndsWith(t, scan.Rules.PresentParticipleEndings, stem: 1)))
            {
                continue;
            }

            if (trigger.Type == EventType.Request && scan.Is(t - 1, EventWordClass.Reflexive))
            {
                // « des hommes armés se réclamant de Boko Haram »: claiming allegiance, not making a demand.
                continue;
            }

            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.IsNumber(t - 1) && scan.Is(t - 2, EventWordClass.Determiner) && !scan.Is(t - 2, EventWordClass.Auxiliary))
            {
                // "the 1995 shelling", "the 2014 invasion": a year between a determiner and the word makes it a noun.
                continue;
            }

            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && scan.IsPossessiveClitic(t - 1) && !scan.Is(t - 2, EventWordClass.SubjectPronoun))
            {
                // "last year's attack", "Kyiv's appeal": a possessive makes a noun of the word after it ("he's attacked" aside).
                continue;
            }

            if (trigger.Kind is TriggerKind.Verb or TriggerKind.Speech && (IsAttributiveParticiple(scan, t) || IsParticipleAfterNoun(scan, t) || AfterNounPreposition(scan, t) || IsBarePlural(scan, t)
                || scan.Is(t, EventWordClass.NonAgent) || IsAppositivePassive(scan, t) || IsAppositiveParticiple(scan, t) || InCompound(scan, t) || IsPluralBeforePreposition(scan, trigger, t)))
            {
                // "supporters of jailed opposition leader X": an adjective; « par téléphone », "in protest", "a violent storm": a noun.
                continue;
            }

            if (IsSportScoreAfter(scan, t, last))
            {
                // "Brazil beat Argentina 3-1", "a 2-0 win": a match, not a fight.
                continue;
            }

            if (trigger.Kind is TriggerKind.Noun or TriggerKind.Joint && (AfterAuxiliary(scan, t) || AfterModal(scan, t)))
            {
                // « ont frappé », « a vivement attaqué »: a participle, not the noun « frappe »; "will visit Mali to …" a verb, not "visit to".
                continue;
            }

            var end = MatchRest(scan, trigger, t, last);
            if (end < 0 || IsOtherPhrasalVerb(scan, trigger, t, end))
            {
                continue;
            }

            if ((trigger.Kind is TriggerKind.Noun or TriggerKind.Joint || trigger.Type == EventType.Protest) && scan.Is(end + 1, EventWordClass.CompoundHead)
                && !scan.IsCapitalized(end + 1))
            {
                // "riot police", "attack helicopters", "air raid shelters": the noun (or a protest's verb form) qualifies another.
                continue;
            }

            // The most elements win; then a joint act over another reading of its noun (« manœuvres navales conjointes »), then the
            // shortest, then the first listed.
            if (best < 0 || Rank(trigger, end, index).CompareTo(Rank(Rules.Triggers[best], bestEnd, best)) > 0)
            {
                best = index;
                bestEnd = end;
            }
        }
    }

    private static (int Elements, bool Joint, int Shorter, int Earlier) Rank(EventTrigger trigger, int end, int index) =>
        (trigger.Elements.Count, trigger.Kind == TriggerKind.Joint, -end, -index);

    /// <summary>The last token of the pattern starting at <paramref name="t"/>, or -1.</summary>
    private static int MatchRest(EventScan scan, EventTrigger trigger, int t, int last)
    {
        var at = t;
        for (var e = 1; e < trigger.Elements.Count; e++)
        {
            var element = trigger.Elements[e];
            var limit = Math.Min(last, at + 1 + element.Gap);
            var next = -1;
            for (var u = at + 1; u <= limit; u++)
            {
                if (AppositionEnd(scan, u, last) is var close and > 0)
                {
                    // "sentenced Yelena Sorokina, a dual national, to 12 years": an apposition set off by commas is passed over.
                    limit = Math.Min(last, limit + close - u + 1);
                    u = close;
                    continue;
                }

                if (scan.IsBreak(u) && !scan.IsQuoteMark(u))
                {
                    // Quotation marks around words (« son « soutien indéfectible » ») do not end a pattern.
                    break;
                }

                if (scan.Matches(u, element))
                {
                    next = u;
                    break;
                }
            }

            if (next < 0)
            {
                return -1;
            }

            at = next;
        }

        return at;
    }

    /// <summary>
    /// The closing comma of an apposition opening with a determiner at the comma <paramref name="comma"/> (", a dual national,"),
    /// or of an age (« , 31 ans, », ", 34,"), or -1.
    /// </summary>
    private static int AppositionEnd(EventScan scan, int comma, int last)
    {
        if (!scan.IsPunct(comma, ',') || comma + 1 > last)
        {
            return -1;
        }

        var reach = scan.Is(comma + 1, EventWordClass.Determiner) ? MaximumApposition : scan.IsNumber(comma + 1) ? 3 : 0;
        for (var u = comma + 2; u <= last && u - comma <= reach; u++)
        {
            if (scan.IsBreak(u))
            {
                return scan.IsPunct(u, ',') ? u : -1;
            }
        }

        return -1;
    }
}
