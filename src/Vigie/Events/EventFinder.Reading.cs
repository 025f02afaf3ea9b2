namespace Vigie.Events;

/// <summary>
/// How a trigger's word is read where it stands: a verb, a noun, an adjective or part of a name ("the Rapid Support Forces",
/// "of jailed X", « par téléphone », "on phone calls", "U.N.-backed", "called off", « écoliers enlevés en mars »), a match score,
/// a dateline to skip, an act recalled as background ("last year's attack", "after missile strikes"). Each test is a small
/// predicate over the scan; <see cref="EventFinder.Consider"/> and the sentence loop apply them.
/// </summary>
public sealed partial class EventFinder
{
    /// <summary>
    /// Whether the word is part of a name: capitalised inside a run of capitalised words, not at the sentence start, in a
    /// sentence written in ordinary case ("the Rapid Support Forces"; a headline in title case keeps its verbs).
    /// </summary>
    private static bool IsInsideName(EventScan scan, int t, int first, int last)
    {
        if (t == first || !scan.IsCapitalized(t) || !(scan.IsCapitalized(t - 1) && t - 1 > first || scan.IsCapitalized(t + 1) && t + 1 <= last))
        {
            return false;
        }

        var lowerCase = 0;
        for (var u = first; u <= last && lowerCase < 2; u++)
        {
            if (scan.IsWord(u) && !scan.IsCapitalized(u) && scan[u].Length > 3)
            {
                lowerCase++;
            }
        }

        return lowerCase >= 2;
    }

    /// <summary>A participle right after a preposition or a possessive ("of jailed", "their detained"), by the language's endings.</summary>
    private static bool IsAttributiveParticiple(EventScan scan, int t) =>
        scan.EndsWith(t, scan.Rules.AttributiveParticipleEndings)
        && ((scan.Is(t - 1, EventWordClass.StopPreposition) && !scan.Is(t - 1, EventWordClass.RelativePronoun) && !scan.Is(t - 1, EventWordClass.Complementizer)
            && !scan.IsInfinitiveMarker(t - 1)) || scan.Is(t - 1, EventWordClass.Possessive));

    /// <summary>
    /// A past participle right after a noun, with no auxiliary (« Trente écoliers enlevés en mars ont été libérés », « les trois
    /// journalistes incarcérés depuis mars »): it qualifies the noun, it tells no act of the sentence (with an auxiliary a few
    /// words before, « s’est dite disposée », « a de nouveau condamné », it is the verb's).
    /// </summary>
    private static bool IsParticipleAfterNoun(EventScan scan, int t) =>
        scan.EndsAsWritten(t, scan.Rules.PastParticipleEndings) && IsNounLike(scan, t - 1) && !AuxiliaryWithin(scan, t, 4);

    /// <summary>
    /// Whether an English "-ed" verb right after a noun follows an act coded in its clause: "set free 14 farmers abducted in August",
    /// a participle qualifying the act's object, not a past tense.
    /// </summary>
    private static bool IsObjectsParticiple(EventScan scan, int t, int lastVerbAct) =>
        lastVerbAct >= 0 && lastVerbAct < t - 1 && SameClause(scan, lastVerbAct, t) && scan.EndsWith(t, scan.Rules.AttributiveParticipleEndings) && IsNounLike(scan, t - 1);

    /// <summary>A gerund after "for" ("for hosting"), or a participle after "for having", « pour avoir ».</summary>
    private static bool IsReasonOfAct(EventScan scan, int t) =>
        (scan.Is(t - 1, EventWordClass.Reason) && scan.EndsWith(t, scan.Rules.PresentParticipleEndings))
        || (scan.Is(t - 1, EventWordClass.PerfectInfinitive) && scan.Is(t - 2, EventWordClass.Reason));

    /// <summary>A lower-case word that is none of the small words of a clause's frame (determiner, auxiliary, preposition, pronoun, negation, conjunction, adverb).</summary>
    private static bool IsNounLike(EventScan scan, int t) =>
        scan.IsWord(t) && !scan.IsCapitalized(t) && scan[t].Kind == Text.TokenKind.Word
        && !scan.Is(t, EventWordClass.Determiner) && !scan.Is(t, EventWordClass.Auxiliary) && !scan.Is(t, EventWordClass.Passive)
        && !scan.Is(t, EventWordClass.StopPreposition) && !scan.Is(t, EventWordClass.SubjectPronoun) && !scan.Is(t, EventWordClass.Negation)
        && !scan.Is(t, EventWordClass.Conjunction) && !scan.Is(t, EventWordClass.ClauseOpener) && !IsAdverb(scan, t);

    /// <summary>Whether an auxiliary stands among the <paramref name="reach"/> words before <paramref name="t"/>, within its phrase.</summary>
    private static bool AuxiliaryWithin(EventScan scan, int t, int reach)
    {
        for (var u = t - 1; u >= 0 && t - u <= reach && !scan.IsBreak(u); u--)
        {
            if (scan.Is(u, EventWordClass.Auxiliary) && !scan.IsInfinitiveMarker(u))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "called off the marathon" is no "called … on": a particle right after the verb of a phrasal pattern ("call on", "turn
    /// down") that is not the pattern's own makes another verb ("broke off relations", a verb and its object, is not phrasal).
    /// </summary>
    private bool IsOtherPhrasalVerb(EventScan scan, EventTrigger trigger, int t, int end)
    {
        if (trigger.Elements.Count < 2 || end <= t + 1 || !scan.Is(t + 1, EventWordClass.Particle) || scan.Matches(t + 1, trigger.Elements[1]))
        {
            return false;
        }

        foreach (var word in trigger.Elements[1].Words)
        {
            if (Rules.Has(EventWordClass.Particle, word) || Rules.Has(EventWordClass.StopPreposition, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a score ("3-1", « 2-0 »: a number, a dash and a number, side by side) stands within five tokens after the trigger.</summary>
    private static bool IsSportScoreAfter(EventScan scan, int t, int last)
    {
        for (var u = t + 1; u + 2 <= last && u - t <= 5; u++)
        {
            if (IsScore(scan, u))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a score in brackets (« (24-27) ») stands between two tokens: a match's result, not dates ("on 2-3 September").</summary>
    private static bool HasBracketedScore(EventScan scan, int first, int last)
    {
        for (var u = first + 1; u + 3 <= last; u++)
        {
            if (IsScore(scan, u) && scan.IsPunct(u - 1, '(') && scan.IsPunct(u + 3, ')'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number, a dash and a number, side by side ("3-1", « 2-0 »), from token <paramref name="u"/>.</summary>
    private static bool IsScore(EventScan scan, int u) =>
        IsSmallNumber(scan, u) && scan.IsDash(u + 1) && IsSmallNumber(scan, u + 2) && scan[u + 1].Start == scan[u].End && scan[u + 2].Start == scan[u + 1].End;

    private static bool IsSmallNumber(EventScan scan, int t) =>
        scan[t].Length <= 2 && !scan.Text.AsSpan(scan[t].Start, scan[t].Length).ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The first token after a dateline ("MANAMA, Bahrain (AP) —", « PARIS (AFP) - », "WASHINGTON —"): a place in capitals,
    /// then the dash right away or after a comma or a bracket, within ten tokens.
    /// </summary>
    private static int AfterDateline(EventScan scan, int first, int last)
    {
        if (!scan.IsWord(first) || scan[first].Length < 3 || !IsAllCapitals(scan, first))
        {
            return first;
        }

        var marked = false;
        for (var t = first + 1; t <= last && t - first <= 10; t++)
        {
            if (scan.IsDash(t))
            {
                return t + 1 <= last && (marked || t == first + 1) ? t + 1 : first;
            }

            marked |= scan.IsPunct(t, ',') || scan.IsPunct(t, '(');
        }

        return first;
    }

    private static bool IsAllCapitals(EventScan scan, int t)
    {
        var word = scan.Text.AsSpan(scan[t].Start, scan[t].Length);
        return word.Length > 1 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>The second part of a compound ("U.N.-backed", "Iran-backed"): an adjective.</summary>
    private static bool InCompound(EventScan scan, int t) =>
        scan[t].Start > 0 && scan.Text[scan[t].Start - 1] == '-' && scan.IsWord(t - 1);

    /// <summary>A one-word trigger ending like a plural right before a preposition or a punctuation mark ("faces corruption charges over", "attacks on civilians"): a noun.</summary>
    private static bool IsPluralBeforePreposition(EventScan scan, EventTrigger trigger, int t) =>
        trigger.Elements.Count == 1 && scan.EndsWith(t, scan.Rules.PluralEndings, stem: 1)
        && (scan.Is(t + 1, EventWordClass.StopPreposition) || (t + 1 < scan.Count && !scan.IsWord(t + 1)));

    /// <summary>"Turkish troops, backed by tanks, …", « la riposte, appuyée par l’aviation »: a participle between a comma and its agent describes the phrase before it.</summary>
    private static bool IsAppositivePassive(EventScan scan, int t) =>
        scan.IsPunct(t - 1, ',') && IsPastParticiple(scan, t) && scan.Is(t + 1, EventWordClass.AgentPreposition) && !scan.Is(t + 1, EventWordClass.Determiner);

    /// <summary>
    /// « Deux humanitaires, enlevés en avril dans le nord du Bénin, ont été libérés », "Two aid workers, abducted in April, were
    /// freed": a participle between two commas, the second right before a verb group, qualifies the subject; it tells no act.
    /// </summary>
    private static bool IsAppositiveParticiple(EventScan scan, int t)
    {
        if (!scan.IsPunct(t - 1, ',') || !IsPastParticiple(scan, t))
        {
            return false;
        }

        for (var u = t + 1; u < scan.Count && u - t <= 12; u++)
        {
            if (scan.IsPunct(u, ','))
            {
                return scan.Is(u + 1, EventWordClass.Auxiliary) || scan.Is(u + 1, EventWordClass.Passive);
            }

            if (scan.IsBreak(u))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A past participle by the language's endings (« enlevés », "abducted").</summary>
    private static bool IsPastParticiple(EventScan scan, int t) =>
        scan.EndsAsWritten(t, scan.Rules.PastParticipleEndings) || scan.EndsWith(t, scan.Rules.AttributiveParticipleEndings);

    /// <summary>A preposition after which a verb's form is a noun (« par téléphone », "in protest"); gerunds stay verbs ("on attacking").</summary>
    private static bool AfterNounPreposition(EventScan scan, int t) =>
        scan.Is(t - 1, EventWordClass.NounPreposition) && !scan.EndsWith(t, scan.Rules.GerundEndings);

    /// <summary>
    /// A plural after a preposition and lower-case words with no determiner ("a tax on mobile phone calls", "to face charges",
    /// "a surge in militant attacks"): a noun, not a verb in the third person.
    /// </summary>
    private static bool IsBarePlural(EventScan scan, int t)
    {
        if (!scan.EndsWith(t, scan.Rules.PluralEndings, stem: 1))
        {
            return false;
        }

        for (var u = t - 1; u >= 0 && t - u <= 3; u--)
        {
            if (scan.Is(u, EventWordClass.StopPreposition) && u < t - 1)
            {
                return !scan.Is(u, EventWordClass.RelativePronoun) && !scan.Is(u, EventWordClass.Complementizer);
            }

            if (!scan.IsWord(u) || scan.IsCapitalized(u) || scan.Is(u, EventWordClass.Determiner) || IsAdverb(scan, u) || scan.Is(u, EventWordClass.Auxiliary)
                || scan.Is(u, EventWordClass.Modal) || scan.Is(u, EventWordClass.Negation) || scan.Is(u, EventWordClass.SubjectPronoun) || scan.Is(u, EventWordClass.StopPreposition))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether an auxiliary stands right before the word, adverbs aside.</summary>
    private static bool AfterAuxiliary(EventScan scan, int t)
    {
        var u = t - 1;
        while (u >= 0 && IsAdverb(scan, u))
        {
            u--;
        }

        return scan.Is(u, EventWordClass.Auxiliary) && !scan.IsInfinitiveMarker(u) && !scan.Is(u, EventWordClass.Determiner);
    }

    /// <summary>Whether a modal stands right before the word, adverbs and negation aside ("will visit", "would not attack").</summary>
    private static bool AfterModal(EventScan scan, int t)
    {
        var u = t - 1;
        while (u >= 0 && (IsAdverb(scan, u) || scan.Is(u, EventWordClass.Negation)))
        {
            u--;
        }

        return scan.Is(u, EventWordClass.Modal);
    }

    /// <summary>An adverb of the word classes or by its ending (« vivement », "strongly", "long"); not a noun after its determiner (« le gouvernement »).</summary>
    private static bool IsAdverb(EventScan scan, int t) =>
        scan.Is(t, EventWordClass.Adverb) || scan.Is(t, EventWordClass.Habitual)
        || (!scan.IsCapitalized(t) && scan.EndsWith(t, scan.Rules.AdverbEndings) && !(t > 0 && scan.Is(t - 1, EventWordClass.Determiner)));

    /// <summary>How many words before a noun act a word of remembrance may stand ("the twentieth anniversary of the start of NATO's bombing").</summary>
    private const int CommemorationReach = 8;

    /// <summary>
    /// Whether a time word dates the noun as past: its possessive right before it (up to one adjective: "last year's attack", "Monday's
    /// deadly strikes"), or a span of time before "after" / « après » a few words before it ("Twenty-five years after NATO's bombing",
    /// « dix ans après le massacre »), or a word of remembrance ("anniversary", « commémoration »).
    /// </summary>
    private static bool IsDatedInThePast(EventScan scan, int t)
    {
        var clitic = scan.IsPossessiveClitic(t - 1) ? t - 1 : scan.IsPossessiveClitic(t - 2) && !scan.IsCapitalized(t - 1) ? t - 2 : -1;
        if (clitic > 0 && scan.Is(clitic - 1, EventWordClass.TimeNoun))
        {
            return true;
        }

        for (var u = t - 1; u >= 1 && t - u <= 4 && !scan.IsBreak(u); u--)
        {
            if (scan.Is(u, EventWordClass.Background) && scan.Is(u - 1, EventWordClass.TimeNoun))
            {
                return true;
            }
        }

        // "to mark the twentieth anniversary of the start of NATO's bombing", « commémorer le massacre »: remembered, not news.
        for (var u = t - 1; u >= 0 && t - u <= CommemorationReach && !scan.IsBreak(u); u--)
        {
            if (scan.Is(u, EventWordClass.Commemoration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of time past ("after", "since", « au lendemain de ») stands between the act coded at <paramref name="act"/> and <paramref name="t"/>, in one sentence part.</summary>
    private static bool RecallsEarlierAct(EventScan scan, int act, int t)
    {
        for (var u = t - 1; u > act && t - u <= 8; u--)
        {
            if (scan.IsTerminal(u) || scan.IsPunct(u, ';'))
            {
                return false;
            }

            if (scan.Is(u, EventWordClass.Background))
            {
                return true;
            }
        }

        return false;
    }
}
