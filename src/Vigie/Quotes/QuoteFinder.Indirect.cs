namespace Vigie.Quotes;

public sealed partial class QuoteFinder
{
    /// <summary>Reported clauses shorter than this (in words) are not taken as indirect quotes.</summary>
    private const int MinimumClauseWords = 3;

    /// <summary>The longest clause read before its cue, in tokens (which also bounds the work per comma in a sentence of many).</summary>
    private const int MaximumClauseBeforeCue = 80;

    /// <summary>How far (in tokens) after an addressee a complementizer may stand: "told reporters in Geneva on Monday that".</summary>
    private const int ComplementizerReach = 12;

    /// <summary>
    /// Indirect speech, outside quotation marks: « X a affirmé que … », « X s’est dit préoccupé par … »,
    /// "X said (that) …", « selon X, … », "…, according to X.". The reported clause runs to the end of
    /// the sentence; a clause that holds quotation marks was already taken as a direct or mixed quote.
    /// </summary>
    private static void IndirectQuotes(QuoteScan scan, List<QuotedRegion> regions, List<QuotedRegion> unattributed, HashSet<int> usedCues, List<Quote> quotes)
    {
        var inside = new bool[scan.Count];
        foreach (var region in regions)
        {
            for (var t = region.Open; t <= (region.IsClosed ? region.Close : region.Last); t++)
            {
                inside[t] = true;
            }
        }

        // Quoted words no cue claimed may be part of a clause before its cue (« La France « condamne … » les frappes, a indiqué le ministère »):
        // the speaker's own words when two or more, not after a determiner and no title (« ne présente « aucun risque » »), else a term or
        // a name (« « Sea Lantern » »).
        var claimed = (bool[])inside.Clone();
        foreach (var region in unattributed)
        {
            Array.Fill(claimed, false, region.Open, region.Close - region.Open + 1);
        }

        var fragments = unattributed.FindAll(r => scan.Words(r.First, r.Last) >= 2 && !scan.Is(r.Open - 1, WordClass.Determiner) && !IsTitleLike(scan, r));

        for (var t = 0; t < scan.Count; t++)
        {
            if (inside[t] || usedCues.Contains(t) || !(scan.IsWord(t) || scan.IsPunct(t, ',')))
            {
                continue;
            }

            if (scan.IsPunct(t, ',') && !VerbSoonAfter(scan, t))
            {
                // No reporting verb close after this comma: no cue opens here (the cheap test first, commas being many).
                continue;
            }

            if (scan.AccordingAt(t) is var according and >= 0)
            {
                AccordingClause(scan, t, according, inside, quotes);
                t = according;
            }
            else if (scan.IsPunct(t, ',') && ClauseBeforeCue(scan, t, claimed, fragments, usedCues) is { } after)
            {
                var first = AfterTimestamp(scan, scan.SentenceFirst(t), t);
                var own = fragments.FindAll(r => r.Open >= first && r.Close < t);
                if (own.Count == 0 && unattributed.Exists(r => r.Open >= first && r.Close < t))
                {
                    // Only a term or a name in quotation marks ("the “peace plan”"): such a clause is left unread, as before.
                    continue;
                }

                // Quoted words inside the clause are the speaker's own: mixed quotes; else the whole clause is reported.
                foreach (var fragment in own)
                {
                    quotes.Add(Attributed(scan, QuoteKind.Mixed, scan.Span(fragment.First, fragment.Last), after with { Mixed = true }, quotes, 0.75));
                }

                if (own.Count == 0)
                {
                    quotes.Add(Attributed(scan, QuoteKind.Indirect, scan.Span(first, t - 1), after, quotes, 0.75));
                }

                usedCues.Add(after.Verb);
                t = scan.SentenceLast(t);
            }
            else if (scan.IsPunct(t, ',') && IncisedCue(scan, t, inside, usedCues) is var (incised, first) && first >= 0)
            {
                var last = LastWord(scan, first, scan.SentenceLast(t));
                quotes.Add(Attributed(scan, QuoteKind.Indirect, scan.Span(first, last), incised, quotes, 0.7));
                usedCues.Add(incised.Verb);
                t = scan.SentenceLast(t);
            }
            else if (scan.Is(t, WordClass.Verb) && !IsNounUse(scan, t) && ReportedClause(scan, t, inside) is var (clause, clauseLast, cueLast) && clause >= 0)
            {
                var cue = WithSpeaker(scan, t, scan.SentenceFirst(t), mixed: false);
                if (clauseLast == HoldsQuotation)
                {
                    // "said its forces had struck a depot overnight, causing “a large-scale fire.”": the quoted words no cue
                    // claimed inside the clause are the speaker's own, a mixed quote of this cue.
                    var sentenceLast = scan.SentenceLast(t);
                    var verb = t;
                    for (var r = FirstRegionAfter(unattributed, clause); r < unattributed.Count && unattributed[r].Open <= sentenceLast; r++)
                    {
                        var own = unattributed[r];
                        if (own.IsClosed && IsOwnWords(scan, own))
                        {
                            quotes.Add(Attributed(scan, QuoteKind.Mixed, scan.Span(own.First, own.Last), cue with { Mixed = true }, quotes, 0.7));
                            usedCues.Add(verb);
                            t = own.Close;
                        }
                    }

                    continue;
                }

                var end = LastWord(scan, clause, clauseLast);
                quotes.Add(Attributed(scan, QuoteKind.Indirect, scan.Span(clause, end), cue with { Last = Math.Max(cue.Last, cueLast) }, quotes, 0.8));
                t = end;
            }
        }
    }

    /// <summary>
    /// A sentence that opens with the reported clause and ends with its cue after a comma: "Two drones
    /// were shot down overnight, military sources said on Wednesday.", « Deux drones ont été abattus,
    /// a-t-on appris mercredi. ». The clause must hold an auxiliary or a finite verb (an introductory
    /// phrase such as "In the north," does not), or quoted words of the speaker (<paramref name="fragments"/>),
    /// and the cue must end within a few words, at a comma or the sentence's end.
    /// </summary>
    private static Cue? ClauseBeforeCue(QuoteScan scan, int comma, bool[] inside, List<QuotedRegion> fragments, HashSet<int> usedCues)
    {
        // The clause holds no complementizer of its own ("X said that …, Y said" is read from its first cue); past an
        // earlier comma ("Production at the mine, hit by a landslide, will not …, said X") it holds no reporting verb either.
        var first = scan.SentenceFirst(comma);
        if (comma - first > MaximumClauseBeforeCue)
        {
            return null;
        }

        var commas = false;
        for (var t = comma - 1; t >= first; t--)
        {
            if (scan.Is(t, WordClass.Complementizer) || scan.AccordingAt(t) >= 0)
            {
                return null;
            }

            commas |= scan.IsPunct(t, ',');
        }

        if (commas && (scan.Any(first, comma - 1, WordClass.Verb) || scan.Any(first, comma - 1, WordClass.FragmentVerb)
            || scan.Any(first, comma - 1, WordClass.RelativePronoun)))
        {
            return null;
        }

        var last = scan.SentenceLast(comma);
        // Quotation marks may follow in the sentence after the cue's own words (« …, a indiqué le ministère, appelant … à « … » »).
        if (scan.Words(first, comma - 1) < MinimumClauseWords + 1 || !NoQuoteIn(inside, first, comma - 1)
            || !(HasFiniteVerb(scan, first, comma - 1) || fragments.Exists(r => r.Open >= first && r.Close < comma))
            || CueOpeningAt(scan, comma + 1, last) is not { } cue || usedCues.Contains(cue.Verb))
        {
            return null;
        }

        // The cue opens the words after the comma, or only its subject stands before it ("military sources said", "its president, X, said").
        // A long name may be the whole subject ("the UN Office for the Coordination of Humanitarian Affairs said").
        var subjectReach = cue.SpeakerFirst >= 0 && scan.AnyPunct(cue.SpeakerFirst, cue.SpeakerLast, ',') ? 14
            : cue.SpeakerFirst >= 0 && IsLongName(scan, cue.SpeakerFirst, cue.SpeakerLast) ? 12 : 7;
        // A subject never ends on a determiner: « sous la présidence de la juge » is no subject and its verb. An acronym in
        // brackets may close it ("the Vietnam Coffee and Cocoa Association (Vicofa) said").
        var bracketed = cue.SpeakerLast == cue.First - 4 && scan.IsPunct(cue.First - 3, '(') && scan.IsPunct(cue.First - 1, ')');
        var subjectEnds = (cue.SpeakerLast == cue.First - 1 || bracketed || (cue.SpeakerLast == cue.First - 2 && scan.IsPunct(cue.First - 1, ',')))
            && !scan.Is(cue.SpeakerLast, WordClass.Determiner);
        if (cue.First != comma + 1 && !(cue.SpeakerFirst == comma + 1 && subjectEnds && cue.First - comma - (bracketed ? 3 : 0) <= subjectReach))
        {
            return null;
        }

        // ", saying he had …": a participle reports what follows it, not the clause before; « …, estimé à 12 millions », « …, reconnu
        // coupable »: a past participle with no auxiliary reports nothing.
        if (scan.Is(cue.Verb, WordClass.Participle) || (cue.First == cue.Verb && EndsAsParticiple(scan, cue.Verb)))
        {
            return null;
        }

        // Past an earlier comma, the cue names its speaker itself (", said X", ", X said"): a verb alone may be the sentence's own.
        if (commas && cue.SpeakerFirst <= comma)
        {
            return null;
        }

        // "…, chief executive Viktor Hale, announced on X that the airline would …": words after the verb that hold a complementizer
        // are what it reports, not its speaker.
        if (cue.SpeakerFirst > cue.Verb && scan.Any(cue.SpeakerFirst, cue.SpeakerLast, WordClass.Complementizer))
        {
            return null;
        }

        // What follows the cue up to the next comma is short and reports nothing more ("said on Wednesday, as …");
        // an acronym in brackets may follow the speaker (« a annoncé le Centre national d’études spatiales (Cnes) »).
        var end = Math.Max(cue.Last, cue.SpeakerLast);
        if (end + 3 <= last && scan.IsPunct(end + 1, '(') && scan.IsPunct(end + 3, ')'))
        {
            end += 3;
        }

        if (!NoQuoteIn(inside, comma, end))
        {
            return null;
        }

        // « a-t-on appris mardi de source militaire », « a-t-on indiqué dans l’entourage du chef de l’État »: the impersonal « on »
        // takes a longer source phrase.
        var reach = scan.AfterImpersonalOn(cue.Verb) ? 10 : 6;
        for (var t = end + 1; t <= last && !scan.IsPunct(t, ','); t++)
        {
            if (inside[t] || scan.Is(t, WordClass.Complementizer) || scan.IsClauseBreak(t) || t - end > reach)
            {
                return null;
            }
        }

        return cue;
    }

    /// <summary>Capitalised words joined only by short lower-case ones ("the Philippine Institute of Volcanology and Seismology").</summary>
    private static bool IsLongName(QuoteScan scan, int first, int last)
    {
        var capitalised = 0;
        for (var t = first; t <= last; t++)
        {
            if (!IsLongNameWord(scan, t))
            {
                return false;
            }

            capitalised += scan.IsCapitalized(t) ? 1 : 0;
        }

        return capitalised >= 3;
    }

    /// <summary>A word of a long name: capitalised, or a short link between its capitalised words ("of", "for", "the", "and").</summary>
    private static bool IsLongNameWord(QuoteScan scan, int t) => scan.IsCapitalized(t) || (scan.IsWord(t) && scan.Tokens[t].Length <= 3);

    /// <summary>Whether a reporting verb stands within 16 tokens after <paramref name="comma"/>, in its sentence.</summary>
    private static bool VerbSoonAfter(QuoteScan scan, int comma)
    {
        var last = Math.Min(scan.Count - 1, comma + 16);
        for (var t = comma + 1; t <= last && !scan.IsTerminal(t); t++)
        {
            if (scan.Is(t, WordClass.Verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A cue set off by commas a few words into a sentence that it reports, with no quotation marks: "Grid
    /// bottlenecks, he said, now posed a greater risk …", « Les négociations, a-t-il ajouté, reprendront lundi ».
    /// The words before it hold no verb, the cue names its speaker, and the words after it hold a finite verb. The
    /// reported words start after the cue when they open with their own subject ("This season, he says, the rain never
    /// came"), else at the sentence's start. (default, -1) when there is no such cue.
    /// </summary>
    private static (Cue Cue, int First) IncisedCue(QuoteScan scan, int comma, bool[] inside, HashSet<int> usedCues)
    {
        var first = scan.SentenceFirst(comma);
        var last = scan.SentenceLast(comma);
        if (comma - first > 6 || comma == first || !NoQuoteIn(inside, first, last) || scan.AnyPunct(first, comma - 1, ',')
            || scan.Any(first, comma - 1, WordClass.Verb) || HasFiniteVerb(scan, first, comma - 1)
            || CueOpeningAt(scan, comma + 1, last) is not { SpeakerFirst: > 0 } cue || usedCues.Contains(cue.Verb) || scan.Is(cue.Verb, WordClass.Participle))
        {
            return (default, -1);
        }

        var end = Math.Max(cue.Last, cue.SpeakerLast);
        var rest = end + 2;
        if (end - comma > 6 || !scan.IsPunct(end + 1, ',') || scan.Words(rest, last) < MinimumClauseWords || !HasFiniteVerb(scan, rest, last))
        {
            return (default, -1);
        }

        var ownSubject = scan.Is(rest, WordClass.ClauseStarter) || scan.Is(rest, WordClass.SubjectPronoun) || scan.IsCapitalized(rest);
        return (cue, ownSubject ? rest : first);
    }

    /// <summary>
    /// Whether the words show a finite verb: an auxiliary, a modal, another mark of one (« ne », « sera », "fell"), or a
    /// regular past tense that neither opens the words nor follows a determiner ("drones crossed", not "the injured").
    /// </summary>
    private static bool HasFiniteVerb(QuoteScan scan, int first, int last) => FirstFiniteVerb(scan, first, last) >= 0;

    /// <summary>The first token of <see cref="HasFiniteVerb"/>'s kinds between the two, or -1.</summary>
    private static int FirstFiniteVerb(QuoteScan scan, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (scan.Is(t, WordClass.Auxiliary) || scan.Is(t, WordClass.FiniteVerb) || scan.Is(t, WordClass.ClauseMarker) || (t > first && IsFiniteForm(scan, t)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// A mark of a finite verb: an irregular past ("fell"), or a regular finite ending ("crossed", « appareillera ») on a lower-case
    /// word, not a name with a particle ("al-Sayed"), and not after a determiner ("the injured").
    /// </summary>
    private static bool IsFiniteForm(QuoteScan scan, int t)
    {
        if (scan.Is(t, WordClass.ClauseMarker))
        {
            return true;
        }

        if (t <= 0 || !scan.IsWord(t) || scan.IsCapitalized(t) || scan.Is(t - 1, WordClass.Determiner))
        {
            return false;
        }

        // « La Fromagerie des Aravis rappelle plusieurs lots »: a reporting verb's form that is no participle is finite.
        if (scan.Is(t, WordClass.Verb) && !scan.Is(t, WordClass.Participle) && !EndsAsParticiple(scan, t))
        {
            return true;
        }

        var word = scan.Text.AsSpan(scan.Tokens[t].Start, scan.Tokens[t].Length);
        if (word.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        foreach (var suffix in scan.Rules.FiniteSuffixes)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word ends as a past participle of the language (<see cref="QuoteRules.ParticipleSuffixes"/>).</summary>
    private static bool EndsAsParticiple(QuoteScan scan, int t)
    {
        var word = scan.Text.AsSpan(scan.Tokens[t].Start, scan.Tokens[t].Length);
        foreach (var suffix in scan.Rules.ParticipleSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the reports that …", "by reports that …": a verb's form after a determiner or an agent's preposition is a noun.</summary>
    private static bool IsNounUse(QuoteScan scan, int t)
    {
        if (scan.Is(t - 1, WordClass.Determiner))
        {
            return true;
        }

        foreach (var marker in scan.Rules.AgentMarkers)
        {
            if (scan.IsWordEqual(t - 1, marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« avoir repéré », « n’avoir jamais été informé »: an infinitive that opens a reported clause, negated or not.</summary>
    private static bool IsInfinitiveOpening(QuoteScan scan, int t) =>
        scan.Is(t, WordClass.InfinitiveOpener) || (scan.Is(t, WordClass.ClauseMarker) && scan.Is(t + 1, WordClass.InfinitiveOpener));

    /// <summary>The last token <see cref="ReportedClause"/> gives for a clause that holds quoted words.</summary>
    private const int HoldsQuotation = -2;

    /// <summary>
    /// The first and last tokens of the clause a reporting verb introduces (-1 when none; the last is
    /// <see cref="HoldsQuotation"/> when quoted words are part of it), and the last token of the cue: the
    /// verb, or for « se dire + adjective » the adjective (« s’est dit préoccupé par … »).
    /// </summary>
    private static (int Clause, int ClauseLast, int CueLast) ReportedClause(QuoteScan scan, int verb, bool[] inside)
    {
        var last = scan.SentenceLast(verb);
        // « s’est dit préoccupé par »; « s’est qualifié pour la finale de » (a fragment verb made reflexive) reports nothing.
        var reflexive = VerbGroup(scan, verb, scan.SentenceFirst(verb)) is var group && scan.Is(group.First, WordClass.Reflexive) && !scan.Is(verb, WordClass.FragmentVerb);
        for (var t = verb + 1; t <= last && t - verb <= 8; t++)
        {
            if (inside[t] || scan.IsTerminal(t) || scan.IsPunct(t, ';') || scan.IsPunct(t, ':'))
            {
                return (-1, -1, -1);
            }

            var (first, cueLast) = scan.Is(t, WordClass.Complementizer) ? (t + 1, verb)
                : reflexive && scan.Is(t, WordClass.ReflexiveLink) ? (t, t - 1)
                : t == verb + 1 && scan.Is(t, WordClass.ClauseStarter) && ComplementizerAhead(scan, t, last) is var that
                    && (that >= 0 || !scan.Is(t, WordClass.Indefinite) || HasFiniteVerb(scan, t, Math.Min(last, t + 8))) ? (that >= 0 ? that + 1 : AfterListener(scan, verb, t, last), verb)
                : t == verb + 1 && BareClauseAt(scan, t, last, scan.Is(verb, WordClass.ListenerVerb)) is var bare and >= 0 ? (bare, verb)
                : t == PastAdverbs(scan, verb + 1, last) && IsInfinitiveOpening(scan, t) ? (t, verb)
                : (-1, -1);
            if (first >= 0)
            {
                var clauseLast = BeforeNextCue(scan, inside, first, last);
                if (clauseLast < 0)
                {
                    return (first, HoldsQuotation, cueLast);
                }

                var usable = first <= clauseLast && scan.Words(first, clauseLast) >= MinimumClauseWords;
                return usable ? (first, clauseLast, cueLast) : (-1, -1, -1);
            }
        }

        return (-1, -1, -1);
    }

    /// <summary>
    /// Where a reported clause ends: the sentence's end, the comma before a participle that reports more words
    /// ("insisted the finances were sound, saying its reserves …"), or when quotation marks follow in the sentence
    /// the comma before the cue that introduces them ("said that premiums had risen, adding that “…”");
    /// -1 when the quotation is part of the clause.
    /// </summary>
    private static int BeforeNextCue(QuoteScan scan, bool[] inside, int first, int last)
    {
        var quote = first;
        while (quote <= last && !inside[quote])
        {
            if (quote > first && scan.IsPunct(quote, ',') && quote < last && scan.Is(quote + 1, WordClass.Participle) && scan.Is(quote + 1, WordClass.Verb))
            {
                return quote - 1;
            }

            quote++;
        }

        if (quote > last)
        {
            return last;
        }

        for (var t = quote - 1; t > first; t--)
        {
            if (scan.IsPunct(t, ','))
            {
                return scan.Any(t + 1, quote - 1, WordClass.Verb) || scan.Any(t + 1, quote - 1, WordClass.FragmentVerb) ? OpenerBefore(scan, first, t) - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The comma before a clause opener that begins the speaker's words before the comma <paramref name="comma"/> ("said care was
    /// normal, while Gemma Lowe, an organiser for the union, accused …"), or <paramref name="comma"/> itself.
    /// </summary>
    private static int OpenerBefore(QuoteScan scan, int first, int comma)
    {
        for (var u = comma - 1; u > first; u--)
        {
            if (scan.IsPunct(u, ',') && scan.Is(u + 1, WordClass.ClauseOpener))
            {
                return u;
            }
        }

        return comma;
    }

    /// <summary>
    /// The closing comma of a short apposition opening at the comma <paramref name="t"/> with a determiner or a number
    /// (", a 42-year-old security guard,", ", 61,"), or -1.
    /// </summary>
    private static int AsideEnd(QuoteScan scan, int t, int last)
    {
        if (!scan.IsPunct(t, ',') || !(scan.Is(t + 1, WordClass.Determiner) || scan.IsNumber(t + 1)))
        {
            return -1;
        }

        for (var k = t + 2; k <= last && k - t <= 7; k++)
        {
            if (scan.IsPunct(k, ','))
            {
                return k;
            }

            if (!scan.IsWord(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A clause with no complementizer whose subject is not a pronoun or a determiner: a finite verb
    /// a few words on ("said Ghanaian farmers would need", "said prices had risen"). After an addressee
    /// the clause starts at its own subject ("told reporters he would", "told Reuters the ice … was"). -1 when none.
    /// </summary>
    private static int BareClauseAt(QuoteScan scan, int from, int last, bool listener)
    {
        // "said on Tuesday it would …": adverbs before the clause are not part of it; a capitalised one only after a lower-case
        // one ("on Tuesday") or when listed ("said Thursday allies had"), so that a name ending in "-ly" ("Chatterly") stays the subject;
        // an article only before another adverb ("in a statement"), not before the clause's subject ("said Tuesday a Chinese vessel had").
        var start = from;
        while (from < last && scan.Is(from, WordClass.Adverb)
            && (!scan.IsCapitalized(from) || (from > start && !scan.IsCapitalized(from - 1)) || scan.Is(from, WordClass.ListedAdverb))
            && !(scan.Is(from, WordClass.Indefinite) && !scan.Is(from + 1, WordClass.Adverb)))
        {
            from++;
        }

        if (scan.Is(from, WordClass.FiniteVerb) || scan.Is(from, WordClass.Complementizer) || scan.Is(from, WordClass.Interrogative))
        {
            return -1;
        }

        // "said on Tuesday the measles outbreak in western Sydney had …": a subject that opens with a determiner may be longer.
        var starter = scan.Is(from, WordClass.ClauseStarter) && !scan.Is(from, WordClass.Indefinite) ? from : -1;
        var aside = 0;
        for (var t = from + 1; t <= last && t - from <= 10 + aside; t++)
        {
            if (AsideEnd(scan, t, last) is var close and > 0)
            {
                // "told reporters the victim, a 42-year-old security guard, had tried", "said Raymond Clarke, 61, was": an apposition
                // set off by commas inside the clause's subject.
                aside += close - t + 1;
                t = close;
                continue;
            }

            // "conceded shortly before midnight and said he would …": the clause belongs to the reporting verb joined after.
            if (!scan.IsWord(t) || scan.Is(t, WordClass.Complementizer) || (scan.Is(t, WordClass.Verb) && scan.Is(t - 1, WordClass.Conjunction)))
            {
                return -1;
            }

            // After the listener of a verb of telling, the subject's verb may be a past form ("told Reuters the company planned to …").
            if (scan.Is(t, WordClass.FiniteVerb) || (listener && starter > from && t > starter + 1 && IsFiniteForm(scan, t)))
            {
                return starter >= 0 ? starter : t - from <= 8 ? from : -1;
            }

            // After a one-word addressee ("told Reuters the ice …", "told reporters he …"), not inside the subject ("most of her clients").
            if (t == from + 1 && (scan.Is(t, WordClass.ClauseStarter) || scan.Is(t, WordClass.SubjectPronoun)))
            {
                starter = t;
            }
        }

        return -1;
    }

    /// <summary>"told the court the accused had …": after a verb of telling, a listener of two words before the clause's own subject is left out.</summary>
    private static int AfterListener(QuoteScan scan, int verb, int from, int last) =>
        scan.Is(verb, WordClass.ListenerVerb) && from + 2 <= last && scan.Is(from, WordClass.Determiner) && scan.IsWord(from + 1) && !scan.IsCapitalized(from + 1)
        && (scan.Is(from + 2, WordClass.ClauseStarter) || scan.Is(from + 2, WordClass.SubjectPronoun)) ? from + 2 : from;

    /// <summary>"told an industry conference in London that …": a complementizer further on, before any punctuation (-1 when none).</summary>
    private static int ComplementizerAhead(QuoteScan scan, int from, int last)
    {
        for (var t = from; t <= last && t - from < ComplementizerReach; t++)
        {
            if (scan.Is(t, WordClass.Complementizer))
            {
                return t;
            }

            // "said both sides had accepted a draft that puts …": after a finite verb, "that" opens no clause of the cue.
            if (!scan.IsWord(t) || scan.Is(t, WordClass.FiniteVerb) || scan.Is(t, WordClass.Auxiliary))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>« selon X, clause. » or « clause, selon X. » (and "according to X").</summary>
    private static void AccordingClause(QuoteScan scan, int marker, int markerLast, bool[] inside, List<Quote> quotes)
    {
        var first = AfterTimestamp(scan, scan.SentenceFirst(marker), marker);
        var last = scan.SentenceLast(marker);
        var cue = According(scan, marker, markerLast);
        if (cue.SpeakerFirst < 0)
        {
            return;
        }

        int clauseFirst, clauseLast;
        if (marker - 1 > first && scan.IsPunct(marker - 1, ','))
        {
            clauseFirst = first;
            clauseLast = marker - 2;
        }
        else if (cue.SpeakerLast + 1 <= last && scan.IsPunct(cue.SpeakerLast + 1, ','))
        {
            clauseFirst = AfterApposition(scan, cue.SpeakerLast + 2, last);
            clauseLast = LastWord(scan, clauseFirst, last);
        }
        else
        {
            return;
        }

        if (clauseFirst > clauseLast || scan.Words(clauseFirst, clauseLast) < MinimumClauseWords || !NoQuoteIn(inside, clauseFirst, clauseLast))
        {
            return;
        }

        quotes.Add(Attributed(scan, QuoteKind.Indirect, scan.Span(clauseFirst, clauseLast), cue, quotes, 0.8));
    }

    /// <summary>
    /// Where the reported clause starts after « selon X, »: past an apposition that describes X, ends
    /// with a comma and is shorter than what follows (« Selon Farah Qureshi, analyste chez un courtier,
    /// les prix … », "According to X, a hydrologist at …, the basin …").
    /// </summary>
    private static int AfterApposition(QuoteScan scan, int first, int last)
    {
        if (!IsApposition(scan, first) && !scan.Is(first, WordClass.Indefinite))
        {
            return first;
        }

        for (var t = first + 1; t < last; t++)
        {
            // What follows must be the longer part: in "growth is expected to reach 1.4 %, driven by spending" the first part is the clause.
            if (scan.IsPunct(t, ','))
            {
                return scan.Words(t + 1, last) >= scan.Words(first, t - 1) ? t + 1 : first;
            }

            if (scan.IsTerminal(t) || scan.IsQuoteMark(t))
            {
                break;
            }
        }

        return first;
    }

    /// <summary>« 06:40 — Des tirs … », "14:05 — A carrier …": where a sentence starts after the time and dash of a live feed.</summary>
    private static int AfterTimestamp(QuoteScan scan, int first, int limit)
    {
        var k = first;
        while (k < limit && k - first < 5 && (scan.Kind(k) == Text.TokenKind.Number || scan.IsPunct(k, ':') || scan.IsWordEqual(k, "h")))
        {
            k++;
        }

        return k > first && k < limit && (scan.IsPunct(k, '—') || scan.IsPunct(k, '–')) ? k + 1 : first;
    }

    /// <summary>The index of the first region (in text order) that opens after token <paramref name="t"/>, or the count.</summary>
    private static int FirstRegionAfter(List<QuotedRegion> regions, int t)
    {
        var (low, high) = (0, regions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = regions[middle].Open > t ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>Quoted words that read as someone's own: two words at least, no title (“War and Peace”).</summary>
    private static bool IsOwnWords(QuoteScan scan, QuotedRegion region) => scan.Words(region.First, region.Last) >= 2 && !IsTitleLike(scan, region);

    /// <summary>The last token of a clause that ends the sentence, its final punctuation left out.</summary>
    private static int LastWord(QuoteScan scan, int first, int last)
    {
        while (last > first && (scan.IsTerminal(last) || scan.IsPunct(last, ',')))
        {
            last--;
        }

        return last;
    }

    private static bool NoQuoteIn(bool[] inside, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (inside[t])
            {
                return false;
            }
        }

        return true;
    }
}
