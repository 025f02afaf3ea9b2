using Vigie.Text;

namespace Vigie.Quotes;

/// <summary>
/// Finds direct, mixed and indirect quotations in an article and the words that name their
/// speakers, from the tokens and sentences of the Text stage and a language's <see cref="QuoteRules"/>.
/// Precision first: quoted words with no reporting cue are speech only when they read as a whole
/// statement (scare quotes and titles are not), and a speaker is never guessed.
/// Thread-safe: it holds only its frozen rules.
/// </summary>
public sealed partial class QuoteFinder(QuoteRules rules)
{
    /// <summary>Quoted words without a cue must be at least this many words long to count as speech.</summary>
    private const int MinimumUncuedWords = 8;

    /// <summary>How far (in tokens) a cue may stand from the quote it introduces.</summary>
    private const int CueWindow = 12;

    /// <summary>How far (in tokens) a complementizer after its cue may stand from the quote it leads to.</summary>
    private const int FarComplementizerWindow = 25;

    /// <summary>How far (in tokens) the reporting verb may stand before such a complementizer: « a assuré mercredi à l’issue du sommet d’Ankara que ».</summary>
    private const int VerbBeforeComplementizerReach = 10;

    /// <summary>How far (in tokens) a cue may stand from the colon that introduces the quote.</summary>
    private const int ColonCueWindow = 20;

    /// <summary>The longest colon introduction (« Le constat du général X : ») read for a speaker, in tokens.</summary>
    private const int ColonIntroductionWindow = 20;

    /// <summary>The longest subject of a cue inside the quotation marks (« a insisté le négociateur X, »), in tokens.</summary>
    private const int MaximumIncisedSubject = 12;

    /// <summary>The longest subject taken as a speaker, in tokens.</summary>
    private const int MaximumSubject = 14;

    public QuoteRules Rules { get; } = rules;

    public IReadOnlyList<Quote> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var scan = new QuoteScan(text, tokens, sentences, Rules);
        var quotes = new List<Quote>();
        var regions = QuoteMarks.Pair(text, tokens);
        var usedCues = new HashSet<int>();
        var unattributed = new List<QuotedRegion>();
        foreach (var region in regions)
        {
            if (DirectQuote(scan, region, quotes, usedCues) is { } quote)
            {
                quotes.Add(quote);
            }
            else if (region.IsClosed)
            {
                unattributed.Add(region);
            }
        }

        IndirectQuotes(scan, regions, unattributed, usedCues, quotes);
        InterviewAnswers(scan, quotes);
        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        ContinueReportedSentences(text, quotes);
        return quotes;
    }

    /// <summary>
    /// A quotation with no cue that opens the sentence right after a reported clause of the same paragraph ("X says he
    /// has come every day. “My generation …”"): the speaker of the clause goes on. (Quotations after a direct quote
    /// are read as they are found; reported clauses are found after them.)
    /// </summary>
    private static void ContinueReportedSentences(string text, List<Quote> quotes)
    {
        for (var i = 1; i < quotes.Count; i++)
        {
            var (previous, quote) = (quotes[i - 1], quotes[i]);
            if (quote is not { Kind: QuoteKind.Direct, Clue: SpeakerClue.None, Cue: null } || previous.Kind == QuoteKind.Direct
                || previous.Clue == SpeakerClue.None || previous.Content.End > quote.Content.Start)
            {
                continue;
            }

            var between = text.AsSpan(previous.Content.End, quote.Content.Start - previous.Content.End);
            var terminals = 0;
            var others = 0;
            foreach (var c in between)
            {
                terminals += c is '.' or '!' or '?' ? 1 : 0;
                others += c == '\n' || char.IsLetterOrDigit(c) ? 1 : 0;
            }

            if (terminals == 1 && others == 0)
            {
                quotes[i] = quote with { Clue = SpeakerClue.Continuation, Confidence = 1.4 * quote.Confidence };
            }
        }
    }

    private Quote? DirectQuote(QuoteScan scan, QuotedRegion region, List<Quote> earlier, HashSet<int> usedCues)
    {
        // English puts the comma that ends a quote inside the marks ("We will not back down," said …): it is not the speaker's.
        var content = scan.Span(region.First, region.Last > region.First && scan.IsPunct(region.Last, ',') ? region.Last - 1 : region.Last);
        var confidence = region.IsClosed ? 1.0 : 0.85;
        // "announced a “strategic pause”": a short phrase after a determiner is a term, not speech — unless it ends a reported
        // clause (« a jugé que la décision constituait une « provocation inacceptable » ») or a verb that judges (« a dénoncé une « provocation » »).
        var cueBefore = CueBefore(scan, region);
        if (region.IsClosed && scan.Words(region.First, region.Last) < 3 && scan.Is(region.Open - 1, WordClass.Determiner)
            && !(cueBefore is { } reporting && (scan.Any(reporting.Verb + 1, region.Open - 1, WordClass.Complementizer) || scan.Is(reporting.Verb, WordClass.FragmentVerb))))
        {
            return null;
        }

        if (cueBefore is { } before)
        {
            if (usedCues.Contains(before.Verb))
            {
                // The second half of a quote split by its cue: "“We are ready,” she said, “to sign.”" is one quote.
                JoinRest(scan, region, earlier, content);
                return null;
            }

            usedCues.Add(before.Verb);
            var kind = before.Mixed ? QuoteKind.Mixed : QuoteKind.Direct;
            return Attributed(scan, kind, content, before, earlier, confidence);
        }

        if (CueAfter(scan, region) is { } after)
        {
            usedCues.Add(after.Verb);
            return Attributed(scan, QuoteKind.Direct, content, after, earlier, confidence);
        }

        if (CueInside(scan, region) is { } inside)
        {
            usedCues.Add(inside.Verb);
            return Attributed(scan, QuoteKind.Direct, content, inside, earlier, 0.9 * confidence);
        }

        var words = scan.Words(region.First, region.Last);
        if (IsSignIntroduction(scan, region.Open))
        {
            return null;
        }

        if (words >= 3 && scan.EndsStatement(region) && ContinuesPreviousSentence(scan, region, earlier))
        {
            // "“We live from tanker to tanker,” Fakhoury said. “Every summer …”": the quotation goes on after its cue.
            if (IsRestAfterCue(earlier[^1], content))
            {
                JoinRest(scan, region, earlier, content);
                return null;
            }

            return new Quote(QuoteKind.Direct, content, null, null, SpeakerClue.Continuation, 0.7 * confidence);
        }

        if (words >= 3 && scan.EndsStatement(region) && ContinuesPreviousParagraph(scan, region, earlier))
        {
            return new Quote(QuoteKind.Direct, content, null, null, SpeakerClue.Continuation, 0.7 * confidence);
        }

        // The second half of a quote split by its cue further back ("“If the plant closes,” said X, mayor of Y, “we lose …”"): part of the first.
        if (earlier.Count > 0 && scan.SentenceFirst(region.Open) == scan.SentenceFirst(Math.Max(0, region.Open - 1)) && StartsLowerCase(scan, region)
            && earlier[^1].Content.End > scan.Tokens[scan.SentenceFirst(region.Open)].Start)
        {
            JoinRest(scan, region, earlier, content);
            return null;
        }

        return (words >= MinimumUncuedWords && scan.EndsStatement(region)) || (words >= 3 && IsInterviewQuestion(scan, region))
            ? new Quote(QuoteKind.Direct, content, null, null, SpeakerClue.None, 0.5 * confidence)
            : null;
    }

    /// <summary>« Pourquoi fermer maintenant ? », "Will you miss it?": a paragraph that is one quoted question, the next paragraph opening with a quotation.</summary>
    private static bool IsInterviewQuestion(QuoteScan scan, QuotedRegion region)
    {
        if (!scan.IsPunct(region.Last, '?') || WholeParagraph(scan, region) is not (_, var lineEnd and >= 0))
        {
            return false;
        }

        var next = scan.Text.AsSpan(lineEnd).TrimStart();
        return next.Length > 0 && next[0] is '«' or '“' or '"';
    }

    /// <summary>
    /// For a closed quotation that is its paragraph's only text, the line breaks before and after it (-1 where the text starts or
    /// ends); null when other words share its paragraph.
    /// </summary>
    private static (int LineStart, int LineEnd)? WholeParagraph(QuoteScan scan, QuotedRegion region)
    {
        if (!region.IsClosed)
        {
            return null;
        }

        var text = scan.Text;
        var open = scan.Tokens[region.Open].Start;
        var lineStart = open > 0 ? text.LastIndexOf('\n', open - 1) : -1;
        var close = scan.Tokens[region.Close].End;
        var lineEnd = text.IndexOf('\n', close);
        var rest = lineEnd < 0 ? text.AsSpan(close) : text.AsSpan(close, lineEnd - close);
        return text.AsSpan(lineStart + 1, open - lineStart - 1).IsWhiteSpace() && rest.IsWhiteSpace() ? (lineStart, lineEnd) : null;
    }

    /// <summary>The first token at or after a text offset, searching back from a token after it.</summary>
    private static int FirstAfter(QuoteScan scan, int offset, int from)
    {
        var t = from;
        while (t > 0 && scan.Tokens[t - 1].Start >= offset)
        {
            t--;
        }

        return t;
    }

    /// <summary>A direct quotation whose cue follows it, and the quotation at hand after that cue: one quote its cue splits.</summary>
    private static bool IsRestAfterCue(Quote previous, TextSpan content) =>
        previous is { Kind: QuoteKind.Direct, Rest: null, Cue: { } cue } && cue.Start >= previous.Content.End && cue.End <= content.Start;

    /// <summary>
    /// The words after the cue of a quotation it splits become the rest of the quote before (the first rest only) — unless a
    /// reported clause leads to them (« a-t-elle ironisé, obligeant son adversaire à reconnaître que le chiffrage n’était « pas … » »).
    /// </summary>
    private static void JoinRest(QuoteScan scan, QuotedRegion region, List<Quote> earlier, TextSpan rest)
    {
        if (earlier.Count > 0 && earlier[^1] is { Rest: null } previous && previous.Content.End <= rest.Start
            && !scan.Any(FirstAfter(scan, previous.End, region.Open), region.Open - 1, WordClass.Complementizer))
        {
            earlier[^1] = previous with { Rest = rest };
        }
    }

    private static bool StartsLowerCase(QuoteScan scan, QuotedRegion region) =>
        scan.IsWord(region.First) && char.IsLower(scan.Text[scan.Tokens[region.First].Start]);

    /// <summary>
    /// A paragraph that is one quotation with no cue, right after a paragraph whose last sentence holds a
    /// direct quote: the same speaker goes on (the convention of news writing).
    /// </summary>
    private static bool ContinuesPreviousParagraph(QuoteScan scan, QuotedRegion region, List<Quote> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Kind: QuoteKind.Direct } previous || WholeParagraph(scan, region) is not (var lineStart and >= 0, _))
        {
            return false;
        }

        // The previous quote stands in the paragraph just before: one line break run between them, no other paragraph.
        var between = scan.Text.AsSpan(previous.End, lineStart + 1 - previous.End);
        var previousParagraphEnd = between.IndexOf('\n');
        return previousParagraphEnd >= 0 && between[previousParagraphEnd..].IsWhiteSpace();
    }

    /// <summary>
    /// A sentence that is one quotation with no cue, right after a sentence of the same paragraph holding an
    /// attributed quote ("“We live from tanker to tanker,” Fakhoury said. “Every summer …”", "X says he has come
    /// every day. “My generation …”"): the same speaker goes on.
    /// </summary>
    private static bool ContinuesPreviousSentence(QuoteScan scan, QuotedRegion region, List<Quote> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Clue: not SpeakerClue.None } previous || !region.IsClosed
            || region.Open == 0 || scan.SentenceFirst(region.Open) != region.Open)
        {
            return false;
        }

        var sentenceBefore = scan.Tokens[scan.SentenceFirst(region.Open - 1)].Start;
        var open = scan.Tokens[region.Open].Start;
        return (previous.Rest ?? previous.Content).Start >= sentenceBefore && previous.End <= open
            && !scan.Text.AsSpan(previous.End, open - previous.End).Contains('\n');
    }

    private static Quote Attributed(QuoteScan scan, QuoteKind kind, TextSpan content, Cue cue, List<Quote> earlier, double confidence)
    {
        var cueSpan = scan.Span(cue.First, cue.Last);
        if (cue.Clue == SpeakerClue.Continuation)
        {
            // The previous quote's speaker, unless the participle's own sentence names a subject after that quote ("The union said … .
            // Adaeze Nwosu-Grant defended the cuts, saying …").
            var previous = earlier.LastOrDefault(q => q.End <= content.Start);
            var ownSubject = cue.SpeakerFirst >= 0 && previous is not null && scan.Tokens[scan.SentenceFirst(cue.SpeakerFirst)].Start >= previous.End;
            if (!ownSubject && (previous is { Speaker: not null } || previous is { Clue: SpeakerClue.Continuation }))
            {
                return new Quote(kind, content, cueSpan, null, SpeakerClue.Continuation, 0.8 * confidence);
            }

            return cue.SpeakerFirst >= 0
                ? new Quote(kind, content, cueSpan, scan.Span(cue.SpeakerFirst, cue.SpeakerLast), SpeakerClue.Subject, 0.75 * confidence)
                : new Quote(kind, content, cueSpan, null, SpeakerClue.None, 0.6 * confidence);
        }

        var speaker = cue.SpeakerFirst >= 0 ? scan.Span(cue.SpeakerFirst, cue.SpeakerLast) : (TextSpan?)null;
        var clue = speaker is null ? SpeakerClue.None : cue.Clue;
        var weight = clue switch
        {
            SpeakerClue.Subject or SpeakerClue.According => 0.95,
            SpeakerClue.Inverted => 0.9,
            SpeakerClue.Colon => 0.75,
            _ => 0.6,
        };
        return new Quote(kind, content, cueSpan, speaker, clue, weight * confidence);
    }
}
