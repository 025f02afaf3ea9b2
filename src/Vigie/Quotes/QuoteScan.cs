using Vigie.Text;

namespace Vigie.Quotes;

/// <summary>
/// Read access to one article's tokens for the quote finder: folded words without allocation,
/// punctuation tests, sentence bounds as token indices.
/// </summary>
internal readonly struct QuoteScan(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, QuoteRules rules)
{
    private const int MaxWord = 48;

    public string Text => text;

    public IReadOnlyList<Token> Tokens => tokens;

    public QuoteRules Rules => rules;

    public int Count => tokens.Count;

    public TextSpan Span(int first, int last) => new(tokens[first].Start, tokens[last].End);

    public TokenKind Kind(int t) => tokens[t].Kind;

    public bool IsNumber(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Number;

    public bool IsWord(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Elision or TokenKind.Clitic;

    public bool IsQuoteMark(int t) => tokens[t].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;

    /// <summary>True when token <paramref name="t"/> exists and is the punctuation <paramref name="c"/>.</summary>
    public bool IsPunct(int t, char c) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] == c;

    /// <summary>Sentence-final punctuation: . ! ? … and their runs.</summary>
    public bool IsTerminal(int t) =>
        t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punctuation && TextChars.IsSentenceTerminal(text[tokens[t].Start]);

    /// <summary>Punctuation that ends a clause for subject search: , ; : ( ) and dashes, and quote marks.</summary>
    public bool IsClauseBreak(int t) =>
        IsQuoteMark(t) || (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '[' or ']');

    /// <summary>Whether a token of [<paramref name="first"/>, <paramref name="last"/>] belongs to <paramref name="wordClass"/>.</summary>
    public bool Any(int first, int last, WordClass wordClass)
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

    /// <summary>Whether a token of [<paramref name="first"/>, <paramref name="last"/>] is the punctuation <paramref name="c"/>.</summary>
    public bool AnyPunct(int first, int last, char c)
    {
        for (var t = Math.Max(first, 0); t <= last && t < tokens.Count; t++)
        {
            if (IsPunct(t, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="t"/> follows an inverted « -t-on » (« a-t-on appris »).</summary>
    public bool AfterImpersonalOn(int t) =>
        t > 0 && t <= tokens.Count && tokens[t - 1].Kind == TokenKind.Clitic && text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length).EndsWith("on", StringComparison.Ordinal);

    /// <summary>Whether the folded form of token <paramref name="t"/> belongs to <paramref name="wordClass"/>.</summary>
    public bool Is(int t, WordClass wordClass)
    {
        if (t < 0 || t >= tokens.Count || !IsWord(t) || tokens[t].Length > MaxWord)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxWord];
        var length = TextFold.Fold(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer);
        var word = buffer[..length];
        // « a-t-on appris »: a verb that reports only after an inverted « on ».
        if (wordClass == WordClass.Verb && rules.IsVerbAfterOn(word))
        {
            return AfterImpersonalOn(t);
        }

        if (wordClass == WordClass.Verb && rules.IsCausativeForm(word))
        {
            return Is(t - 1, WordClass.Causative);
        }

        if (wordClass == WordClass.Verb && rules.IsReflexiveForm(word))
        {
            return t >= 2 && Is(t - 1, WordClass.Auxiliary) && Is(t - 2, WordClass.Reflexive);
        }

        if (wordClass == WordClass.Adverb && IsCapitalized(t) && !rules.Has(WordClass.ListedAdverb, word) && !IsPunct(t + 1, ','))
        {
            // "Donnelly said", "Kelly told": a capitalised word in "-ly" is a name, save an adverb set off ("Separately, …").
            return false;
        }

        return rules.Has(wordClass, word);
    }

    /// <summary>The last token of an « according to » phrase starting at <paramref name="t"/>, or -1.</summary>
    public int AccordingAt(int t)
    {
        if (!IsWord(t))
        {
            return -1;
        }

        foreach (var phrase in rules.AccordingPhrases)
        {
            var matched = t + phrase.Length <= tokens.Count;
            for (var i = 0; matched && i < phrase.Length; i++)
            {
                matched = IsWordEqual(t + i, phrase[i]);
            }

            if (matched)
            {
                return t + phrase.Length - 1;
            }
        }

        return IsCapitalized(t) && Is(t, WordClass.OpinionMarker) && OpensOpinion(t) ? t : -1;
    }

    /// <summary>
    /// « Pour l’analyste Ingrid Aasland, ce rapport … »: an opinion marker opening its sentence before a phrase with a full
    /// name (two capitalised words side by side) and a comma. « Pour l’Ukraine, l’enjeu … » frames; it does not report.
    /// </summary>
    private bool OpensOpinion(int t)
    {
        if (SentenceFirst(t) != t)
        {
            return false;
        }

        for (var k = t + 1; k < tokens.Count && k - t <= 14 && !IsTerminal(k) && !IsQuoteMark(k); k++)
        {
            // « Pour le ministre lituanien de la Défense, Rokas Valančiauskas, »: the name may stand after the title's comma.
            if (IsPunct(k, ','))
            {
                return IsCapitalized(k + 1) && IsCapitalized(k + 2);
            }

            if (IsCapitalized(k) && IsCapitalized(k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [first, last], folded and joined by spaces, form a phrase of <paramref name="wordClass"/>.</summary>
    public bool IsPhrase(int first, int last, WordClass wordClass)
    {
        if (first > last || last - first > 6)
        {
            return false;
        }

        var words = new string[last - first + 1];
        for (var t = first; t <= last; t++)
        {
            words[t - first] = TextFold.Fold(text.AsSpan(tokens[t].Start, tokens[t].Length));
        }

        return rules.Has(wordClass, string.Join(' ', words));
    }

    /// <summary>Whether token <paramref name="t"/> is a word that starts with a capital letter.</summary>
    public bool IsCapitalized(int t) => IsWord(t) && char.IsUpper(text[tokens[t].Start]);

    /// <summary>Whether token <paramref name="t"/> is a word that folds to <paramref name="folded"/>.</summary>
    public bool IsWordEqual(int t, string folded)
    {
        if (!IsWord(t) || tokens[t].Length > MaxWord)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxWord];
        var length = TextFold.Fold(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer);
        return buffer[..length].SequenceEqual(folded);
    }

    /// <summary>The number of word and number tokens in [first, last].</summary>
    public int Words(int first, int last)
    {
        var count = 0;
        for (var t = first; t <= last; t++)
        {
            count += tokens[t].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return count;
    }

    /// <summary>The first token of the sentence that holds token <paramref name="t"/>.</summary>
    public int SentenceFirst(int t)
    {
        // Binary search: a sentence may run over hundreds of thousands of tokens, and every comma asks.
        var start = SentenceOf(tokens[t].Start).Start;
        int low = 0, high = t;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start >= start)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The last token of the sentence that holds token <paramref name="t"/>.</summary>
    public int SentenceLast(int t)
    {
        var end = SentenceOf(tokens[t].Start).End;
        int low = t, high = tokens.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (tokens[middle].End <= end)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Whether quoted words read as a whole statement: they end with sentence punctuation, inside or right after the marks.</summary>
    public bool EndsStatement(QuotedRegion region) => IsTerminal(region.Last) || (region.IsClosed && IsTerminal(region.Close + 1));

    private TextSpan SentenceOf(int offset)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].End <= offset)
            {
                low = middle + 1;
            }
            else if (sentences[middle].Start > offset)
            {
                high = middle - 1;
            }
            else
            {
                return sentences[middle];
            }
        }

        return new TextSpan(offset, offset + 1);
    }
}
