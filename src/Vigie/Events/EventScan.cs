using Vigie.Text;

namespace Vigie.Events;

/// <summary>
/// Read access to one article's tokens for the event coder: words folded without accents and without
/// allocation, word-class and punctuation tests.
/// </summary>
internal readonly struct EventScan(string text, IReadOnlyList<Token> tokens, EventRules rules, bool[]? actorWords = null)
{
    public const int MaxWord = 48;

    public string Text => text;

    public EventRules Rules => rules;

    public int Count => tokens.Count;

    public Token this[int t] => tokens[t];

    public TextSpan Span(int first, int last) => new(tokens[first].Start, tokens[last].End);

    /// <summary>Whether a token of [<paramref name="first"/>, <paramref name="last"/>] belongs to <paramref name="wordClass"/>.</summary>
    public bool Any(int first, int last, EventWordClass wordClass)
    {
        for (var t = Math.Max(first, 0); t <= last && t < tokens.Count; t++)
        {
            if (Is(t, wordClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token inside one of <paramref name="spans"/> belongs to <paramref name="wordClass"/>.</summary>
    public bool AnyIn(IReadOnlyList<TextSpan> spans, EventWordClass wordClass)
    {
        foreach (var span in spans)
        {
            if (Any(TokenAt(span.Start), TokenAt(span.End - 1), wordClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search; tokens are in text order).</summary>
    public int TokenAt(int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = tokens[middle].End <= offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    public bool IsWord(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Elision or TokenKind.Clitic;

    public bool IsQuoteMark(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;

    public bool IsPunct(int t, char c) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] == c;

    public bool IsTerminal(int t) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && TextChars.IsSentenceTerminal(text[tokens[t].Start]);

    /// <summary>Punctuation that closes a phrase: , ; : ( ) [ ] dashes, quote marks, sentence ends.</summary>
    public bool IsBreak(int t) =>
        IsQuoteMark(t) || IsTerminal(t)
        || (t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '[' or ']');

    /// <summary>A dash standing alone: — – or a hyphen between spaces (a dateline's end).</summary>
    public bool IsDash(int t) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '—' or '–' or '-';

    /// <summary>Whether token <paramref name="t"/> is the possessive clitic "'s" ("year's", "Kyiv’s").</summary>
    public bool IsPossessiveClitic(int t) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Clitic && tokens[t].Length == 2 && text[tokens[t].Start] is '\'' or '’' && text[tokens[t].Start + 1] is 's' or 'S';

    /// <summary>A word of three letters or more in capitals only ("PRESS RELEASE", a heading's words; not "UN").</summary>
    public bool IsShouted(int t)
    {
        if (!IsWord(t) || tokens[t].Length < 3)
        {
            return false;
        }

        foreach (var c in text.AsSpan(tokens[t].Start, tokens[t].Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsNumber(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Number;

    /// <summary>A word starting with a capital letter.</summary>
    public bool IsCapitalized(int t) => IsWord(t) && char.IsUpper(text[tokens[t].Start]);

    /// <summary>
    /// Whether the word belongs to a mention of an actor of the actor stage (a person, an organisation or a state, not a
    /// place; « russes » in « diplomates russes »), or, when the events are read from words alone, whether it is capitalised.
    /// </summary>
    public bool IsActorWord(int t) => actorWords is null ? IsCapitalized(t) : t >= 0 && t < actorWords.Length && actorWords[t];

    /// <summary>Folds token <paramref name="t"/> without accents into <paramref name="buffer"/>; 0 when it is not a word or too long.</summary>
    public int Fold(int t, Span<char> buffer)
    {
        if (!IsWord(t) || tokens[t].Length > MaxWord)
        {
            return 0;
        }

        return TextFold.TryFoldWithoutDiacritics(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer, out var written) ? written : 0;
    }

    /// <summary>
    /// An infinitive marker (« de », « à », "to") that is no auxiliary: folded, « à » and « a » are one
    /// word, so the preposition is told by its accent (« à signer » is not « a signé »).
    /// </summary>
    public bool IsInfinitiveMarker(int t) =>
        Is(t, EventWordClass.InfinitiveMarker) && (!Is(t, EventWordClass.Auxiliary) || HasDiacritic(t));

    /// <summary>Whether the word carries a letter outside ASCII (an accent): « à », « où ».</summary>
    public bool HasDiacritic(int t)
    {
        if (!IsWord(t))
        {
            return false;
        }

        foreach (var c in text.AsSpan(tokens[t].Start, tokens[t].Length))
        {
            if (c > '\u007f' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word as written (accents kept, lower case) ends with one of <paramref name="endings"/> after at least three letters.</summary>
    public bool EndsAsWritten(int t, IReadOnlyList<string> endings)
    {
        if (!IsWord(t))
        {
            return false;
        }

        var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool Is(int t, EventWordClass wordClass)
    {
        Span<char> buffer = stackalloc char[MaxWord * 2];
        var length = Fold(t, buffer);
        return length > 0 && rules.Has(wordClass, buffer[..length]);
    }

    /// <summary>Whether the folded word ends with one of <paramref name="endings"/> after a stem of at least <paramref name="stem"/> + 1 letters (« tuant » needs a stem of 2: pass 1).</summary>
    public bool EndsWith(int t, IReadOnlyList<string> endings, int stem = 2)
    {
        Span<char> buffer = stackalloc char[MaxWord * 2];
        var length = Fold(t, buffer);
        foreach (var ending in endings)
        {
            if (length > ending.Length + stem && buffer[..length].EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool Matches(int t, TriggerElement element)
    {
        Span<char> buffer = stackalloc char[MaxWord * 2];
        var length = Fold(t, buffer);
        return length > 0 && element.Matches(buffer[..length]);
    }
}
