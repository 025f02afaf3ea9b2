using Vigie.Actors;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Quotes;

/// <summary>
/// Resolves the words naming each quote's speaker to an entity of the actor stage: the person named
/// in them first (then an organisation, then a state acting), taking a pronoun or role phrase through
/// the actor stage's coreference; a continuation takes the speaker of the quote before. A subject
/// pronoun the actor stage left unresolved takes the previous quote's speaker when that is a person
/// speaking just before; otherwise the speaker stays null — never a guess.
/// </summary>
public static partial class SpeakerAttribution
{
    /// <summary>How far back (in characters) a previous speaker may stand for an unresolved pronoun.</summary>
    private const int PronounReach = 800;

    public static IReadOnlyList<Quote> Attribute(IReadOnlyList<Quote> quotes, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(rules);
        var attributed = new List<Quote>(quotes.Count);
        Quote? previous = null;
        foreach (var quote in quotes)
        {
            var speaker = quote.Clue switch
            {
                SpeakerClue.Continuation => previous?.SpeakerId,
                // An answer of an interview printed without quotation marks: the person its presenting paragraph names most.
                SpeakerClue.Interview when quote.Speaker is { } span => MostMentionedPerson(span.Start, span.End, entities),
                // « selon la même source », "the same official said": whoever spoke before.
                _ when quote.Speaker is { } span && WordIs(span, text, rules, WordClass.Sameness, 1) => previous?.SpeakerId,
                // « Avant d’ajouter, dans un sourire : », "Before adding:": the one who spoke before goes on.
                _ when quote.Speaker is { } span && GoesOn(span, text, rules) => previous?.SpeakerId,
                // « Un membre de la délégation de l’armée a tempéré : »: an unnamed source with no person named in the clause is no one.
                SpeakerClue.Colon when quote.Speaker is { } span && IsUnnamedSource(span, text, rules) && !NamesPerson(span, entities) =>
                    NamedByAgent(span, entities, text, rules) ?? NamedInFull(span, entities, text, rules),
                SpeakerClue.Colon when quote.Speaker is { } span => Named(span, entities, text, rules, sole: true) ?? Pronoun(span, quote, previous, entities, text, rules)
                    ?? Owner(span, entities, text, rules),
                // "A spokesperson for the embassy said … “…,” the spokesperson added": the same unnamed spokesperson goes on.
                _ when quote.Speaker is { } span && IsSpokespersonAgain(span, text, rules) && previous?.Speaker is { } before && SpokespersonWords(before, text, rules) is not null
                    => previous.SpeakerId,
                _ when quote.Speaker is { } span && IsUnnamedSource(span, text, rules) => NamedByAgent(span, entities, text, rules) ?? NamedInFull(span, entities, text, rules)
                    ?? SpokenFor(span, entities, text, rules),
                // « Selon une source diplomatique, … « … », résume-t-elle »: a pronoun right after an unnamed source's words is that source.
                _ when quote.Speaker is { } span && IsPronounAfterUnnamedSource(span, quote, previous, entities, text, rules) => null,
                _ when quote.Speaker is { } span => Named(span, entities, text, rules) ?? Pronoun(span, quote, previous, entities, text, rules)
                    ?? ApposedTo(span, entities, text, rules),
                _ => null,
            };
            var resolved = speaker is null && quote is { Clue: SpeakerClue.None, Speaker: null, Kind: QuoteKind.Direct } && PersonOfParagraphBefore(quote, entities, text) is { } person
                ? quote with { SpeakerId = person, Clue = SpeakerClue.Paragraph, Confidence = 0.6 * quote.Confidence }
                : quote with { SpeakerId = speaker };
            attributed.Add(resolved);
            previous = resolved;
        }

        AttributeInterviews(attributed, entities, text);
        return attributed;
    }

    /// <summary>
    /// The best entity mentioned in the speaker words: a person, else an organisation, else a state
    /// acting. With <paramref name="sole"/> (words that are no grammatical subject), only when one
    /// entity alone has the best rank.
    /// </summary>
    private static string? Named(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules, bool sole = false)
    {
        string? best = null;
        var tied = false;
        (int Rank, int Apposed, int Length) bestScore = (0, 0, 0);
        var spokenFor = SpokespersonWords(span, text, rules);
        foreach (var entity in entities)
        {
            // A place the knowledge base does not know ("Statistics Norway" tagged as one) may be an organisation that speaks.
            var rank = entity.Kind switch
            {
                ActorKind.Person => 3,
                ActorKind.Organization or ActorKind.Group => 2,
                ActorKind.Country => 1,
                ActorKind.Place when entity.Actor is null => 1,
                _ => 0,
            };
            if (rank == 0)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.End <= span.Start || mention.Start >= span.End || mention.Sense == MentionSense.Place)
                {
                    continue;
                }

                // "Her coach, X, was …": a possessive stands for the coach's owner, who is not the one speaking.
                if (mention.How == MentionSource.Coref && IsPossessive(mention, text, rules))
                {
                    continue;
                }

                // "The group, led since 2021 by Martin Oyelaran, said": the agent of an aside is not the one speaking; « Son constat, livré
                // mardi sur France Culture, est sans appel : »: nor is where the words were said.
                if (mention.Start > span.Start && (AfterMarker(mention, text, rules.AgentMarkers) || AfterMarker(mention, text, rules.ChannelMarkers)))
                {
                    continue;
                }

                // "The lawyer of Viktor Saric told", « L’avocat de Julien Marchal a plaidé »: a person in the complement of the noun that
                // heads the speaker words is not the one speaking.
                if (entity.Kind == ActorKind.Person && InComplement(mention, span, text, rules))
                {
                    continue;
                }

                // An unknown place speaks only as the whole subject ("Statistics Norway said"), not as a word of it ("a European diplomat"),
                // or through its spokesperson (« la direction de Distripost »).
                if (entity.Kind == ActorKind.Place && (mention.Start > span.Start || mention.End < span.End)
                    && !(spokenFor is var (from, to) && mention.Start >= from && mention.End <= to))
                {
                    continue;
                }

                // A lower-case adjective (« un responsable russe ») does not say that the state speaks; its government (« le gouvernement néerlandais ») does.
                if (entity.Kind == ActorKind.Country && mention.Sense != MentionSense.Government && char.IsLower(text[mention.Start]) && mention.Length < span.Length)
                {
                    continue;
                }

                // A name set off by a comma at the start is who speaks: "Marta Lindqvist, chief executive of Varvsholm Marine".
                var score = (rank, OpensApposition(mention, span, text, rules) ? 1 : 0, mention.Length);
                if (rank > bestScore.Rank || (best is not null && best != entity.Id && rank == bestScore.Rank))
                {
                    tied = rank == bestScore.Rank;
                }

                if (score.CompareTo(bestScore) > 0)
                {
                    (best, bestScore) = (entity.Id, score);
                }
            }
        }

        return sole && tied ? null : best;
    }

    /// <summary>
    /// Whether a person's mention stands in the complement of the noun that heads the speaker words ("The lawyer of Viktor Saric",
    /// « L’avocat de Julien Marchal », « un proche de X »): that person is not the one speaking.
    /// </summary>
    private static bool InComplement(ActorMention mention, TextSpan span, string text, QuoteRules rules) =>
        mention.Start > span.Start && AfterMarker(mention, text, rules.ComplementMarkers) && HeadedByNoun(span, text, rules);

    /// <summary>Whether the speaker words open with a determiner (« l’ » elided too) and a lower-case word: a noun heads them.</summary>
    private static bool HeadedByNoun(TextSpan span, string text, QuoteRules rules)
    {
        var words = text.AsSpan(span.Start, span.Length);
        var space = words.IndexOfAny(' ', '\u00A0');
        var first = space < 0 ? words : words[..space];
        var elided = first.IndexOfAny('\'', '’');
        var determiner = elided >= 0 ? first[..(elided + 1)] : first;
        var next = elided >= 0 ? elided + 1 : space + 1;
        return next > 0 && next < words.Length && char.IsLower(words[next]) && IsOf(determiner, rules, WordClass.Determiner);
    }

    /// <summary>Whether a person is mentioned within the speaker words.</summary>
    private static bool NamesPerson(TextSpan span, IReadOnlyList<ResolvedEntity> entities) =>
        entities.Any(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= span.Start && m.End <= span.End));

    /// <summary>Whether a pronoun mention is a possessive before its noun ("Her coach").</summary>
    private static bool IsPossessive(ActorMention mention, string text, QuoteRules rules) =>
        !text.AsSpan(mention.Start, mention.Length).Contains(' ') && WordIs(new TextSpan(mention.Start, mention.End), text, rules, WordClass.Possessive, 0)
        && mention.End + 1 < text.Length && text[mention.End] == ' ' && char.IsLetter(text[mention.End + 1]);

    /// <summary>Whether the word right before the mention is one of <paramref name="markers"/> (agents: "by", « par »; channels: "on", « sur »).</summary>
    private static bool AfterMarker(ActorMention mention, string text, IReadOnlyList<string> markers)
    {
        var before = text.AsSpan(0, mention.Start).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n');
        var word = before[(space + 1)..];
        foreach (var marker in markers)
        {
            if (word.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention opens the speaker words (after a determiner at most) and a comma follows it: "Marta Lindqvist, chief
    /// executive of …", « La CFDT, majoritaire dans le groupe, ».
    /// </summary>
    private static bool OpensApposition(ActorMention mention, TextSpan span, string text, QuoteRules rules)
    {
        var after = mention.End;
        var opening = mention.Start == span.Start || (mention.Start > span.Start && OpensWith(span, text, rules, WordClass.Determiner)
            && text.AsSpan(span.Start, mention.Start - span.Start).TrimEnd().IndexOfAny(' ', '\u00A0') < 0);
        return opening && after < span.End && text[after] == ',';
    }

    /// <summary>
    /// Whether the speaker words open as an unnamed source does (« un officier de l’armée de l’Air », "one
    /// Western military official"): the organisation or the adjective in them is not who speaks.
    /// </summary>
    private static bool IsUnnamedSource(TextSpan span, string text, QuoteRules rules) => OpensWith(span, text, rules, WordClass.UnnamedOpener);

    /// <summary>Whether the first word of the speaker words belongs to <paramref name="wordClass"/>.</summary>
    private static bool OpensWith(TextSpan span, string text, QuoteRules rules, WordClass wordClass) => WordIs(span, text, rules, wordClass, 0);

    /// <summary>Whether word <paramref name="index"/> (from 0, words split at spaces) of the speaker words belongs to <paramref name="wordClass"/>.</summary>
    private static bool WordIs(TextSpan span, string text, QuoteRules rules, WordClass wordClass, int index)
    {
        var words = text.AsSpan(span.Start, span.Length);
        for (var skipped = 0; skipped < index; skipped++)
        {
            var space = words.IndexOfAny(' ', '\u00A0');
            if (space < 0)
            {
                return false;
            }

            words = words[(space + 1)..];
        }

        var end = words.IndexOfAny(' ', '\u00A0');
        return IsOf(end < 0 ? words : words[..end], rules, wordClass);
    }

    /// <summary>Words that open with « avant » / "before" and an infinitive or a gerund, with no subject: « Avant d’ajouter », "Before adding".</summary>
    private static bool GoesOn(TextSpan span, string text, QuoteRules rules)
    {
        var words = text.AsSpan(span.Start, span.Length);
        var space = words.IndexOfAny(' ', '\u00A0');
        if (space < 0 || !IsOf(words[..space], rules, WordClass.Sequel))
        {
            return false;
        }

        var next = words[(space + 1)..];
        var end = next.IndexOfAny(' ', ',');
        var verb = end < 0 ? next : next[..end];
        return verb.StartsWith("d’", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("d'", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("de", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsOf(ReadOnlySpan<char> word, QuoteRules rules, WordClass wordClass)
    {
        Span<char> folded = stackalloc char[Math.Min(word.Length, 32)];
        return word.Length <= 32 && rules.Has(wordClass, folded[..TextFold.Fold(word, folded)]);
    }

    /// <summary>
    /// "according to a report published on Thursday by the rights group Kaladan Watch", « selon une étude publiée par
    /// l’Insee », « un bilan provisoire du ministère », "figures from the ministry": a document's maker, named after the agent's
    /// preposition or the document's link. A person's words name no one so (« un élu joint par l’AFP », « un responsable du ministère »).
    /// </summary>
    private static string? NamedByAgent(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        if (!WordIs(span, text, rules, WordClass.DocumentNoun, 1))
        {
            return null;
        }

        var words = text.AsSpan(span.Start, span.Length);
        foreach (var agent in rules.AgentMarkers.Concat(rules.DocumentLinks))
        {
            var at = words.IndexOf(agent, StringComparison.Ordinal);
            if (at > 0 && words[at - 1] == ' ' && at + agent.Length < words.Length && words[at + agent.Length] == ' ')
            {
                var from = span.Start + at + agent.Length + 1;
                return Named(new TextSpan(from, span.End), entities, text, rules, sole: true);
            }
        }

        return null;
    }

    /// <summary>
    /// « une porte-parole de SNCF Réseau », "a spokeswoman for the Halden Group", "a Home Office spokesperson": an unnamed spokesperson
    /// speaks for the one organisation named after the noun, or before it when the noun ends the words (not for a state: "a
    /// spokesman for Ukraine" names no body).
    /// </summary>
    private static string? SpokenFor(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        if (SpokespersonWords(span, text, rules) is not var (from, to))
        {
            return null;
        }

        // « la direction de Distripost »: a name the tagger took for a place, unknown to the knowledge base, has a spokesperson as a body does.
        var organizations = entities.Where(e => (e.Kind is ActorKind.Organization or ActorKind.Group || (e.Kind == ActorKind.Place && e.KbId is null))
            && e.Mentions.Any(m => m.Start >= from && m.End <= to)).ToList();
        if (organizations.Count == 0 && !entities.Any(e => e.Mentions.Any(m => m.Start >= span.Start && m.End <= span.End)))
        {
            // "The ministry said the ships would leave on Monday. A spokesperson added …", "Brightlane declined to comment. A company
            // spokesperson said …": a spokesperson who names no one speaks for the one organisation of the sentence before, when that
            // sentence names no person ("…, says Park Ji-hoon, an analyst at the Korea Institute. …, a government spokesman says").
            var (start, end) = SentenceBefore(span, text);
            var named = entities.Where(e => e.Mentions.Any(m => m.Start >= start && m.End <= end)).ToList();
            organizations = named.Exists(e => e.Kind == ActorKind.Person) ? [] : [.. named.Where(e => e.Kind is ActorKind.Organization or ActorKind.Group)];
        }

        return organizations.Count == 1 ? organizations[0].Id : null;
    }

    /// <summary>
    /// The sentence before the speaker words, with what comes before them in their own sentence ("“They are tired,” a ministry
    /// spokeswoman said"): back to the full stop before the one that ends the sentence before.
    /// </summary>
    private static (int Start, int End) SentenceBefore(TextSpan span, string text)
    {
        var before = text.AsSpan(0, span.Start).TrimEnd();
        var stops = before.Length > 0 && before[^1] is '.' or '!' or '?' ? 1 : 2;
        var stop = before.Length;
        while (stops-- > 0 && stop > 0)
        {
            stop = before[..(stop - 1)].LastIndexOfAny('.', '!', '?') + 1;
        }

        return (stop, span.Start);
    }

    /// <summary>
    /// "Declan Foley, the outgoing vice-president, spoke first and told members …": speaker words that open with a determiner
    /// right after a person's name and a comma are that person's apposition, and the person speaks.
    /// </summary>
    private static string? ApposedTo(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        var before = text.AsSpan(0, span.Start).TrimEnd(' ');
        if (before.IsEmpty || before[^1] != ',' || !OpensWith(span, text, rules, WordClass.Determiner))
        {
            return null;
        }

        var end = before.Length - 1;
        return entities.FirstOrDefault(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.End == end && m.How is MentionSource.Ner or MentionSource.Kb))?.Id;
    }

    /// <summary>A person named in full (two words at least) inside an unnamed source's words: « un diplomate, Jean Roux, ».</summary>
    private static string? NamedInFull(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules) =>
        entities.FirstOrDefault(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= span.Start && m.End <= span.End
            && m.How is MentionSource.Ner or MentionSource.Kb && text.AsSpan(m.Start, m.Length).Contains(' ') && !InComplement(m, span, text, rules)))?.Id;

    /// <summary>
    /// A colon introduction that opens with a possessive (« Son constat : », "Her verdict:"): the one person
    /// named in the sentence before it, when only one is; else no one.
    /// </summary>
    private static string? Owner(TextSpan span, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        if (!OpensWith(span, text, rules, WordClass.Possessive))
        {
            return null;
        }

        var (from, to) = SentenceBefore(span, text);
        var people = entities.Where(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= from && m.End <= to)).ToList();
        return people.Count == 1 ? people[0].Id : null;
    }

    /// <summary>The start and end (trailing spaces left out) of the paragraph before the line of <paramref name="offset"/>; null on the first line.</summary>
    private static (int Start, int End)? ParagraphBefore(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(offset - 1, 0));
        if (lineStart <= 0)
        {
            return null;
        }

        var end = lineStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (end > 0 ? text.LastIndexOf('\n', end - 1) + 1 : 0, end);
    }

    /// <summary>
    /// For a quotation with no cue that opens a paragraph, the one person of the paragraph just before, when that
    /// paragraph names no other person, holds no quotation and opens with that person (within its first
    /// ten words); for one that opens a sentence after narrative in its own paragraph, the same read of that
    /// narrative; else null.
    /// </summary>
    private static string? PersonOfParagraphBefore(Quote quote, IReadOnlyList<ResolvedEntity> entities, string text)
    {
        var open = quote.Content.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(open - 1, 0));
        var before = text.AsSpan(lineStart + 1, open - lineStart - 1).TrimEnd("«“\"\u00A0\u202F \t");
        int start, end;
        if (before.Length > 0)
        {
            // "Winston Grant, who has lived in the block since 1979, is 74. “I carry my shopping …”": the quote opens a sentence
            // after narrative in its own paragraph; that narrative is the one read.
            if (before[^1] is not ('.' or '!' or '?'))
            {
                return null;
            }

            (start, end) = (lineStart + 1, lineStart + 1 + before.Length);
        }
        else if (ParagraphBefore(text, open) is var (from, to))
        {
            (start, end) = (from, to);
        }
        else
        {
            return null;
        }

        var paragraph = text.AsSpan(start, end - start);
        if (paragraph.IsEmpty || paragraph.IndexOfAny("«»“”\"") >= 0)
        {
            return null;
        }

        var people = entities.Where(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= start && m.End <= end)).ToList();
        if (people.Count != 1)
        {
            return null;
        }

        var opening = start;
        for (var words = 0; opening < end && words < 10; opening++)
        {
            words += text[opening] == ' ' ? 1 : 0;
        }

        return people[0].Mentions.Any(m => m.Start >= start && m.Start < opening) ? people[0].Id : null;
    }

    /// <summary>Whether the speaker words are a determiner and a spokesperson noun alone: "the spokesperson", « le porte-parole ».</summary>
    private static bool IsSpokespersonAgain(TextSpan span, string text, QuoteRules rules) =>
        WordIs(span, text, rules, WordClass.Determiner, 0) && WordIs(span, text, rules, WordClass.Spokesperson, 1)
        && text.AsSpan(span.Start, span.Length).Trim().Count(' ') == 1;

    /// <summary>
    /// For speaker words that name an unnamed spokesperson, the words that may name the organisation: after the noun (« une
    /// porte-parole de SNCF Réseau ») or before it when the noun ends the words ("a Home Office spokesperson"); null otherwise.
    /// </summary>
    private static (int From, int To)? SpokespersonWords(TextSpan span, string text, QuoteRules rules)
    {
        var words = text.AsSpan(span.Start, span.Length);
        if (WordIs(span, text, rules, WordClass.Spokesperson, 1))
        {
            return (span.Start + words.IndexOfAny(' ', '\u00A0') + 1, span.End);
        }

        return words.LastIndexOfAny(' ', '\u00A0') is var space and > 0 && IsOf(words[(space + 1)..], rules, WordClass.Spokesperson)
            ? (span.Start, span.Start + space)
            : null;
    }

    /// <summary>
    /// An unresolved subject pronoun: the previous quote's speaker, when a person, or an organisation through its unnamed spokesperson,
    /// who spoke just before; for « selon lui »,
    /// "according to him", failing that, the one person the paragraph names before it.
    /// </summary>
    /// <summary>
    /// A subject pronoun soon after the words of an unnamed source that are no question (a reporter's question is answered by
    /// someone else: "“Will you resign?” one reporter asked. “No,” she said"), with no person or organisation named between them.
    /// </summary>
    private static bool IsPronounAfterUnnamedSource(TextSpan span, Quote quote, Quote? previous, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules) =>
        previous is { SpeakerId: null, Speaker: { } before } && IsUnnamedSource(before, text, rules) && quote.Content.Start - previous.End <= PronounReach
        && !text.AsSpan(previous.Content.Start, previous.Content.Length).TrimEnd().EndsWith('?')
        && rules.Has(WordClass.SubjectPronoun, TextFold.Fold(text.AsSpan(span.Start, span.Length)))
        && !entities.Any(e => e.Kind is ActorKind.Person or ActorKind.Organization or ActorKind.Group && e.Mentions.Any(m => m.Start >= previous.End && m.End <= span.Start));

    private static string? Pronoun(TextSpan span, Quote quote, Quote? previous, IReadOnlyList<ResolvedEntity> entities, string text, QuoteRules rules)
    {
        var words = TextFold.Fold(text.AsSpan(span.Start, span.Length));
        if (!rules.Has(WordClass.SubjectPronoun, words))
        {
            return null;
        }

        var paragraph = text.LastIndexOf('\n', Math.Max(span.Start - 1, 0)) + 1;
        if (quote.Clue == SpeakerClue.According && previous is not null)
        {
            // « Bastien Roux … « … », dit-il. Jérôme Faure, lui, n’y croit pas. Les chiens mordent, selon lui »: the one person named since
            // the quote before, in the paragraph, is the one « selon lui » points to.
            var since = Math.Max(paragraph, previous.End);
            var named = entities.Where(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= since && m.End <= span.Start && m.How != MentionSource.Coref)).Take(2).ToList();
            if (named.Count == 1)
            {
                return named[0].Id;
            }
        }

        if (previous is { SpeakerId: { } id } && quote.Content.Start - previous.End <= PronounReach)
        {
            // « Une porte-parole de MSF a indiqué … « … », a-t-elle alerté »: the spokesperson speaks for the organisation still.
            return entities.FirstOrDefault(e => e.Id == id)?.Kind == ActorKind.Person
                || (previous.Speaker is { } before && SpokespersonWords(before, text, rules) is not null) ? id : null;
        }

        if (quote.Clue != SpeakerClue.According)
        {
            return null;
        }

        var people = entities.Where(e => e.Kind == ActorKind.Person && e.Mentions.Any(m => m.Start >= paragraph && m.End <= span.Start)).Take(2).ToList();
        return people.Count == 1 ? people[0].Id : null;
    }
}
