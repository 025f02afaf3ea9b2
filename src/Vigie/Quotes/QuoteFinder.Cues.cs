using Vigie.Text;

namespace Vigie.Quotes;

public sealed partial class QuoteFinder
{
    /// <summary>A cue before the quote: « X a averti que « … » », "X said: “…”", « Il a poursuivi : « … » ».</summary>
    private static Cue? CueBefore(QuoteScan scan, QuotedRegion region)
    {
        var open = region.Open;
        var start = scan.SentenceFirst(open);
        if (start == open && open > 0 && scan.IsPunct(open - 1, ':'))
        {
            // « Il a déclaré : » at the end of a paragraph, the quote opening the next one.
            start = scan.SentenceFirst(open - 1);
        }

        // A colon lets the cue stand further back: « a déclaré mardi devant la commission des Affaires sociales de l’Assemblée : ».
        var window = scan.IsPunct(open - 1, ':') ? ColonCueWindow : CueWindow;
        var verb = -1;
        for (var t = open - 1; t >= Math.Max(start, open - window); t--)
        {
            if (scan.IsQuoteMark(t) || scan.IsTerminal(t))
            {
                break;
            }

            // « a déclaré en présentant ses conclusions : »: the gerund belongs to the verb before it; a participle opening the
            // sentence ("Asked whether …, Lena Vogt was blunt:") is no cue.
            // « a qualifié l’annonce de « … » »: a verb's form after a determiner is a noun.
            if (t > start && scan.Is(t, WordClass.Verb) && !(scan.Is(t, WordClass.Participle) && scan.Is(t - 1, WordClass.GerundMarker)) && !IsNounUse(scan, t))
            {
                verb = t;
                break;
            }

            // "called the budget “a gift to mining companies …” during a debate": the fragment ends the clause or follows its object
            // closely, or a preposition after the object opens it (« appelant les autorités de transition à « libérer sans délai » »).
            var reach = scan.Is(open - 1, WordClass.FragmentLink) ? 8 : 4;
            // « a réclamé mardi « la vérité … » »: the fragment may be the verb's object itself when it ends the clause.
            if (scan.Is(t, WordClass.FragmentVerb) && (HasWordsBetween(scan, t, open) ? EndsReportedClause(scan, region, t)
                || (open - t <= reach && region.IsClosed && (scan.Words(region.First, region.Last) >= 2 || IsObjectComplement(scan, region)) && !IsTitleLike(scan, region))
                : (EndsReportedClause(scan, region, t) || (region.IsClosed && scan.Words(region.First, region.Last) >= 3)) && !IsTitleLike(scan, region)))
            {
                return WithSpeaker(scan, t, start, mixed: true);
            }
        }

        if (verb < 0)
        {
            verb = VerbBeforeFarComplementizer(scan, start, open);
        }

        if (verb < 0)
        {
            return AccordingBefore(scan, start, open) ?? ColonIntroduction(scan, start, open);
        }

        var complementizer = -1;
        for (var t = verb + 1; t < open; t++)
        {
            if (scan.Is(t, WordClass.Complementizer))
            {
                complementizer = t;
                break;
            }
        }

        var introducedByPunctuation = scan.IsPunct(open - 1, ':') || scan.IsPunct(open - 1, ',');
        if (complementizer < 0 && !introducedByPunctuation && open - verb > 6 && !EndsReportedClause(scan, region, verb))
        {
            return null;
        }

        var mixed = complementizer >= 0
            ? complementizer < open - 1
            : !introducedByPunctuation && HasWordsBetween(scan, verb, open);
        return mixed && IsTitleLike(scan, region) ? null : WithSpeaker(scan, verb, start, mixed);
    }

    /// <summary>
    /// « a plaidé mercredi que l’autorisation de l’unité de méthanisation avait été délivrée « … » »: a
    /// reporting verb right before a complementizer further back than the cue window, with no sentence
    /// break or quotation between; -1 when none.
    /// </summary>
    private static int VerbBeforeFarComplementizer(QuoteScan scan, int start, int open)
    {
        for (var t = open - 1; t >= Math.Max(start, open - FarComplementizerWindow); t--)
        {
            if (scan.IsQuoteMark(t) || scan.IsTerminal(t) || scan.IsPunct(t, ';'))
            {
                return -1;
            }

            if (!scan.Is(t, WordClass.Complementizer))
            {
                continue;
            }

            // Right before the quote (« a averti mardi à New York, à l’ouverture du débat, qu’« … » »), asides set off by commas may stand between.
            var adjacent = t == open - 1;
            for (var v = t - 1; v >= Math.Max(start, t - (adjacent ? FarComplementizerWindow : VerbBeforeComplementizerReach)); v--)
            {
                if (scan.Is(v, WordClass.Verb))
                {
                    return v;
                }

                if (!scan.IsWord(v) && !(adjacent && scan.IsPunct(v, ',')))
                {
                    break;
                }
            }
        }

        return -1;
    }

    /// <summary>« Selon X, « … » », "According to X, “…”": the source opens the quote's sentence.</summary>
    private static Cue? AccordingBefore(QuoteScan scan, int start, int open)
    {
        for (var t = start; t < open; t++)
        {
            if (scan.AccordingAt(t) is var according and >= 0)
            {
                // « Selon X, les prix sont « très hauts » »: words of the clause before the marks make the quote mixed.
                var cue = According(scan, t, according);
                return cue.SpeakerLast < open ? cue with { Mixed = scan.IsWord(open - 1) && open - 1 > cue.SpeakerLast + 1 } : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A sentence with no reporting verb that introduces the quote with a colon: « Le constat du général
    /// X devant les députés : « … » », "He went on: “…”". Its words before the colon are the speaker's
    /// words; the attribution takes a speaker only when they name exactly one.
    /// </summary>
    private static Cue? ColonIntroduction(QuoteScan scan, int start, int open)
    {
        if (!scan.IsPunct(open - 1, ':') || open - 2 < start)
        {
            return null;
        }

        // A long sentence: its words after the first comma within the window that opens a subject (« Après la
        // découverte …, la réponse de X a été immédiate : »); failing one, the whole sentence when it is not too
        // long (« La juge X, qui quitte la Cour …, se souvient d’un dossier : »).
        if (open - 1 - start > ColonIntroductionWindow)
        {
            var clause = -1;
            for (var t = open - 2 - ColonIntroductionWindow; t < open - 2; t++)
            {
                if (scan.IsPunct(t, ',') && (scan.Is(t + 1, WordClass.Determiner) || scan.IsCapitalized(t + 1)))
                {
                    clause = t + 1;
                    break;
                }
            }

            if (clause < 0 && open - 1 - start > 2 * ColonIntroductionWindow)
            {
                return null;
            }

            start = clause < 0 ? start : clause;
        }

        for (var t = start; t < open - 1; t++)
        {
            if (scan.IsQuoteMark(t))
            {
                return null;
            }
        }

        if (IsSignIntroduction(scan, open))
        {
            return null;
        }

        return new Cue(open - 1, open - 1, open - 1, start, open - 2, SpeakerClue.Colon);
    }

    /// <summary>
    /// Quoted words that end the clause a reporting verb opens, with no punctuation between them: the
    /// speaker's words inside a reported clause ("said the contracts had been managed with “a stunning
    /// lack of oversight.”", "called the strikes “a flagrant violation …”"). A title-like phrase of
    /// capitalised words is left out.
    /// </summary>
    /// <summary>
    /// "calling the raid “successful”.", "branded it “reckless”,": one quoted word right after the object, not after a determiner
    /// ("the “deal”" is a term) or a link ("dismissed as “unprofitable”" may be a term), closing the clause, says what the speaker called it.
    /// </summary>
    private static bool IsObjectComplement(QuoteScan scan, QuotedRegion region) =>
        !scan.Is(region.Open - 1, WordClass.Determiner) && !scan.Is(region.Open - 1, WordClass.FragmentLink) && scan.IsWord(region.Open - 1)
        && (scan.IsTerminal(region.Last) || scan.IsPunct(region.Last, ',') || region.After >= scan.Count || scan.IsTerminal(region.After) || scan.IsPunct(region.After, ','));

    /// <summary>« Sur les tracteurs, des pancartes proclamaient : « … » », "Banners read: “…”": a sign's words are no one's speech.</summary>
    private static bool IsSignIntroduction(QuoteScan scan, int open)
    {
        if (!scan.IsPunct(open - 1, ':'))
        {
            return false;
        }

        for (var t = open - 2; t >= scan.SentenceFirst(open - 1); t--)
        {
            if (scan.Is(t, WordClass.SignNoun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsReportedClause(QuoteScan scan, QuotedRegion region, int verb)
    {
        if (!region.IsClosed || scan.Words(region.First, region.Last) < 3 || IsTitleLike(scan, region)
            || !(scan.IsTerminal(region.Last) || scan.IsPunct(region.Last, ',') || region.After >= scan.Count
                 || scan.IsTerminal(region.After) || scan.IsPunct(region.After, ',') || scan.Is(region.After, WordClass.ClauseOpener)))
        {
            return false;
        }

        for (var t = verb + 1; t < region.Open; t++)
        {
            if (!scan.IsWord(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the quoted words read as a title (“The Long Night”, “War and Peace”): two capitalised words
    /// at least, the first one among them, and no other word in lower case than short ones (and, of, the);
    /// or a term a marker announces ("the so-called “Lake Street files”").
    /// </summary>
    private static bool IsTitleLike(QuoteScan scan, QuotedRegion region)
    {
        if (scan.Is(region.Open - 1, WordClass.TermMarker))
        {
            return true;
        }

        var capitalised = 0;
        for (var t = region.First; t <= region.Last; t++)
        {
            if (!scan.IsWord(t) || scan.Kind(t) != TokenKind.Word)
            {
                continue;
            }

            if (scan.IsCapitalized(t))
            {
                capitalised++;
            }
            else if (capitalised == 0 || scan.Tokens[t].Length > 3)
            {
                return false;
            }
        }

        return capitalised >= 2;
    }

    /// <summary>Whether words other than adverbs stand between a reporting verb and a quote ("saying the region « … »").</summary>
    private static bool HasWordsBetween(QuoteScan scan, int verb, int open)
    {
        for (var t = verb + 1; t < open; t++)
        {
            if (scan.IsWord(t) && !scan.Is(t, WordClass.Adverb) && !IsInvertedPronoun(scan, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue after the quote: « …, a-t-il déclaré », « …, déclare le ministre », "…," said Lind, "…," he said, « …, selon X ».</summary>
    private static Cue? CueAfter(QuoteScan scan, QuotedRegion region)
    {
        if (!region.IsClosed || region.After >= scan.Count)
        {
            return null;
        }

        // A cue after a quote is set off by punctuation: « … », a-t-il dit; "…," she said; « … ! » lance-t-il; "… told us, ‘Go,’" said X
        // (the punctuation inside a nested quote that ends the quote).
        var t = region.After;
        var last = region.Last;
        while (last > region.First && scan.IsQuoteMark(last))
        {
            last--;
        }

        if (scan.IsPunct(t, ','))
        {
            t++;
        }
        else if (!scan.IsPunct(last, ',') && !scan.IsTerminal(last))
        {
            return null;
        }

        if (scan.AccordingAt(t) is var according and >= 0)
        {
            return According(scan, t, according);
        }

        return CueOpeningAt(scan, t, scan.SentenceLast(region.Close));
    }

    /// <summary>
    /// A cue that opens the words from <paramref name="t"/> after what it reports: « a-t-il dit », "Lind
    /// said", « a déclaré le ministre », "said Mr Lind"; null when no reporting verb comes within six words.
    /// </summary>
    private static Cue? CueOpeningAt(QuoteScan scan, int t, int last)
    {
        if (ApposedSubjectCue(scan, t, last) is { } apposed)
        {
            return apposed;
        }

        // A long name before the verb ("the UN Office for the Coordination of Humanitarian Affairs said") reaches further.
        var name = t;
        while (name <= last && name - t < 12 && IsLongNameWord(scan, name) && !scan.Is(name, WordClass.Verb))
        {
            name++;
        }

        var reach = Math.Max(t + 8, name);
        for (var v = t; v <= Math.Min(last, reach); v++)
        {
            if (scan.IsQuoteMark(v) || scan.IsTerminal(v) || scan.IsPunct(v, ','))
            {
                break;
            }

            // An acronym in brackets after a name ("the Vietnam Coffee and Cocoa Association (Vicofa) said") does not count.
            if (scan.IsPunct(v, '(') && v + 2 <= last && scan.IsPunct(v + 2, ')'))
            {
                reach += 3;
                v += 2;
                continue;
            }

            if (!scan.Is(v, WordClass.Verb) && !scan.Is(v, WordClass.QuestionVerb))
            {
                continue;
            }

            var cue = VerbGroup(scan, v, t);
            if (cue.Inverted >= 0)
            {
                return new Cue(cue.First, cue.Last, v, cue.Inverted, cue.Inverted, SpeakerClue.Inverted);
            }

            if (cue.First > t)
            {
                // Words between the quote and the verb group are its subject: "…," Lind said.
                var (subjectFirst, subjectEnd) = Subject(scan, cue.First - 1, t);
                return subjectFirst <= subjectEnd ? new Cue(cue.First, cue.Last, v, subjectFirst, subjectEnd, SpeakerClue.Inverted) : null;
            }

            var (first, end) = WithApposedName(scan, PhraseAfter(scan, SubjectAfterCue(scan, cue.Last + 1, last), last), last);
            return first <= end
                ? new Cue(cue.First, cue.Last, v, first, end, SpeakerClue.Inverted)
                : new Cue(cue.First, cue.Last, v, -1, -1, SpeakerClue.None);
        }

        return null;
    }

    /// <summary>
    /// A subject with a name in apposition before its verb: "“…,” Norway's fisheries minister, Kristin Aalvik,
    /// said on Tuesday", « …, le porte-parole du gouvernement, Paul Roux, a déclaré ». Both stretches are
    /// short and hold no verb; the verb group follows the second comma. Null when the words are not so.
    /// </summary>
    private static Cue? ApposedSubjectCue(QuoteScan scan, int t, int last)
    {
        var firstComma = -1;
        for (var c = t; c <= Math.Min(last, t + 7); c++)
        {
            if (scan.IsPunct(c, ','))
            {
                firstComma = c;
                break;
            }

            if (!scan.IsWord(c) || scan.Is(c, WordClass.Verb))
            {
                return null;
            }
        }

        if (firstComma <= t)
        {
            return null;
        }

        // After a name, the apposition may be longer: "Maren Solberg-Hauge, the head of Norway's Joint Operational Command, told".
        var named = IsName(scan, t, firstComma - 1);
        for (var c = firstComma + 1; c <= Math.Min(last, firstComma + (named ? 10 : 6)); c++)
        {
            if (scan.IsPunct(c, ','))
            {
                // "Norway's fisheries minister, Kristin Aalvik," or "Priya Raghunathan, chief economist at Meridian Capital,".
                // "Oksana Hrytsenko, Ukraine's deputy infrastructure minister," describes her too.
                var describes = named && (IsApposition(scan, firstComma + 1)
                    || (scan.Is(firstComma + 1, WordClass.Determiner) && !scan.IsCapitalized(firstComma + 2))
                    || (scan.IsCapitalized(firstComma + 1) && scan.Kind(firstComma + 2) == Text.TokenKind.Clitic));
                if (c == firstComma + 1 || !(IsName(scan, firstComma + 1, c - 1) || describes))
                {
                    return null;
                }

                for (var v = c + 1; v <= Math.Min(last, c + 3); v++)
                {
                    if (scan.Is(v, WordClass.Verb))
                    {
                        var group = VerbGroup(scan, v, c + 1);
                        return group.First == c + 1 ? new Cue(group.First, group.Last, v, t, c - 1, SpeakerClue.Inverted) : null;
                    }

                    if (!scan.IsWord(v))
                    {
                        return null;
                    }
                }

                return null;
            }

            if (!scan.IsWord(c) || scan.Is(c, WordClass.Verb))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the subject of an inverted cue starts: past adverbs (« a déclaré vendredi le ministre ») and
    /// a named addressee (« a confié mardi à l’AFP un diplomate », "said to Reuters").
    /// </summary>
    private static int SubjectAfterCue(QuoteScan scan, int from, int last)
    {
        from = PastAdverbs(scan, from, last);
        if (!scan.Is(from, WordClass.Addressee))
        {
            return from;
        }

        var t = from + 1;
        // « auprès de l’AFP »: the addressee's preposition may have two words.
        if (scan.Is(t, WordClass.Addressee))
        {
            t++;
        }

        if (scan.Is(t, WordClass.Determiner))
        {
            t++;
        }

        // « à l’AFP Ilaria Ferrante », « à Dakar Ousmane Diagne-Faye »: an acronym or a place of one word is a whole addressee when a
        // name follows; otherwise its capitalised words are.
        var named = false;
        while (t <= last && scan.IsCapitalized(t))
        {
            named = true;
            t++;
            if (IsAcronym(scan, t - 1) || (scan.IsCapitalized(t) && scan.IsCapitalized(t + 1)))
            {
                break;
            }
        }

        return named ? PastAdverbs(scan, t, last) : from;
    }

    private static bool IsAcronym(QuoteScan scan, int t)
    {
        var word = scan.Text.AsSpan(scan.Tokens[t].Start, scan.Tokens[t].Length);
        return word.Length >= 2 && !word.ContainsAnyInRange('a', 'z');
    }

    private static int PastAdverbs(QuoteScan scan, int from, int last)
    {
        // A capitalised adverb only after a lower-case one: "on Thursday", not "A spokesman"; a determiner only inside an
        // adverbial phrase (« sous couvert d’anonymat »).
        var start = from;
        while (from <= last && scan.Is(from, WordClass.Adverb)
            && (!scan.Is(from, WordClass.Determiner) || (from > start && scan.Is(from + 1, WordClass.Adverb) && !scan.Is(from + 1, WordClass.Determiner)))
            && (!scan.IsCapitalized(from) || (from > start && !scan.IsCapitalized(from - 1))))
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// A cue set off by commas inside the quotation marks, as French writes it: « Nous sommes prêts,
    /// a insisté le négociateur Aram Sarkis, à signer » or « Nous sommes prêts, dit-il, à signer ». The
    /// verb group must open its comma-separated stretch and its subject be a pronoun or a short phrase
    /// that ends at the next comma.
    /// </summary>
    private static Cue? CueInside(QuoteScan scan, QuotedRegion region)
    {
        for (var t = region.First + 1; t < region.Last; t++)
        {
            if (!scan.IsPunct(t - 1, ','))
            {
                continue;
            }

            for (var v = t; v <= Math.Min(region.Last, t + 2); v++)
            {
                if (!scan.Is(v, WordClass.Verb))
                {
                    continue;
                }

                var group = VerbGroup(scan, v, t);
                if (group.First != t)
                {
                    break;
                }

                if (group.Inverted >= 0)
                {
                    return ClosesIncise(scan, region, AfterComplement(scan, group.Last + 1, region.Last))
                        ? new Cue(group.First, group.Last, v, group.Inverted, group.Inverted, SpeakerClue.Inverted)
                        : null;
                }

                var (first, end) = WithApposedName(scan, PhraseAfter(scan, SubjectAfterCue(scan, group.Last + 1, region.Last), region.Last), region.Last);
                return first <= end && end - first < MaximumIncisedSubject && ClosesIncise(scan, region, end + 1) && IsNamedPhrase(scan, first, end)
                    ? new Cue(group.First, group.Last, v, first, end, SpeakerClue.Inverted)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token after a short complement of an inverted cue (« …, a-t-elle expliqué au micro de la chaîne. Après, … »):
    /// up to <see cref="MaximumIncisedSubject"/> plain words, else <paramref name="t"/> itself.
    /// </summary>
    private static int AfterComplement(QuoteScan scan, int t, int last)
    {
        for (var u = t; u < last && u - t < MaximumIncisedSubject; u++)
        {
            if (!scan.IsWord(u))
            {
                return u;
            }
        }

        return t;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> ends a cue set inside a quote: a comma (« …, a-t-il dit, … »), or a full stop before
    /// more of the quote (« …, a assuré la porte-parole, Jelena Marković. Mais nous … »).
    /// </summary>
    private static bool ClosesIncise(QuoteScan scan, QuotedRegion region, int t) =>
        scan.IsPunct(t, ',') || (scan.IsPunct(t, '.') && t + 1 < region.Last);

    /// <summary>A phrase that names someone: it opens with a determiner or a capital and holds a capitalised word.</summary>
    private static bool IsNamedPhrase(QuoteScan scan, int first, int end)
    {
        if (!scan.Is(first, WordClass.Determiner) && !scan.IsCapitalized(first))
        {
            return false;
        }

        for (var t = first; t <= end; t++)
        {
            if (scan.IsCapitalized(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>« selon X » / "according to X": the source is the phrase after the marker.</summary>
    private static Cue According(QuoteScan scan, int marker, int cueLast)
    {
        var last = scan.SentenceLast(marker);
        var (first, end) = WithApposedName(scan, PhraseAfter(scan, cueLast + 1, last), last);
        return first <= end
            ? new Cue(marker, cueLast, marker, first, end, SpeakerClue.According)
            : new Cue(marker, cueLast, marker, -1, -1, SpeakerClue.None);
    }

    /// <summary>
    /// A phrase followed by a name in apposition takes the name (« selon le ministre de l’Économie,
    /// Raphaël Montagne, … », "added her Lithuanian counterpart, Tomas Reksa."): the name is the source.
    /// </summary>
    private static (int First, int End) WithApposedName(QuoteScan scan, (int First, int End) phrase, int last)
    {
        var (first, end) = phrase;
        // « le porte-parole du Front de libération de l’Azawad (FLA), Bilal Ag Attaher, »: an acronym in brackets may come between.
        var comma = scan.IsPunct(end + 1, '(') && scan.IsPunct(end + 3, ')') ? end + 4 : end + 1;
        if (first <= end && scan.IsPunct(comma, ',') && PhraseAfter(scan, comma + 1, last) is var (nameFirst, nameEnd)
            && nameFirst <= nameEnd && (IsName(scan, nameFirst, nameEnd) || EndsWithName(scan, nameFirst, nameEnd)) && (scan.IsPunct(nameEnd + 1, ',') || scan.IsTerminal(nameEnd + 1) || nameEnd == last))
        {
            return (first, nameEnd);
        }

        return phrase;
    }

    /// <summary>The cue ending at <paramref name="verb"/> and its subject before it, for cues that precede what they report.</summary>
    private static Cue WithSpeaker(QuoteScan scan, int verb, int sentenceFirst, bool mixed)
    {
        var group = VerbGroup(scan, verb, sentenceFirst);
        if (group.Inverted >= 0)
        {
            return new Cue(group.First, group.Last, verb, group.Inverted, group.Inverted, SpeakerClue.Inverted, mixed);
        }

        if (group.First == verb && scan.Is(verb, WordClass.Participle))
        {
            // « …, estimant que « … » »: the previous quote's speaker; failing one, the subject of the main clause
            // (« L’avocate générale X a requis cinq ans, estimant que »), kept in the cue for Attributed to choose.
            var (mainFirst, mainEnd) = MainSubject(scan, verb, sentenceFirst);
            return new Cue(group.First, group.Last, verb, mainFirst <= mainEnd ? mainFirst : -1, mainFirst <= mainEnd ? mainEnd : -1, SpeakerClue.Continuation, mixed);
        }

        // "The union accused operators of making a “derisory” offer and said …": right after "and", the earlier verb's subject.
        if (SharedSubject(scan, group.First, sentenceFirst) is { } shared)
        {
            return shared with { First = group.First, Last = group.Last, Verb = verb, Mixed = mixed };
        }

        var (first, end) = Subject(scan, group.First - 1, sentenceFirst);

        return first <= end
            ? new Cue(group.First, group.Last, verb, first, end, SpeakerClue.Subject, mixed)
            : new Cue(group.First, group.Last, verb, -1, -1, SpeakerClue.None, mixed);
    }

    /// <summary>
    /// The subject of the sentence's first verb group with an auxiliary before <paramref name="verb"/> (« X a requis »),
    /// else after an inverted cue, else of the first finite verb ("The court on Friday ordered …, saying"), or none.
    /// </summary>
    private static (int First, int End) MainSubject(QuoteScan scan, int verb, int sentenceFirst)
    {
        var t = sentenceFirst;
        for (; t < verb && !scan.IsQuoteMark(t); t++)
        {
            // "The navy said it had sent …, citing": the subject of the reporting verb that comes first.
            if (t > sentenceFirst && scan.Is(t, WordClass.Verb) && !scan.Is(t, WordClass.Participle))
            {
                var group = VerbGroup(scan, t, sentenceFirst);
                return group.First > sentenceFirst ? Subject(scan, group.First - 1, sentenceFirst) : (0, -1);
            }

            if (scan.Is(t, WordClass.Auxiliary))
            {
                // « X s’est dit préoccupé »: the reflexive pronoun is not part of the subject.
                var end = t - 1 > sentenceFirst && scan.Is(t - 1, WordClass.Reflexive) ? t - 2 : t - 1;
                return end >= sentenceFirst ? Subject(scan, end, sentenceFirst) : (0, -1);
            }
        }

        var inverted = InvertedSubjectBefore(scan, verb, sentenceFirst);
        if (inverted.First <= inverted.End)
        {
            return inverted;
        }

        var finite = FirstFiniteVerb(scan, sentenceFirst, Math.Min(t, verb - 1) - 1);
        if (finite <= sentenceFirst)
        {
            return (0, -1);
        }

        // "Vaughan, who stayed behind with officials, later issued a statement saying": the subject before the relative clause's comma.
        for (var r = sentenceFirst + 2; r <= finite; r++)
        {
            if (scan.Is(r, WordClass.RelativePronoun))
            {
                return scan.IsPunct(r - 1, ',') ? Subject(scan, r - 2, sentenceFirst) : (0, -1);
            }
        }

        return Subject(scan, finite - 1, sentenceFirst);
    }

    /// <summary>
    /// « La France « condamne … » les frappes, a indiqué le ministère dans un communiqué, appelant … »: the subject
    /// after the inverted cue right before the participle, or (0, -1).
    /// </summary>
    private static (int First, int End) InvertedSubjectBefore(QuoteScan scan, int verb, int sentenceFirst)
    {
        for (var v = verb - 2; v > sentenceFirst && !scan.IsTerminal(v); v--)
        {
            if (!scan.Is(v, WordClass.Verb))
            {
                continue;
            }

            var group = VerbGroup(scan, v, sentenceFirst);
            if (group.Inverted >= 0)
            {
                return (group.Inverted, group.Inverted);
            }

            if (group.First > sentenceFirst && scan.IsPunct(group.First - 1, ',') && scan.IsPunct(verb - 1, ','))
            {
                var (first, end) = PhraseAfter(scan, SubjectAfterCue(scan, group.Last + 1, verb - 2), verb - 2);
                if (first <= end && first > group.Last)
                {
                    return (first, end);
                }
            }

            break;
        }

        return (0, -1);
    }

    /// <summary>
    /// The speaker of an earlier reporting verb of the sentence when this verb group is coordinated with
    /// it and has no subject of its own: "The negotiator said … and added that …", « Le diplomate a
    /// qualifié … et a annoncé qu’… »; or the subject of a clause of a subject and one verb ("The minister agreed, but said").
    /// </summary>
    private static Cue? SharedSubject(QuoteScan scan, int groupFirst, int sentenceFirst)
    {
        if (groupFirst - 1 < sentenceFirst || !scan.Is(groupFirst - 1, WordClass.ClauseOpener))
        {
            return null;
        }

        for (var t = groupFirst - 2; t >= sentenceFirst; t--)
        {
            // "The company called the contract “…” and said it would hire …": a fragment verb shares its subject too.
            if ((scan.Is(t, WordClass.Verb) || scan.Is(t, WordClass.FragmentVerb)) && !scan.Is(t, WordClass.Participle))
            {
                var earlier = WithSpeaker(scan, t, sentenceFirst, mixed: false);
                return earlier.SpeakerFirst >= 0 ? earlier : null;
            }
        }

        // "The Polish minister agreed, but said …": a clause of a subject and one verb before the conjunction gives its subject.
        var verb = scan.IsPunct(groupFirst - 2, ',') ? groupFirst - 3 : groupFirst - 2;
        var before = verb >= sentenceFirst ? VerbGroup(scan, verb, sentenceFirst).First - 1 : -1;
        if (before >= sentenceFirst && scan.IsWord(verb) && !scan.IsCapitalized(verb) && Subject(scan, before, sentenceFirst) is var (first, end)
            && first == sentenceFirst && end == before)
        {
            return new Cue(groupFirst, groupFirst, groupFirst, first, end, SpeakerClue.Subject, Mixed: false);
        }

        return null;
    }

    /// <summary>
    /// The verb group around a reporting verb: an auxiliary, a reflexive pronoun, adverbs and an
    /// inverted subject pronoun before it (« s’est également dit », « a-t-il déclaré »), or an
    /// inverted pronoun right after it (« dit-il », « ajoute-t-elle »).
    /// </summary>
    private static (int First, int Last, int Inverted) VerbGroup(QuoteScan scan, int verb, int floor)
    {
        var first = verb;
        var inverted = -1;
        for (var t = verb - 1; t >= floor && verb - t <= 5; t--)
        {
            if (scan.Is(t, WordClass.Auxiliary))
            {
                first = t;
                if (scan.Is(t - 1, WordClass.Reflexive) || scan.Is(t - 1, WordClass.ObjectPronoun))
                {
                    first = t - 1;
                }

                break;
            }

            if (IsInvertedPronoun(scan, t))
            {
                inverted = t;
                continue;
            }

            // « a fait savoir »: the causative verb belongs to the group.
            if (t == verb - 1 && scan.Is(t, WordClass.Causative))
            {
                first = t;
                continue;
            }

            // « lui répond »: an object pronoun right before the verb.
            if (t == verb - 1 && scan.Is(t, WordClass.ObjectPronoun))
            {
                first = t;
                break;
            }

            if (!scan.Is(t, WordClass.Adverb))
            {
                break;
            }
        }

        if (first == verb)
        {
            inverted = -1;
        }

        var last = verb;
        if (IsInvertedPronoun(scan, verb + 1))
        {
            inverted = verb + 1;
            last = verb + 1;
        }

        return (first, last, inverted);
    }

    private static bool IsInvertedPronoun(QuoteScan scan, int t) =>
        t >= 0 && t < scan.Count && scan.Kind(t) == Text.TokenKind.Clitic && scan.Is(t, WordClass.SubjectPronoun);

    /// <summary>
    /// The subject ending at <paramref name="end"/>: the last comma-separated phrase of its clause
    /// (« Le secrétaire général de l’OTAN, Mark Rutte, » gives « Mark Rutte »), with the phrase before
    /// it when it is an apposition (« Mme Nérée, élue de Camopi, »), skipping a relative clause
    /// (« Le ministre, qui arrivait de Rome, ») or a parenthetical (« pour sa part »), and cut before a
    /// trailing conjunction ("Russia denied it and said"); none when longer than <see cref="MaximumSubject"/>.
    /// </summary>
    private static (int First, int End) Subject(QuoteScan scan, int end, int floor)
    {
        var setOff = scan.IsPunct(end, ',');
        // "Solvance Biotech, a … company, today said": an adverb set off by a comma is no phrase of the subject.
        while (end >= floor && (scan.IsPunct(end, ',') || (end - 1 >= floor && scan.IsPunct(end - 1, ',') && !scan.IsCapitalized(end) && scan.Is(end, WordClass.Adverb))))
        {
            end--;
        }

        // « Norvalis Industries (NVI) a annoncé », « Gilles Morvan (divers droite), a défendu »: a short aside in brackets belongs to the name before it.
        if (scan.IsPunct(end, ')'))
        {
            for (var open = end - 2; open > floor && open >= end - 5; open--)
            {
                if (scan.IsPunct(open, '('))
                {
                    end = scan.IsWord(open - 1) ? open - 1 : end;
                    break;
                }
            }
        }

        var first = SegmentStart(scan, end, floor);
        if (first > end || end < floor)
        {
            return (0, -1);
        }

        // « Le Medef, lui, juge »: a pronoun set off by commas only stresses the subject before it.
        if (scan.IsPunct(first - 1, ',') && (scan.Is(first, WordClass.RelativePronoun) || scan.IsPhrase(first, end, WordClass.Parenthetical)
            || (setOff && first == end && scan.Is(first, WordClass.SubjectPronoun))))
        {
            var before = Subject(scan, first - 2, floor);
            // "according to Tomas Berglund, a deputy governor of the Riksbank, who told": a relative's antecedent is the name before the apposition.
            return scan.Is(first, WordClass.RelativePronoun) && before.End >= before.First && scan.IsPunct(before.First - 1, ',')
                && NameAtEnd(scan, SegmentStart(scan, before.First - 2, floor), before.First - 2) is var name and >= 0
                ? (name, before.End)
                : before;
        }

        // "Former bar manager Leanne Docherty, 34, said", « La chercheuse Inès Marchal, 41 ans, a expliqué »: an age set off by commas
        // describes the subject before it.
        if (scan.Tokens[first].Kind == TokenKind.Number && end - first <= 1 && scan.IsPunct(first - 1, ',') && first - 2 >= floor)
        {
            return Subject(scan, first - 2, floor);
        }

        // "… fell 11% on Wednesday after chief executive Annelies de Groot told": a long stretch ending with a name has it as subject.
        if (end - first >= MaximumSubject && NameAtEnd(scan, first, end) is var named and >= 0)
        {
            return (named, end);
        }

        if (scan.IsPunct(first - 1, ',') && first - 2 >= floor)
        {
            var previous = SegmentStart(scan, first - 2, floor);
            // ", while Gemma Lowe, an organiser for …, accused": the clause opener is no part of the name.
            while (previous < first - 2 && scan.Is(previous, WordClass.ClauseOpener))
            {
                previous++;
            }

            // « Karim Bensaïd, 24 ans, auteur de … »: an age between the name and the apposition is passed over.
            if (IsApposition(scan, first) && scan.Tokens[previous].Kind == TokenKind.Number && previous - 2 >= floor && scan.IsPunct(previous - 1, ','))
            {
                var person = SegmentStart(scan, previous - 2, floor);
                if (IsName(scan, person, previous - 2) || (scan.Is(person, WordClass.Determiner) && previous - 2 > person && scan.IsCapitalized(previous - 2)))
                {
                    return end - person < MaximumSubject ? (person, end) : (person, previous - 2);
                }
            }

            // Only after a name: "In the town of Encantado, where …, mayor Luíza Bortolini said" is no apposition.
            // « Le fabricant de drones Skyrane, basé à Toulouse, a reconnu »: a noun phrase ending with a name counts too, and so does a
            // short one ("The 22-year-old, riding her first Tour, told").
            // "Millbrook City captain Ryan Adeyemi, a 29-year-old centre-back, admitted": so does a phrase ending with a full name.
            if ((IsApposition(scan, first) || (scan.Is(first, WordClass.Determiner) && !ClosesAgentAside(scan, previous, floor)))
                && (IsName(scan, previous, first - 2) || (scan.Is(first, WordClass.Determiner) && NameAtEnd(scan, previous, first - 2) >= 0)
                    || (IsApposition(scan, first) && scan.Is(previous, WordClass.Determiner) && first - 2 > previous
                        && (scan.IsCapitalized(first - 2) || first - 2 - previous <= 2))))
            {
                // A long apposition ("X, a spokesperson for … who …, said") only describes the subject before it.
                if (end - previous >= MaximumSubject)
                {
                    end = first - 2;
                }

                first = previous;
            }
        }

        // An indefinite opens an unnamed source ("a United Nations official"): it stays.
        while (first <= end && (scan.Is(first, WordClass.ClauseOpener) || (scan.Is(first, WordClass.Adverb) && !scan.Is(first, WordClass.Indefinite)) || scan.Is(first, WordClass.Complementizer)))
        {
            first++;
        }

        while (end >= first && (scan.Is(end, WordClass.ClauseOpener) || scan.Is(end, WordClass.Adverb)))
        {
            end--;
        }

        return first <= end && end - first < MaximumSubject && scan.Words(first, end) > 0 ? (first, end) : (0, -1);
    }

    /// <summary>
    /// « Interrogé par la présidente, Maud Kerlan, le prévenu a assuré »: a name set off after an opening phrase that holds an agent
    /// (« par », "by") is that agent's, not the subject's that follows it (an apposition after the name, « Joint par téléphone,
    /// Jean Vidal, référent de l’association, », still describes the name).
    /// </summary>
    private static bool ClosesAgentAside(QuoteScan scan, int name, int floor)
    {
        if (!scan.IsPunct(name - 1, ',') || SegmentStart(scan, name - 2, floor) != floor)
        {
            return false;
        }

        for (var t = floor; t < name - 1; t++)
        {
            foreach (var marker in scan.Rules.AgentMarkers)
            {
                if (scan.IsWordEqual(t, marker))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first word of a name of two words or more (particles inside: "Annelies de Groot") that ends a longer stretch ("according to Tomas Berglund"), or -1.</summary>
    private static int NameAtEnd(QuoteScan scan, int first, int end)
    {
        var start = end + 1;
        var names = 0;
        for (var t = end; t > first && end - t < 5 && (IsNameWord(scan, t) || scan.Is(t, WordClass.NameParticle)); t--)
        {
            start = t;
            names += IsNameWord(scan, t) ? 1 : 0;
        }

        while (start < end && scan.Is(start, WordClass.NameParticle))
        {
            start++;
        }

        return names >= 2 && IsNameWord(scan, end) && IsNameWord(scan, start) && !IsNameWord(scan, start - 1) ? start : -1;
    }

    /// <summary>The first token of the comma-separated phrase that ends at <paramref name="end"/>.</summary>
    private static int SegmentStart(QuoteScan scan, int end, int floor)
    {
        var first = end;
        while (first - 1 >= floor && !scan.IsClauseBreak(first - 1) && !scan.IsTerminal(first - 1))
        {
            first--;
        }

        return first;
    }

    /// <summary>Up to four words, all capitalized (titles such as « M. » included): a name.</summary>
    private static bool IsName(QuoteScan scan, int first, int end)
    {
        // « le général Arnaud de La Villemarqué »: a determiner and up to two lower-case words of title may open it.
        if (scan.Is(first, WordClass.Determiner))
        {
            first++;
            for (var title = 0; title < 2 && first < end && scan.IsWord(first) && !scan.IsCapitalized(first); title++)
            {
                first++;
            }
        }

        if (end < first || end - first > 5 || !scan.IsCapitalized(first) || !IsNameWord(scan, end))
        {
            return false;
        }

        var capitalised = 0;
        for (var t = first; t <= end; t++)
        {
            if (IsNameWord(scan, t))
            {
                capitalised++;
            }
            else if (!scan.Is(t, WordClass.NameParticle))
            {
                return false;
            }
        }

        return capitalised <= 4;
    }

    /// <summary>
    /// A short description ending with a name: "Japanese engineer Haruka Mori", "the Tokyo-based company Lunaris" (a determiner, up to
    /// three words, then a name of one to four words).
    /// </summary>
    private static bool EndsWithName(QuoteScan scan, int first, int end)
    {
        var name = end;
        while (name > first && IsNameWord(scan, name - 1))
        {
            name--;
        }

        if (!IsNameWord(scan, end) || end - name > 3 || name == first)
        {
            return false;
        }

        // Not a complement (« Ingrid Berg, de l’institut de Tromsø »): no particle in the description.
        var start = scan.Is(first, WordClass.Determiner) && !scan.Is(first, WordClass.NameParticle) ? first + 1 : first;
        return name - start is >= 1 and <= 3
            && Enumerable.Range(start, name - start).All(t => scan.IsWord(t) && !scan.Is(t, WordClass.Verb) && !scan.Is(t, WordClass.NameParticle));
    }

    /// <summary>A capitalised word, or a short particle joined to one ("al-Moussaoui", "el-Amin").</summary>
    private static bool IsNameWord(QuoteScan scan, int t)
    {
        if (scan.IsCapitalized(t))
        {
            return true;
        }

        var word = scan.Text.AsSpan(scan.Tokens[t].Start, scan.Tokens[t].Length);
        var hyphen = word.IndexOf('-');
        return scan.IsWord(t) && hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    /// <summary>A phrase that opens with a bare common noun (« élue de … », "lecturer at …") describes the name before it.</summary>
    private static bool IsApposition(QuoteScan scan, int first) =>
        scan.IsWord(first) && !scan.IsCapitalized(first) && !scan.Is(first, WordClass.Determiner) && !scan.Is(first, WordClass.SubjectPronoun)
        && !scan.Is(first, WordClass.ClauseOpener) && !scan.Is(first, WordClass.Complementizer);

    /// <summary>The phrase after a cue or « selon »: up to a comma, the sentence end or a quote mark, at most <see cref="MaximumSubject"/> tokens.</summary>
    private static (int First, int End) PhraseAfter(QuoteScan scan, int first, int last)
    {
        var end = first - 1;
        while (end + 1 <= last && !scan.IsClauseBreak(end + 1) && !scan.IsTerminal(end + 1) && end + 1 - first < MaximumSubject)
        {
            end++;
        }

        return scan.Words(first, end) > 0 ? (first, end) : (0, -1);
    }
}
