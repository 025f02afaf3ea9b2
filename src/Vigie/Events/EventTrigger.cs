namespace Vigie.Events;

/// <summary>How a trigger's words relate to its actors.</summary>
public enum TriggerKind : byte
{
    /// <summary>A verb: its subject is the source, its object (or the complement after a target preposition) the target.</summary>
    Verb,

    /// <summary>A speech act (accuse, warn, condemn): like a verb, and its target may be the subject of the clause it introduces.</summary>
    Speech,

    /// <summary>A noun: the source is its agent (« de X », "by X", « entre X et Y »), a possessive's antecedents or the subject of its light verb.</summary>
    Noun,

    /// <summary>A noun naming a joint act (meeting, joint patrol): « avec X » / "with X" adds a source rather than a target.</summary>
    Joint,
}

/// <summary>
/// One trigger of the lexicon: a PLOVER type and mode and a pattern of words. A pattern is a list of
/// elements; each element is a set of folded words (accents removed), where a word ending in
/// <c>*</c> matches any word it begins, a word starting with <c>@</c> is a verb lemma standing for its
/// inflected forms (<see cref="Lexicons.FrenchVerbForms"/>, <see cref="Lexicons.EnglishVerbForms"/>); an element after <c>~</c> may stand up to five words further,
/// after <c>~~</c> up to ten (« a condamné vendredi l’ancien gouverneur Rui Mendonça à huit ans »).
/// </summary>
public sealed record EventTrigger(EventType Type, string? Mode, TriggerKind Kind, IReadOnlyList<TriggerElement> Elements)
{
    /// <summary>
    /// A second act the same words tell (<c>COERCE+SANCTION/convict</c>: a prison sentence both convicts and jails), with its
    /// mode; null for most triggers.
    /// </summary>
    public (EventType Type, string? Mode)? Also { get; init; }

    /// <summary>
    /// Parses one lexicon line: <c>TYPE[/mode][+TYPE[/mode]] KIND pattern</c>, KIND being v (verb), s (speech), n (noun)
    /// or j (joint noun); e.g. <c>AGREE v signe|signé|signent ~ accord*|protocole*</c> or <c>AGREE v @signer ~ accord*</c>
    /// with <paramref name="inflect"/> giving the forms of a lemma.
    /// </summary>
    public static EventTrigger Parse(string line, Func<string, IEnumerable<string>>? inflect = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            throw new FormatException($"Event trigger '{line}': expected TYPE[/mode] KIND pattern.");
        }

        var acts = parts[0].Split('+', 2);
        var typeAndMode = acts[0].Split('/', 2);
        var type = Enum.Parse<EventType>(typeAndMode[0], ignoreCase: true);
        var kind = parts[1] switch
        {
            "v" => TriggerKind.Verb,
            "s" => TriggerKind.Speech,
            "n" => TriggerKind.Noun,
            "j" => TriggerKind.Joint,
            _ => throw new FormatException($"Event trigger '{line}': kind must be v, s, n or j."),
        };
        var elements = new List<TriggerElement>();
        var gap = 0;
        foreach (var part in parts.Skip(2))
        {
            if (part is "~" or "~~")
            {
                gap = part.Length * TriggerElement.ShortGap;
                continue;
            }

            var words = part.Split('|')
                .SelectMany(word => word.StartsWith('@') ? inflect?.Invoke(word[1..]) ?? throw new FormatException($"Event trigger '{line}': no verb forms for this language.") : [word])
                .Select(word => Text.TextFold.FoldWithoutDiacritics(word)).Distinct(StringComparer.Ordinal).ToArray();
            elements.Add(new TriggerElement(
                [.. words.Where(word => !word.EndsWith('*'))],
                [.. words.Where(word => word.EndsWith('*')).Select(word => word[..^1])],
                gap));
            gap = 0;
        }

        var also = acts.Length > 1 ? acts[1].Split('/', 2) : null;
        return new EventTrigger(type, typeAndMode.Length > 1 ? typeAndMode[1] : null, kind, elements)
        {
            Also = also is null ? null : (Enum.Parse<EventType>(also[0], ignoreCase: true), also.Length > 1 ? also[1] : null),
        };
    }
}

/// <summary>One element of a trigger pattern: whole words, word beginnings, and how many words may come before it (0, 5 or 10).</summary>
public sealed record TriggerElement(IReadOnlyList<string> Words, IReadOnlyList<string> Prefixes, int Gap)
{
    /// <summary>The words <c>~</c> allows between two elements (« ont signé mardi à Abou Dhabi un traité »); <c>~~</c> allows twice as many.</summary>
    public const int ShortGap = 5;

    public bool Matches(ReadOnlySpan<char> folded)
    {
        foreach (var word in Words)
        {
            if (folded.SequenceEqual(word))
            {
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
