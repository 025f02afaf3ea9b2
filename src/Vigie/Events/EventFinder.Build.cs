using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// One event from a trigger matched at tokens [<paramref name="t"/>, <paramref name="end"/>] of the sentence [<paramref name="first"/>,
    /// <paramref name="last"/>]; <paramref name="previousAct"/> is the first and last token of the sentence's last verb act, or -1.
    /// </summary>
    private Event? Build(EventScan scan, EventTrigger trigger, int t, int end, int first, int last, (int Start, int End) previousAct, IReadOnlyList<Quote> quotes)
    {
        var sources = new List<TextSpan>();
        var targets = new List<TextSpan>();
        var groupStart = t;
        var isVerb = trigger.Kind is TriggerKind.Verb or TriggerKind.Speech;
        if (isVerb)
        {
            groupStart = VerbGroupStart(scan, t, first);
            var subject = SubjectOf(scan, groupStart, first, previousAct.Start);
            if (subject is var (from, to) && (HoldsNonAgent(scan, from, to) || (from <= previousAct.End && previousAct.End <= to)
                || (scan.Is(from, EventWordClass.FirstPerson) && InQuote(scan, t, quotes).Status == EventStatus.Asserted)))
            {
                // "A storm hit the coast", « La tempête Ciarán a frappé », "Cholera killed": nature and disease are no actors;
                // "France demanded the immediate release", "rejected renewed calls": a "subject" holding the act before is its object;
                // "We apologise for the error", outside quotation marks: the newspaper speaks, no actor acts.
                return null;
            }

            if (trigger.Type == EventType.Reject && DeclinesToComment(scan, end))
            {
                // "declined to comment", « a refusé de commenter », « s’est refusé à tout commentaire »: silence, not a rejection.
                return null;
            }

            if (scan.Is(t, EventWordClass.Obligation))
            {
                // "Russia said that Sudan must return it": the one obliged is the target, the one saying so the source.
                AddList(scan, subject, targets);
                AddList(scan, ReporterOf(scan, groupStart, end, first, last), sources);
            }
            else if (IsPassive(scan, groupStart, t))
            {
                AddList(scan, subject, targets);
                if (AgentAfter(scan, end, last) is { } agent)
                {
                    AddList(scan, agent, sources);
                }
                else if (trigger.Type == EventType.Assault && IsSubordinate(scan, groupStart, first, EventWordClass.Background))
                {
                    // "resigned a day after a protester was killed", « au lendemain de … où trois policiers ont été tués »: a death
                    // told to explain the news, by no one named, is no act of its own.
                    return null;
                }
            }
            else
            {
                AddList(scan, subject, sources);
                var inPattern = ObjectInside(scan, trigger, t, end) ?? ActorInPattern(scan, trigger, t, end, last);
                var directObject = inPattern ?? ObjectAfter(scan, trigger, end, last);
                // "will give a grant to Tanzania": the recipient named after an object that names no one (not for an act with no subject).
                // No recipient for an arrest or an attack: « a arrêté des manifestants à Dakar » names a place.
                var recipient = sources.Count == 0 || trigger.Type is EventType.Coerce or EventType.Assault || (directObject is var (o, e) && (HoldsName(scan, o, e) || inPattern is not null))
                    ? null : RecipientAfter(scan, directObject?.End ?? end, last);
                if (trigger.Type == EventType.Reject && RejectsAllegation(scan, end, last))
                {
                    // "dismissed as fabrications reports that its drones had struck", "rejected the accusations": a denial, not a rejection.
                    return null;
                }

                AddList(scan, recipient ?? directObject, targets);
                if (targets.Count == 0 && sources.Count > 0)
                {
                    // "marched through the capital against President X", « ont manifesté samedi contre le gouvernement ».
                    AddList(scan, NameAfter(scan, end, last, EventWordClass.AgainstPreposition), targets);
                }

                if (targets.Count == 0 && sources.Count > 0 && trigger.Type == EventType.Assault && scan.Is(end + 1, EventWordClass.AimPreposition))
                {
                    // "fired tear gas at marchers": what is fired at is attacked.
                    AddList(scan, Phrase(scan, end + 2, last, capitalRequired: false), targets);
                }

                if (targets.Count == 0 && sources.Count > 0 && trigger.Elements.Count > 1 && !scan.Is(end, EventWordClass.StopPreposition))
                {
                    // A verb and its noun ("issued an arrest warrant for X"): the noun's complement.
                    AddList(scan, NounComplement(scan, trigger, end, last), targets);
                }
            }
        }
        else
        {
            NounActors(scan, trigger, t, end, first, last, sources, targets);
        }

        if (trigger.Type is EventType.Assault or EventType.Coerce && scan.AnyIn(targets, EventWordClass.Arena))
        {
            // "Fans stormed the pitch", "captured the yellow jersey", "stormed the stage": a game's ground or prize, or a stage;
            // no one attacked or seized (markets are not: they get bombed).
            return null;
        }

        if (trigger.Type is EventType.Assault or EventType.Coerce or EventType.Retreat
            && (scan.Any(first, last, EventWordClass.Game) || scan.Any(first, last, EventWordClass.Economy) || HasBracketedScore(scan, first, last))
            && !scan.AnyIn(sources, EventWordClass.LawEnforcement))
        {
            // "Albania shot down Serbia's hopes of qualification", "a kingside attack in a chess tournament", "bulldozed the forwards
            // from the first scrum", « … à la 78e minute (24-27) », "his desserts surrender to citrus": a game's or a kitchen's words, no one
            // hurt, seized or beaten back;
            // "fired another salvo in its war on inflation", "an all-out assault on rivals' pricing": prices fought, no one hurt.
            return null;
        }

        if (isVerb && sources.Count == 0 && groupStart == first && scan.EndsWith(t, scan.Rules.AttributiveParticipleEndings) && !IsPassive(scan, groupStart, t))
        {
            // "Jailed activist X began …": a participle opening the sentence describes, it does not assert an act.
            return null;
        }

        var place = PlaceAfter(scan, end, last);
        if (sources.Count == 0 && targets.Count == 0)
        {
            if (isVerb || place is null)
            {
                // Precision first: a trigger with no actor in its clause (« lors du sommet », « une
                // tempête a frappé » whose subject is no actor phrase) is no event.
                return null;
            }

            // « le défilé militaire en Chine »: with no agent, the place in a country stands for it.
            sources.Add(place.Value);
        }

        var (status, claimedBy, future) = Status(scan, trigger, t, end, groupStart, first, last, quotes);
        if (isVerb && status == EventStatus.Asserted && IsToldAsBackground(scan, trigger, groupStart, t, end, first, last))
        {
            status = EventStatus.Recalled;
        }

        var type = trigger.Type;
        var mode = trigger.Mode;
        if (future && IsAnnounced(scan, first, last) && type is not (EventType.Agree or EventType.Threaten) && !IsForecast(scan, t, groupStart, first))
        {
            // PLOVER: "X said it will release Y" is an AGREE that happened, "X said it will boycott" a THREATEN.
            type = IsConflict(type) && mode != "investigate" ? EventType.Threaten : EventType.Agree;
            mode = null;
            (status, claimedBy) = InQuote(scan, t, quotes);
        }

        if (type == EventType.Assault && scan.Is(t, EventWordClass.Raid) && (scan.AnyIn(sources, EventWordClass.LawEnforcement) || scan.AnyIn(targets, EventWordClass.Premises)))
        {
            // PLOVER: a raid by police or tax officials on offices or homes is a search (COERCE, seize), not an attack.
            type = EventType.Coerce;
            mode = "seize";
        }

        if (type == EventType.Accuse && trigger.Kind == TriggerKind.Speech
            && ((targets.Count > 0 && WarnsOfConsequence(scan, end, last)) || WarnsOfOwnAct(scan, end, last) || WarnsOfForce(scan, end, last)))
        {
            // « a averti le Hezbollah qu’il paierait », "warned Iran that it would pay": a threat to the one warned.
            type = EventType.Threaten;
            mode = null;
        }

        var evidenceStart = Math.Min(scan[t].Start, sources.Count > 0 ? sources.Min(s => s.Start) : int.MaxValue);
        var evidenceEnd = Math.Max(scan[end].End, Math.Max(targets.Count > 0 ? targets.Max(s => s.End) : 0, place?.End ?? 0));
        evidenceStart = Math.Min(evidenceStart, targets.Count > 0 ? targets.Min(s => s.Start) : int.MaxValue);
        var confidence = (trigger.Kind switch { TriggerKind.Noun => 0.6, TriggerKind.Joint => 0.65, _ => 0.7 })
            + (sources.Count > 0 ? 0.15 : 0) + (targets.Count > 0 ? 0.05 : 0);
        if (status == EventStatus.Claimed)
        {
            confidence *= 0.9;
        }

        if (IsSubordinate(scan, groupStart, first))
        {
            // Background: « après que X a attaqué », "which is preparing an offensive".
            confidence -= 0.15;
        }

        var evidence = new TextSpan(evidenceStart, evidenceEnd);
        return new Event(type, mode, sources, targets, place, scan.Span(t, end), evidence, status, claimedBy, Math.Round(Math.Min(confidence, 0.95), 3))
        {
            Mentions = [evidence],
        };
    }

    /// <summary>
    /// The subject of the reporting verb of the clause: the nearest before it ("X said … that"), else one
    /// after it ("…, the minister said").
    /// </summary>
    private static (int First, int End)? ReporterOf(EventScan scan, int groupStart, int end, int first, int last)
    {
        for (var u = groupStart - 1; u >= first; u--)
        {
            if (scan.Is(u, EventWordClass.Reporting))
            {
                return Subject(scan, VerbGroupStart(scan, u, first) - 1, first);
            }
        }

        for (var u = end + 1; u <= last; u++)
        {
            if (scan.Is(u, EventWordClass.Reporting))
            {
                var floor = u;
                while (floor - 1 > end && !scan.IsBreak(floor - 1))
                {
                    floor--;
                }

                return Subject(scan, VerbGroupStart(scan, u, floor) - 1, floor);
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the verb group starting at <paramref name="groupStart"/>: the phrase before it; for an
    /// infinitive (« a refusé de signer »), that of the verb it depends on; for a subject pronoun right
    /// after a reporting verb ("Syria says it will"), the reporting verb's subject.
    /// </summary>
    private static (int First, int End)? SubjectOf(EventScan scan, int groupStart, int first, int previousAct = -1)
    {
        if (scan.IsInfinitiveMarker(groupStart) && scan.IsWord(groupStart - 1) && groupStart - 1 >= first)
        {
            groupStart = VerbGroupStart(scan, groupStart - 1, first);
        }

        if (IsGerundAfterPreposition(scan, groupStart, first))
        {
            return null;
        }

        var verb = groupStart;
        if (scan.Is(groupStart - 1, EventWordClass.Determiner) && scan.IsPunct(groupStart - 2, ',') && scan.EndsWith(verb, scan.Rules.PresentParticipleEndings, stem: 1))
        {
            // « …, l’accusant de »: the object pronoun belongs to the participle's group.
            groupStart--;
        }

        if (scan.IsPunct(groupStart - 1, ',') && scan.EndsWith(verb, scan.Rules.PresentParticipleEndings, stem: 1) && !scan.IsCapitalized(verb))
        {
            // "Bangladesh has rejected the proposal, urging India to …", « Les forces russes ont pilonné Kharkiv, tuant … »:
            // the participle's subject is the main clause's, the phrase before its first auxiliary.
            var clause = PhraseStart(scan, groupStart - 2, first);
            for (var u = clause; u < groupStart - 1; u++)
            {
                if ((scan.Is(u, EventWordClass.Auxiliary) && !scan.IsInfinitiveMarker(u)) || u == previousAct)
                {
                    // The first auxiliary, or the act coded before: "X threatened …, accusing".
                    return Subject(scan, VerbGroupStart(scan, u, clause) - 1, clause);
                }
            }
        }

        if (DocumentBefore(scan, groupStart, first) is var issued and >= 0 && scan.EndsWith(verb, scan.Rules.PresentParticipleEndings, stem: 1))
        {
            // "adopted a statement backing Moldova's bid", « a adopté une proposition de résolution soutenant l’Arménie »: the text
            // speaks for the one who adopted or issued it.
            return Subject(scan, VerbGroupStart(scan, issued, first) - 1, first);
        }

        if (previousAct >= 0 && previousAct < groupStart && scan.Is(groupStart - 1, EventWordClass.ClauseOpener) && scan.Is(groupStart - 1, EventWordClass.Conjunction))
        {
            // "spoke by telephone … and agreed to", « a rétabli ses relations … et s’est engagé à »: the coordinated verb shares the
            // subject of the act before it.
            return SubjectOf(scan, VerbGroupStart(scan, previousAct, first), first);
        }

        if (scan.Is(groupStart - 1, EventWordClass.Conjunction) && groupStart - 2 >= first && scan.IsWord(groupStart - 2) && !scan.IsCapitalized(groupStart - 2)
            && scan.EndsWith(groupStart - 2, scan.Rules.AttributiveParticipleEndings) && !scan.EndsWith(verb, scan.Rules.PresentParticipleEndings, stem: 1))
        {
            // "A tiger attacked and killed a honey collector": right after another verb and "and", the verb shares its subject.
            return Subject(scan, VerbGroupStart(scan, groupStart - 2, first) - 1, first);
        }

        if (groupStart == first && scan.EndsWith(groupStart, scan.Rules.PresentParticipleEndings, stem: 1))
        {
            // « Accusant Moscou d’avoir …, Varsovie a expulsé », "Citing security concerns, Ghana closed": the main clause's subject.
            return MainSubjectAfter(scan, groupStart);
        }

        var subject = Subject(scan, groupStart - 1, first);
        if (subject is var (s, e) && s == e && scan.Is(s, EventWordClass.SubjectPronoun))
        {
            var reporting = s - 1;
            if (scan.Is(reporting, EventWordClass.Complementizer))
            {
                reporting--;
            }

            if (reporting >= first && scan.Is(reporting, EventWordClass.Reporting))
            {
                return Subject(scan, VerbGroupStart(scan, reporting, first) - 1, first) ?? subject;
            }
        }

        return subject;
    }

    /// <summary>Whether accusations, or reports that something happened, stand within a few words after the verb ("dismissed as \"fabrications\" reports that").</summary>
    private static bool RejectsAllegation(EventScan scan, int end, int last)
    {
        for (var u = end + 1; u <= last && u - end <= 6; u++)
        {
            // "rejected the accusations"; "dismissed reports that its drones had struck" (a report of a finding, "dismissed a report on
            // the election as biased", is rejected).
            if (scan.Is(u, EventWordClass.Allegation) || (scan.Is(u, EventWordClass.ReportNoun) && (scan.Is(u + 1, EventWordClass.Complementizer) || scan.Is(u + 2, EventWordClass.Complementizer))))
            {
                return true;
            }

            if (scan.IsTerminal(u) || scan.Is(u, EventWordClass.Complementizer))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of comment right after the pattern, or after its infinitive marker or determiner: "declined to say", « s’est refusé à
    /// tout commentaire » (not « l’a rejetée sans commentaire »).
    /// </summary>
    private static bool DeclinesToComment(EventScan scan, int end)
    {
        var u = end + 1;
        while (u <= end + 2 && (scan.IsInfinitiveMarker(u) || scan.Is(u, EventWordClass.Determiner) || scan.Is(u, EventWordClass.Quantifier)))
        {
            u++;
        }

        return scan.Is(u, EventWordClass.NonCommittal);
    }

    /// <summary>Whether the phrase holds a word of nature, disease or markets, in lower case or opening it ("Cholera killed"; not "Tamil Tiger rebels").</summary>
    private static bool HoldsNonAgent(EventScan scan, int first, int end)
    {
        for (var t = first; t <= end; t++)
        {
            if (scan.Is(t, EventWordClass.NonAgent) && (t == first || !scan.IsCapitalized(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of the clause after the first comma following <paramref name="from"/>: the words up to its verb group.</summary>
    private static (int First, int End)? MainSubjectAfter(EventScan scan, int from)
    {
        var comma = from;
        while (scan.IsWord(comma))
        {
            comma++;
        }

        if (!scan.IsPunct(comma, ','))
        {
            return null;
        }

        for (var u = comma + 1; u - comma <= MaximumSubject && scan.IsWord(u); u++)
        {
            if (IsVerbGroupWord(scan, u))
            {
                return Subject(scan, u - 1, comma + 1);
            }
        }

        return null;
    }

    /// <summary>A gerund right after a preposition ("for her role in rioting", "accused of attacking"): the phrase before it is no subject.</summary>
    private static bool IsGerundAfterPreposition(EventScan scan, int groupStart, int first)
    {
        var before = groupStart - 1;
        return before >= first && scan.Is(before, EventWordClass.StopPreposition) && !scan.Is(before, EventWordClass.Determiner)
            && !scan.Is(before, EventWordClass.Complementizer) && !scan.Is(before, EventWordClass.RelativePronoun) && !scan.IsInfinitiveMarker(before)
            && !scan.IsCapitalized(groupStart) && scan.EndsWith(groupStart, scan.Rules.GerundEndings);
    }

    /// <summary>
    /// Whether a clause after the one warned (« a averti X que », "warned X that") tells what will happen:
    /// a future or modal word, or a verb in the future or the conditional. A clause right after the verb
    /// (« a averti que … ») says what is feared, not what is threatened.
    /// </summary>
    private static bool WarnsOfConsequence(EventScan scan, int end, int last)
    {
        for (var u = end + 2; u <= last && u - end <= 8 && !scan.IsTerminal(u); u++)
        {
            if (!scan.Is(u, EventWordClass.Complementizer))
            {
                continue;
            }

            for (var v = u + 1; v <= last && v - u <= 10 && !scan.IsTerminal(v); v++)
            {
                if (scan.Is(v, EventWordClass.Future) || (!scan.IsCapitalized(v) && scan.EndsWith(v, scan.Rules.FutureEndings)))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// Whether a clause right after the warning (time words aside) says what the warner itself will do: "warned on Monday that it
    /// would respond", « a averti qu’il riposterait »; "warned that prices would rise" says what is feared.
    /// </summary>
    private static bool WarnsOfOwnAct(EventScan scan, int end, int last)
    {
        var u = ComplementizerAfter(scan, end, last);
        if (u < 0 || !scan.Is(u + 1, EventWordClass.SubjectPronoun))
        {
            return false;
        }

        var verb = scan.IsQuoteMark(u + 2) ? u + 3 : u + 2;
        return scan.Is(verb, EventWordClass.Future) || scan.Is(verb, EventWordClass.Modal) || (!scan.IsCapitalized(verb) && scan.EndsWith(verb, scan.Rules.FutureEndings));
    }

    /// <summary>
    /// The verb before the document a participle at <paramref name="groupStart"/> describes ("adopted a statement backing", « a adopté
    /// une proposition de résolution soutenant »): a document noun within four words before it, a determiner before the noun's phrase,
    /// and the word before that determiner; -1 when there is none.
    /// </summary>
    private static int DocumentBefore(EventScan scan, int groupStart, int first)
    {
        for (var noun = groupStart - 1; noun >= first && noun >= groupStart - 4 && !scan.IsBreak(noun); noun--)
        {
            if (!scan.Is(noun, EventWordClass.Document))
            {
                continue;
            }

            for (var determiner = noun - 1; determiner > first && determiner >= noun - 3 && !scan.IsBreak(determiner); determiner--)
            {
                if (scan.Is(determiner, EventWordClass.Determiner))
                {
                    return scan.IsWord(determiner - 1) && !scan.IsCapitalized(determiner - 1) ? determiner - 1 : -1;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>The complementizer that opens the clause right after a verb ending at <paramref name="end"/>, time words aside (at most four words on, no break); -1 when none.</summary>
    private static int ComplementizerAfter(EventScan scan, int end, int last)
    {
        var u = end + 1;
        while (u <= last && u - end <= 4 && !scan.Is(u, EventWordClass.Complementizer) && !scan.IsBreak(u))
        {
            u++;
        }

        return u <= last && scan.Is(u, EventWordClass.Complementizer) ? u : -1;
    }

    /// <summary>
    /// Whether the clause a warning reports (its complementizer a few words after the verb) says the one warned will be struck: "warned
    /// that any vessel … would be “a legitimate target”", « a averti que toute tentative … serait « écrasée » ».
    /// </summary>
    private static bool WarnsOfForce(EventScan scan, int end, int last)
    {
        var u = ComplementizerAfter(scan, end, last);
        if (u < 0)
        {
            return false;
        }

        for (var v = u + 1; v <= last && !scan.IsTerminal(v); v++)
        {
            if (scan.Is(v, EventWordClass.ThreatOutcome))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the trigger's clause is a relative or adverbial clause (« qui », « après que », "which", "after").</summary>
    private static bool IsSubordinate(EventScan scan, int groupStart, int first) =>
        IsSubordinate(scan, groupStart, first, EventWordClass.RelativePronoun) || IsSubordinate(scan, groupStart, first, EventWordClass.Subordinator);

    /// <summary>Whether a word of <paramref name="opener"/> opens the phrase of the verb group at <paramref name="groupStart"/>.</summary>
    private static bool IsSubordinate(EventScan scan, int groupStart, int first, EventWordClass opener)
    {
        for (var u = groupStart - 1; u >= first && !scan.IsBreak(u); u--)
        {
            if (scan.Is(u, opener))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a verb act is told as background: in the pluperfect in a main clause, not reported ("The group had threatened reprisals
    /// last month", « Erevan avait gelé sa participation en février »; a relative clause's, "protesters who had marched on parliament",
    /// is often the news), or as a habit ("have long resisted", « a longtemps été accusée », « a demandé à plusieurs reprises », « Chaque
    /// hiver, les patrouilleurs arraisonnent »), or in the French imperfect (« quand les avions bombardaient »; not a protest in a relative
    /// clause, « des étudiants qui manifestaient », which goes on as the news is told).
    /// </summary>
    private static bool IsToldAsBackground(EventScan scan, EventTrigger trigger, int groupStart, int t, int end, int first, int last)
    {
        // The imperfect is read on verbs of six letters or more: « fait » is a present or a participle.
        if (scan.Any(groupStart, t - 1, EventWordClass.Habitual) || scan.Any(end + 1, Math.Min(last, end + 3), EventWordClass.Habitual)
            || Recurs(scan, first, t - 1) || (t == groupStart && scan[t].Length > 5 && scan.EndsWith(t, scan.Rules.ImperfectEndings)
                && !(trigger.Type == EventType.Protest && scan.Is(t - 1, EventWordClass.RelativePronoun))))
        {
            return true;
        }

        // "In a televised address on Friday, Abiy had warned Asmara": a named day of the week makes it this week's news.
        return scan.Any(groupStart, t - 1, EventWordClass.Pluperfect) && !scan.Any(first, groupStart - 1, EventWordClass.Reporting)
            && !scan.Any(first, groupStart - 1, EventWordClass.Complementizer) && !IsSubordinate(scan, groupStart, first)
            && !scan.Any(first, last, EventWordClass.Weekday);
    }

    /// <summary>
    /// « Chaque hiver, … », "Every year, …": a time that recurs opening the sentence (or its text after a heading's dash), up to
    /// <paramref name="last"/>; not one in an aside ("Recent drone attacks, occurring almost every night, have killed …").
    /// </summary>
    private static bool Recurs(EventScan scan, int first, int last)
    {
        for (var u = first; u < last; u++)
        {
            if (scan.Is(u, EventWordClass.Recurrence) && scan.Is(u + 1, EventWordClass.RecurringTime) && (u == first || scan.IsDash(u - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConflict(EventType type) =>
        type is EventType.Sanction or EventType.Coerce or EventType.Assault or EventType.Protest or EventType.Mobilize or EventType.Reject or EventType.Accuse or EventType.Request;

    /// <summary>Adds the actors of a phrase, split at « et », "and" and commas: "Russia and China" gives two sources.</summary>
    private static void AddList(EventScan scan, (int First, int End)? phrase, List<TextSpan> actors)
    {
        if (phrase is not var (first, end) || first > end)
        {
            return;
        }

        var start = first;
        for (var t = first; t <= end + 1; t++)
        {
            // « le Groupe de soutien à l’islam et aux musulmans », "Bosnia and Herzegovina": a conjunction inside one actor's name splits nothing.
            if (t == end + 1 || scan.IsPunct(t, ',') || (scan.Is(t, EventWordClass.Conjunction) && !(scan.IsActorWord(t) && scan.IsActorWord(t - 1) && scan.IsActorWord(t + 1))))
            {
                var a = start;
                var b = t - 1;
                while (a <= b && (scan.Is(a, EventWordClass.AgentPreposition) && !scan.Is(a, EventWordClass.Determiner) || !scan.IsWord(a)))
                {
                    a++;
                }

                while (b >= a && !scan.IsWord(b))
                {
                    b--;
                }

                if (a <= b && !(a == b && scan.Is(a, EventWordClass.NumberWord)))
                {
                    // "Thirty arrests were made", « Des dizaines … »: a number alone names no one.
                    actors.Add(scan.Span(a, b));
                }

                start = t + 1;
            }
        }
    }
}
