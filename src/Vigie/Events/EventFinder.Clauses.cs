namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>The longest object or complement taken as actor words, in tokens.</summary>
    private const int MaximumPhrase = 16;

    /// <summary>The longest subject taken as actor words, in tokens (« des sous-marins de la marine russe et de la marine de l’Armée populaire de libération chinoise »).</summary>
    private const int MaximumSubject = 24;

    /// <summary>The most tokens an aside in brackets after a subject may hold ("(ILO)", "(Nation)").</summary>
    private const int MaximumAside = 6;

    /// <summary>
    /// The first token of the verb group ending at <paramref name="verb"/>: auxiliaries, adverbs,
    /// negation, modals and reflexive pronouns before it (« n’ont également pas signé », "has not yet
    /// signed"), and a parenthetical between commas after an auxiliary (« avaient, pour la première fois, effectué »).
    /// </summary>
    private static int VerbGroupStart(EventScan scan, int verb, int floor)
    {
        var start = verb;
        for (var t = verb - 1; t >= floor && verb - t <= 10; t--)
        {
            if (scan.Is(t, EventWordClass.Auxiliary) || IsAdverb(scan, t) || scan.Is(t, EventWordClass.Negation)
                || scan.Is(t, EventWordClass.Future) || (scan.IsInfinitiveMarker(t) && t == start - 1))
            {
                start = t;
                continue;
            }

            if (t == start - 1 && t - 3 >= floor && scan.Is(t - 3, EventWordClass.Auxiliary)
                && (scan.Is(t - 2, EventWordClass.StopPreposition) || scan.Is(t - 2, EventWordClass.AgentPreposition))
                && scan.Is(t - 1, EventWordClass.Determiner) && scan.IsWord(t) && !scan.IsCapitalized(t))
            {
                // « a de son côté envoyé », « a pour sa part suspendu », « a à son tour expulsé »: a set phrase between the auxiliary and the verb.
                start = t - 3;
                t -= 3;
                continue;
            }

            if (scan.IsPunct(t, ',') && t == start - 1)
            {
                // A parenthetical set off by commas right after an auxiliary: skip it.
                var open = t - 1;
                while (open >= floor && t - open <= 7 && !scan.IsBreak(open))
                {
                    open--;
                }

                if (open >= floor && scan.IsPunct(open, ',') && scan.Is(open - 1, EventWordClass.Auxiliary))
                {
                    start = open - 1;
                    t = open - 1;
                    continue;
                }
            }

            break;
        }

        return start;
    }

    /// <summary>
    /// The subject ending at <paramref name="end"/>: the phrase back to the clause's start (a comma, a
    /// complementizer, a quote mark, the sentence start), with the phrase before it when it is a name in
    /// apposition (« Le secrétaire général de l’OTAN, Mark Rutte, »), or the antecedent of a relative
    /// pronoun (« les pays qui ont signé »).
    /// </summary>
    private static (int First, int End)? Subject(EventScan scan, int end, int floor)
    {
        var antecedent = end >= floor && scan.Is(end, EventWordClass.RelativePronoun);
        if (antecedent)
        {
            end--;
        }

        var comma = false;
        while (end >= floor && scan.IsPunct(end, ','))
        {
            end--;
            comma = true;
        }

        end = comma ? BeforeAside(scan, end, floor) : end;
        end = BeforeBrackets(scan, end, floor);
        if (end < floor || !scan.IsWord(end) || scan.Is(end, EventWordClass.Complementizer) || scan.Is(end, EventWordClass.ClauseOpener))
        {
            // « … et a signé »: the subject is elided, and guessing it is how coders take actors from elsewhere (SubjectOf gives a
            // coordinated verb the subject of the act just coded, and nothing else).
            return null;
        }

        var first = PhraseStart(scan, end, floor);
        if (scan.IsPunct(first - 1, ',') && IsName(scan, first, end) && first - 2 >= floor)
        {
            var before = PhraseStart(scan, first - 2, floor);
            if ((before == floor || scan.IsBreak(before - 1) || scan.Is(before - 1, EventWordClass.Complementizer)) && !IsIntroductory(scan, before, first - 2))
            {
                first = before;
            }
        }

        // Adverbs by their ending, names aside: "Italy" is no adverb in -ly.
        while (first <= end && (scan.Is(first, EventWordClass.ClauseOpener) || IsAdverb(scan, first) || scan.Is(first, EventWordClass.Conditional)))
        {
            first++;
        }

        if (first < end && scan.Is(first, EventWordClass.StopPreposition) && scan.Is(first + 1, EventWordClass.Quantifier))
        {
            // "At least three civilians", « Au moins trois civils »: a quantity, not a complement.
            first += 2;
        }

        if (first < end && scan.Is(first, EventWordClass.Approximator) && (scan.IsNumber(first + 1) || scan.IsNumber(first + 2)))
        {
            // "About 1,060 fighters", « Près de 300 manifestants »: an approximate number, not a complement.
            first++;
        }

        if (first < end && scan.Is(first, EventWordClass.StopPreposition) && scan.Is(end, EventWordClass.SubjectPronoun) && !scan.Is(end - 1, EventWordClass.StopPreposition))
        {
            // "said on Thursday it had opened": the pronoun after the time words is the subject.
            first = end;
        }

        if (first < end && scan.Is(first, EventWordClass.StopPreposition) && !scan.Is(first, EventWordClass.Determiner) && LastNounPhraseStart(scan, first, end) is { } subject)
        {
            // "On Tuesday the two ministers agreed", "At the end of the session the two ministers agreed": an opening complement
            // with no comma; the subject is the noun phrase its noun ends before.
            first = subject;
        }

        if (first <= end && scan.Is(first, EventWordClass.StopPreposition) && !scan.Is(first, EventWordClass.Determiner))
        {
            // « conformément au calendrier convenu », "in the talks agreed": a complement, not a subject.
            return null;
        }

        while (end > first && !scan.IsCapitalized(end) && scan.Is(end, EventWordClass.Determiner) && !scan.Is(end, EventWordClass.Auxiliary) && scan.Is(end + 1, EventWordClass.Auxiliary))
        {
            // « Le Sénégal l’a rejetée »: an object pronoun before the auxiliary is no part of the subject.
            end--;
        }

        while (end > first && !scan.IsCapitalized(end) && (IsAdverb(scan, end) || (scan.Is(end, EventWordClass.StopPreposition) && !scan.Is(end, EventWordClass.Determiner))))
        {
            // "The United States on (Thursday demanded)": the time is no part of the actor (« Comuneros del Sur » keeps its name).
            end--;
        }

        if (antecedent)
        {
            // « La police a fait usage de gaz contre des membres du collectif Blokada qui manifestaient »: the antecedent is
            // the noun phrase after the last preposition or verb group.
            for (var t = end - 1; t > first; t--)
            {
                var verbGroup = IsVerbGroupWord(scan, t);
                if (verbGroup || (scan.Is(t, EventWordClass.StopPreposition) && !scan.Is(t, EventWordClass.AgentPreposition)))
                {
                    // After a verb group, its participle and adverbs go too (« a dispersé mardi des membres »).
                    first = t + 1;
                    while (verbGroup && first < end && scan.IsWord(first) && !scan.IsCapitalized(first) && !scan.Is(first, EventWordClass.Determiner))
                    {
                        first++;
                    }

                    break;
                }
            }
        }

        for (var t = end; t >= first; t--)
        {
            if (scan.IsPunct(t, ','))
            {
                // « Accusant Moscou d’avoir commandité …, Varsovie »: the clause before the comma is the subject's.
                first = HasVerbGroup(scan, first, t) ? t + 1 : first;
                break;
            }
        }

        for (var t = first; t <= end; t++)
        {
            if (IsVerbGroupWord(scan, t))
            {
                // "Bangladesh has once again outright (rejected)": a verb group the adverbs hid; the subject is before it.
                // "Turkey has requested the extradition of two men wanted on financing (charges)": a clause, not a subject.
                return t > first && scan.Is(t, EventWordClass.Auxiliary) && OnlyAdverbsAfter(scan, t, end) ? (first, t - 1) : null;
            }
        }

        return first <= end && end - first < MaximumSubject ? (first, end) : null;
    }

    /// <summary>
    /// An auxiliary, a modal, or a support verb after the infinitive marker ("to resume"): words no subject holds; a reflexive
    /// before a present participle is no verb group but describes the subject (« des hommes armés se réclamant de Boko Haram »).
    /// </summary>
    private static bool IsVerbGroupWord(EventScan scan, int t) =>
        (scan.Is(t, EventWordClass.Auxiliary) && !scan.IsInfinitiveMarker(t) && !(scan.Is(t, EventWordClass.Reflexive) && scan.EndsWith(t + 1, scan.Rules.PresentParticipleEndings)))
        || scan.Is(t, EventWordClass.Modal)
        || (scan.Is(t, EventWordClass.SupportVerb) && scan.IsInfinitiveMarker(t - 1));

    private static bool HasVerbGroup(EventScan scan, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (IsVerbGroupWord(scan, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words after <paramref name="t"/> up to <paramref name="end"/> are lower-case words with no determiner or preposition among them.</summary>
    private static bool OnlyAdverbsAfter(EventScan scan, int t, int end)
    {
        // « a une nouvelle fois menacé », "has once again": an adverbial phrase may hold a determiner when it ends on an adverb.
        var endsOnAdverb = IsAdverb(scan, end) || IsAdverb(scan, end + 1);
        for (var u = t + 1; u <= end; u++)
        {
            if (!scan.IsWord(u) || scan.IsCapitalized(u) || (scan.Is(u, EventWordClass.Determiner) && !endsOnAdverb) || scan.Is(u, EventWordClass.StopPreposition))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The end of the phrase before an aside set off by commas that opens with a present participle or a place: "Recent US drone attacks,
    /// occurring about once every three days, have killed", « Les milices, agissant de nuit, ont attaqué », « Le parquet national
    /// financier, à Paris, a ouvert ».
    /// </summary>
    private static int BeforeAside(EventScan scan, int end, int floor)
    {
        var open = PhraseStart(scan, end, floor);
        // "…, citing …," « …, enlevés en avril, », "…, in Mali,": a participle or a place set off by commas.
        var aside = scan.EndsWith(open, scan.Rules.PresentParticipleEndings, stem: 1) || IsPastParticiple(scan, open)
            || (scan.Is(open, EventWordClass.PlacePreposition) && StartsName(scan, open + 1));
        return open > floor && scan.IsPunct(open - 1, ',') && !scan.IsCapitalized(open) && aside && open - 2 >= floor && scan.IsWord(open - 2)
            ? open - 2
            : end;
    }

    /// <summary>
    /// The end of the phrase before a short aside in brackets that closes at <paramref name="end"/>: "The
    /// International Labour Office (ILO) reiterated", « L’Organisation mondiale de la santé (OMS) a exigé ».
    /// </summary>
    private static int BeforeBrackets(EventScan scan, int end, int floor)
    {
        if (end < floor || !scan.IsPunct(end, ')'))
        {
            return end;
        }

        for (var open = end - 1; open >= floor && end - open <= MaximumAside; open--)
        {
            if (scan.IsPunct(open, '('))
            {
                return open - 1;
            }
        }

        return end;
    }

    /// <summary>
    /// An introductory phrase set off by a comma, not a role in apposition: a prepositional phrase ("On
    /// September 29,", "Under the plan,", « Dans ce contexte, ») or adverbs and numbers alone (« Jeudi, »).
    /// </summary>
    private static bool IsIntroductory(EventScan scan, int first, int end)
    {
        if (scan.Is(first, EventWordClass.StopPreposition) && !scan.Is(first, EventWordClass.Determiner))
        {
            return true;
        }

        for (var t = first; t <= end; t++)
        {
            if (!scan.Is(t, EventWordClass.Adverb) && !(scan.IsWord(t) && char.IsDigit(scan.Text[scan[t].Start])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the phrase ending at <paramref name="end"/>: after a break, a complementizer or a relative pronoun.</summary>
    private static int PhraseStart(EventScan scan, int end, int floor)
    {
        var first = end;
        while (first - 1 >= floor && !scan.IsBreak(first - 1) && !scan.Is(first - 1, EventWordClass.Complementizer) && !scan.Is(first - 1, EventWordClass.RelativePronoun)
            && !scan.Is(first - 1, EventWordClass.Reporting))
        {
            first--;
        }

        return first;
    }

    /// <summary>Up to four capitalized words: a name.</summary>
    private static bool IsName(EventScan scan, int first, int end)
    {
        if (end < first || end - first > 3)
        {
            return false;
        }

        for (var t = first; t <= end; t++)
        {
            if (!scan.IsCapitalized(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the verb group is passive (« ont été tués », "was attacked"), not reflexive (« s’est entretenu »).</summary>
    private static bool IsPassive(EventScan scan, int groupStart, int verb)
    {
        if (scan.Rules.Language == "en" && scan[verb].Length > 4 && scan.Text.AsSpan(scan[verb].Start, scan[verb].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "is suing", "were attacking": a progressive, not a passive.
            return false;
        }

        if (scan.Is(verb, EventWordClass.Unaccusative))
        {
            // « Des milliers de Chiliens sont descendus dans la rue »: a verb of motion takes « être » in the active.
            return false;
        }

        var passive = false;
        for (var t = groupStart; t < verb; t++)
        {
            if (scan.IsPunct(t, ','))
            {
                return false;
            }

            if (scan.Is(t, EventWordClass.Auxiliary) && (scan.Text[scan[t].Start] is 's' or 'S') && scan[t].Length <= 2)
            {
                return false;
            }

            passive |= scan.Is(t, EventWordClass.Passive) && !scan.Is(t, EventWordClass.Future);
        }

        return passive && (scan.Rules.Language != "fr" || HasEte(scan, groupStart, verb) || scan.Is(verb - 1, EventWordClass.Passive));
    }

    private static bool HasEte(EventScan scan, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (scan[t].Length == 3 && scan.Text.AsSpan(scan[t].Start, 3).Equals("été", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The agent of a passive: « par X », "by X", within three tokens of the verb.</summary>
    private static (int First, int End)? AgentAfter(EventScan scan, int end, int last)
    {
        // A pattern that ends on its agent's preposition (« libérés … par ») leaves the agent right after it; one that ends on the
        // agent's weapon with a name's adjective ("struck by Ukrainian naval drones") holds the agent (« par une cyberattaque » names no one).
        end = IsWordEqual(scan, end, "par") || IsWordEqual(scan, end, "by") ? end - 1 : end;
        for (var t = end - 1; t >= Math.Max(0, end - 4) && !scan.IsBreak(t); t--)
        {
            if (IsWordEqual(scan, t, "par") || IsWordEqual(scan, t, "by"))
            {
                return Enumerable.Range(t + 1, end - t).Any(scan.IsCapitalized) ? Phrase(scan, t + 1, last, capitalRequired: false) : null;
            }
        }

        for (var t = end + 1; t <= Math.Min(last, end + 4); t++)
        {
            if (scan.IsBreak(t))
            {
                return null;
            }

            if (IsWordEqual(scan, t, "par") || IsWordEqual(scan, t, "by"))
            {
                return Phrase(scan, t + 1, last, capitalRequired: false);
            }
        }

        return null;
    }

    private static bool IsWordEqual(EventScan scan, int t, string word) =>
        scan.IsWord(t) && scan[t].Length == word.Length && scan.Text.AsSpan(scan[t].Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The target after a verb: its object (« a attaqué la ville »), a complement after a target or
    /// « with » preposition, or, for a speech act, the subject of the clause it introduces when that is
    /// a name (« a averti que « la Russie et la Chine … »).
    /// </summary>
    private static (int First, int End)? ObjectAfter(EventScan scan, EventTrigger trigger, int end, int last)
    {
        if (scan.Is(end, EventWordClass.InfinitiveMarker) && end > 0)
        {
            // « a proposé d’accueillir », "pledged to": what follows is the act promised, not a target.
            return CommittedObject(scan, trigger, end, last);
        }

        var t = end + 1;
        while (t <= last && (scan.Is(t, EventWordClass.Adverb) || scan.Is(t, EventWordClass.Negation)
            || (scan.Is(t, EventWordClass.TargetPreposition) && scan.Is(t + 1, EventWordClass.Adverb))))
        {
            // "rejected on Sunday a proposal": a day between the verb and its object.
            t++;
        }

        if (trigger.Elements.Count > 1 && scan.Rules.AdjectivesAfterNoun && !scan.Is(end, EventWordClass.StopPreposition))
        {
            // « a rétabli ses relations diplomatiques avec Taïwan », « a accordé l’asile politique à X »: the pattern's noun is
            // the object, and the words after it that qualify it are not, unless they end the clause
            // (« a expulsé deux diplomates algériens. »: the adjective is all there is).
            var after = t;
            for (var adjectives = 0; adjectives < 2 && IsPostNominal(scan, after); adjectives++)
            {
                after++;
            }

            if (after <= last && !scan.IsBreak(after))
            {
                t = after;
            }
        }

        if (t > last || (scan.Is(t, EventWordClass.PlacePreposition) && StartsName(scan, t + 1)))
        {
            return null;
        }

        if (scan.Is(t, EventWordClass.Complementizer) || scan.IsPunct(t, ':'))
        {
            if (trigger.Kind != TriggerKind.Speech)
            {
                return null;
            }

            t++;
            while (t <= last && (scan.IsQuoteMark(t) || scan.IsPunct(t, ',')))
            {
                t++;
            }

            return Phrase(scan, t, last, capitalRequired: true);
        }

        if (scan.IsBreak(t))
        {
            return null;
        }

        if (scan.IsInfinitiveMarker(t) && !scan.Is(t, EventWordClass.TargetPreposition))
        {
            return CommittedObject(scan, trigger, t, last);
        }

        if (scan.Is(t, EventWordClass.TargetPreposition) || scan.Is(t, EventWordClass.WithPreposition))
        {
            t++;
            if (scan.Is(t, EventWordClass.Adverb))
            {
                // "agreed on Tuesday": a day, not a target.
                return null;
            }
        }
        else if (scan.Is(t, EventWordClass.StopPreposition) && !scan.Is(t, EventWordClass.Determiner))
        {
            return null;
        }

        return Phrase(scan, t, last, capitalRequired: false);
    }

    /// <summary>
    /// The object a pattern holds between its verb and its preposition (« a appelé mardi Moscou à reprendre »,
    /// « a appelé les autorités égyptiennes à libérer », « a condamné Yassine Benali, 31 ans, à dix ans »): a noun phrase after
    /// the days and adverbs, up to an apposition or age set off by commas, or null.
    /// </summary>
    private static (int First, int End)? ObjectInside(EventScan scan, EventTrigger trigger, int t, int end)
    {
        // In a longer pattern only the one sentenced or punished is held ("urged the EC to support the PLO" targets the PLO).
        var preposition = trigger.Elements.Count == 2 ? end
            : trigger.Type is EventType.Sanction or EventType.Coerce ? PrepositionAfterVerb(scan, trigger, t, end) : -1;
        if (trigger.Elements.Count < 2 || preposition < 0 || !scan.Is(preposition, EventWordClass.StopPreposition))
        {
            return null;
        }

        var first = t + 1;
        while (first < preposition && scan.Is(first, EventWordClass.Adverb))
        {
            first++;
        }

        var last = BeforeApposition(scan, first, preposition - 1);
        // « condamné l’an dernier à deux ans »: a time is no object.
        return first <= last && (scan.Is(first, EventWordClass.Determiner) || StartsName(scan, first)) && !AnyBreak(scan, first, last)
            && !scan.Any(first, last, EventWordClass.TimeNoun) ? (first, last) : null;
    }

    /// <summary>The word before the first apposition or age set off by commas in [<paramref name="first"/>, <paramref name="last"/>], or <paramref name="last"/>.</summary>
    private static int BeforeApposition(EventScan scan, int first, int last)
    {
        for (var u = first; u < last; u++)
        {
            if (AppositionEnd(scan, u, last) > 0)
            {
                return u - 1;
            }
        }

        return last;
    }

    /// <summary>Where the second word of a longer pattern stands (« à » in « condamné … à … ans »), or -1.</summary>
    private static int PrepositionAfterVerb(EventScan scan, EventTrigger trigger, int t, int end)
    {
        for (var u = t + 1; u < end; u++)
        {
            if (AppositionEnd(scan, u, end) is var close and > 0)
            {
                u = close;
            }
            else if (scan.Matches(u, trigger.Elements[1]))
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>
    /// The one acted on, when a verb-and-noun pattern holds its object and the object names an actor: "expelled two Russian
    /// diplomats", "summoned the Algerian ambassador", « a expulsé deux diplomates russes » (with up to two adjectives after the
    /// noun). Only for acts done to someone (a sanction, an accusation, an attack, coercion, a rejection, a release or withdrawal:
    /// "released two Colombian soldiers"): "signed a Franco-German treaty" names no target. Null otherwise, and the words after the pattern are read.
    /// </summary>
    private static (int First, int End)? ActorInPattern(EventScan scan, EventTrigger trigger, int t, int end, int last)
    {
        if (trigger.Elements.Count < 2 || scan.Is(end, EventWordClass.StopPreposition)
            || trigger.Type is not (EventType.Sanction or EventType.Accuse or EventType.Assault or EventType.Coerce or EventType.Reject or EventType.Retreat))
        {
            return null;
        }

        var stop = end;
        var after = end + 1;
        for (; scan.Rules.AdjectivesAfterNoun && after <= Math.Min(last, end + 2) && IsPostNominal(scan, after) && !scan.Is(after, EventWordClass.AgentPreposition); after++)
        {
            stop = scan.IsActorWord(after) ? after : stop;
        }

        if (scan.IsCapitalized(after))
        {
            // « a libéré samedi le ressortissant italien Marco Bellini »: the name after the noun is the one acted on.
            return null;
        }

        // "found Kamal Rashidi, 29, guilty": the one acted on ends where the age or apposition opens.
        stop = BeforeApposition(scan, t + 1, stop);
        if (AnyBreak(scan, t + 1, stop))
        {
            return null;
        }

        for (var u = t + 1; u <= stop; u++)
        {
            if (scan.IsActorWord(u))
            {
                return (t + 1, stop);
            }
        }

        return null;
    }

    private static bool AnyBreak(EventScan scan, int first, int end)
    {
        for (var u = first; u <= end; u++)
        {
            if (scan.IsBreak(u))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The target of a promise, threat or refusal is the one named by the act it commits to: the object of
    /// the infinitive after <paramref name="marker"/> ("agreed to supply Cuba", « a menacé de fermer les
    /// bureaux du British Council ») or a name after its target, recipient or « with » preposition ("threatened to
    /// impose sanctions on Belarus"). Names only: "pledged to rebuild the bridge" has no target.
    /// </summary>
    private static (int First, int End)? CommittedObject(EventScan scan, EventTrigger trigger, int marker, int last)
    {
        var verb = marker + 1;
        if (trigger.Type is not (EventType.Agree or EventType.Threaten or EventType.Reject)
            || !scan.IsWord(verb) || scan.IsCapitalized(verb) || scan.Is(verb, EventWordClass.Determiner))
        {
            return null;
        }

        var t = verb + 1;
        while (t <= last && scan.Is(t, EventWordClass.Adverb))
        {
            t++;
        }

        if (t <= last && !scan.IsBreak(t) && !scan.Is(t, EventWordClass.StopPreposition) && Phrase(scan, t, last, capitalRequired: true) is { } named)
        {
            return named;
        }

        // « de retirer son accréditation au correspondant … à Tachkent »: a name after a place preposition is no target.
        // "threatened to cut ties with Rwanda", « a accepté de reprendre son dialogue avec la Chine »: the counterpart of the act is its target too.
        var after = NameAfter(scan, verb, last, EventWordClass.TargetPreposition) ?? NameAfter(scan, verb, last, EventWordClass.RecipientPreposition)
            ?? NameAfter(scan, verb, last, EventWordClass.WithPreposition);
        return after is var (first, _) && scan.Is(FirstBeforeDeterminers(scan, first) - 1, EventWordClass.PlacePreposition) ? null : after;
    }

    /// <summary>A lower-case word that may qualify the noun before it: no determiner, preposition, conjunction, auxiliary or adverb.</summary>
    private static bool IsPostNominal(EventScan scan, int t) =>
        scan.IsWord(t) && !scan.IsCapitalized(t) && !scan.Is(t, EventWordClass.Determiner) && !scan.Is(t, EventWordClass.StopPreposition)
        && !scan.Is(t, EventWordClass.Auxiliary) && !scan.Is(t, EventWordClass.Conjunction) && !scan.Is(t, EventWordClass.Adverb)
        && !scan.Is(t, EventWordClass.Complementizer) && !scan.Is(t, EventWordClass.RelativePronoun) && !scan.Is(t, EventWordClass.Negation);

    private static int FirstBeforeDeterminers(EventScan scan, int first)
    {
        while (scan.Is(first - 1, EventWordClass.Determiner))
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// The recipient named after the object: "will give a grant to Tanzania", « a livré des armes à l’Ukraine » (a name after « à »,
    /// "to" within a few words, no break between).
    /// </summary>
    private static (int First, int End)? RecipientAfter(EventScan scan, int from, int last) => NameAfter(scan, from, last, EventWordClass.RecipientPreposition);

    /// <summary>The name after the first preposition of <paramref name="preposition"/> within eight words of <paramref name="from"/>, no break between.</summary>
    private static (int First, int End)? NameAfter(EventScan scan, int from, int last, EventWordClass preposition)
    {
        for (var t = from + 1; t <= last && t - from <= 8 && !scan.IsBreak(t); t++)
        {
            if (scan.Is(t, preposition) && (!scan.Is(t, EventWordClass.Auxiliary) || scan.HasDiacritic(t)) && StartsName(scan, t + 1))
            {
                return Phrase(scan, t + 1, last, capitalRequired: true);
            }
        }

        return null;
    }

    private static bool HoldsName(EventScan scan, int first, int end)
    {
        for (var t = first; t <= end; t++)
        {
            if (scan.IsCapitalized(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun phrase from <paramref name="first"/>: determiners, words, « de »/"of" before a name, and
    /// « et »/"and" or commas between names, up to a preposition, a break or a verb-like lower-case word
    /// after a name. With <paramref name="capitalRequired"/>, it must hold a name and ends at the first
    /// lower-case word after one (« la Russie et la Chine préparent »).
    /// </summary>
    private static (int First, int End)? Phrase(EventScan scan, int first, int last, bool capitalRequired)
    {
        var end = first - 1;
        var names = 0;
        var words = 0;
        for (var t = first; t <= last && t - first < MaximumPhrase; t++)
        {
            if (scan.IsBreak(t) && !(scan.IsPunct(t, ',') && names > 0 && StartsName(scan, t + 1)))
            {
                break;
            }

            if (scan.IsPunct(t, ','))
            {
                continue;
            }

            if (scan.Is(t, EventWordClass.Determiner) && !(t > first && scan.Is(t, EventWordClass.Complementizer)))
            {
                // "warned Asmara that Ethiopia …": after a word, "that" opens a clause.
                continue;
            }

            if (words > 0 && scan.Is(t, EventWordClass.Adverb))
            {
                // "Russia today", « la Syrie mardi »: a time closes the phrase.
                break;
            }

            if (scan.Is(t, EventWordClass.Conjunction) || (scan.Is(t, EventWordClass.AgentPreposition) && !scan.Is(t, EventWordClass.Determiner)))
            {
                if (StartsName(scan, t + 1) || (!capitalRequired && words > 0 && scan.Is(t, EventWordClass.AgentPreposition) && IsHeadOf(scan, t)))
                {
                    continue;
                }

                break;
            }

            if (scan.Is(t, EventWordClass.StopPreposition) || scan.Is(t, EventWordClass.Complementizer) || scan.Is(t, EventWordClass.RelativePronoun)
                || scan.Is(t, EventWordClass.Auxiliary) || scan.Is(t, EventWordClass.Future) || scan.Is(t, EventWordClass.Negation))
            {
                break;
            }

            if (scan.IsCapitalized(t))
            {
                names++;
            }
            else if (capitalRequired && names > 0)
            {
                break;
            }
            else if (!scan.IsWord(t))
            {
                break;
            }

            words++;
            end = t;
            if (!capitalRequired && names == 0 && words >= 4)
            {
                break;
            }
        }

        if (end < first || (capitalRequired && names == 0))
        {
            return null;
        }

        return (first, end);
    }

    /// <summary>Whether a name (after determiners) starts at <paramref name="t"/>.</summary>
    private static bool StartsName(EventScan scan, int t)
    {
        while (scan.Is(t, EventWordClass.Determiner))
        {
            t++;
        }

        // "on Monday": a day is no actor.
        return scan.IsCapitalized(t) && !scan.Is(t, EventWordClass.Adverb);
    }

    /// <summary>
    /// Whether a name follows the preposition at <paramref name="t"/> after at most three words that describe it
    /// ("for exiled novelist Elena Marín", « contre l’ancien ministre X »), no day ("on Monday").
    /// </summary>
    private static bool NameSoonAfter(EventScan scan, int t)
    {
        var u = t + 1;
        while (scan.Is(u, EventWordClass.Determiner))
        {
            u++;
        }

        for (var words = 0; words <= 3; words++, u++)
        {
            if (scan.IsCapitalized(u))
            {
                return !scan.Is(u, EventWordClass.Adverb) && !scan.Is(u, EventWordClass.TimeNoun);
            }

            // "talks on reviving the Mercosur bloc": an act, not a description.
            if (!scan.IsWord(u) || scan.Is(u, EventWordClass.StopPreposition) || scan.Is(u, EventWordClass.Complementizer)
                || scan.Is(u, EventWordClass.Auxiliary) || scan.Is(u, EventWordClass.Conjunction) || scan.Is(u, EventWordClass.Determiner)
                || scan.EndsWith(u, scan.Rules.GerundEndings))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>« la marine de … »: « de » after a common noun heads a complement that belongs to the phrase (short ones only).</summary>
    private static bool IsHeadOf(EventScan scan, int t) => scan.IsWord(t - 1) && !scan.IsCapitalized(t - 1) && StartsNameOrWord(scan, t + 1);

    private static bool StartsNameOrWord(EventScan scan, int t)
    {
        while (scan.Is(t, EventWordClass.Determiner))
        {
            t++;
        }

        return scan.IsWord(t) && !scan.Is(t, EventWordClass.StopPreposition);
    }

    /// <summary>
    /// The last article in (<paramref name="first"/>, <paramref name="end"/>] that follows the noun of a complement of common words
    /// and time words ("At the end of the session the …", "On Tuesday the …"), or null (names before it: no mere complement).
    /// </summary>
    private static int? LastNounPhraseStart(EventScan scan, int first, int end)
    {
        for (var d = end; d > first + 1; d--)
        {
            if (scan.Is(d, EventWordClass.Determiner) && !scan.Is(d, EventWordClass.StopPreposition) && !scan.Is(d, EventWordClass.AgentPreposition)
                && !scan.Is(d, EventWordClass.Possessive) && scan.IsWord(d - 1) && !scan.Is(d - 1, EventWordClass.StopPreposition)
                && !scan.Is(d - 1, EventWordClass.Determiner) && !scan.Is(d - 1, EventWordClass.Auxiliary))
            {
                for (var u = first + 1; u < d; u++)
                {
                    if (scan.IsCapitalized(u) && !scan.Is(u, EventWordClass.TimeNoun))
                    {
                        return null;
                    }
                }

                return d;
            }
        }

        return null;
    }
}
