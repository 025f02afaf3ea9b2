using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>
/// Groups tokens into sentences. Thread-safe: it holds only frozen rules.
/// </summary>
/// <remarks>
/// <para>A sentence is a run of tokens: its span goes from the start of its first token to the end
/// of its last, so it is never empty and never starts or ends with white space; sentences come in
/// text order and never overlap.</para>
/// <para>Rules:</para>
/// <list type="bullet">
/// <item>A line break between two tokens always ends a sentence (paragraphs, headlines, list items).</item>
/// <item>A sentence ends after a run of . ! ? … (or ‼ ⁉ 。 ؟ …) followed by white space and a token
/// that can start a sentence: a word that does not start with a lower-case letter, a number, an
/// opening quote or bracket, a dash, a symbol, an address. So « Où vas-tu ? » demanda-t-il is one
/// sentence, and so is « Nous partirons. » a-t-il dit: a quotation that ends with its own period and is
/// followed by lower-case text or by , ; : stays inside the enclosing sentence. A quotation of several
/// sentences followed by a capital is split like any text: the closing quote belongs to its last sentence.</item>
/// <item>Closing quotes and brackets after the final punctuation belong to the sentence they close:
/// « Je pars. » and (Voir plus haut.) keep their » and ).</item>
/// <item>No split inside a token: "3.5", "U.S.", "M.", "J.", "etc." are single tokens. Abbreviations the
/// rules mark as sentence-final ("etc.", "Inc.") end a sentence when the next word is capitalised;
/// initials and other abbreviations never do (a sentence ending with "plan B." is not split: a known
/// limit).</item>
/// <item>Ideographic full stops (。！？) end a sentence even with no space after them.</item>
/// <item>A period glued to the next word ("fin.Puis") ends nothing: there is no white space.</item>
/// </list>
/// <para>The tokens must come from a <see cref="Tokenizer"/> run over the same text.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    public SentenceSplitter(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    public TextRules Rules { get; }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="output"/>, in order.</summary>
    public void Split(string text, IReadOnlyList<Token> tokens, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);

        var count = tokens.Count;
        var first = 0;
        var t = 0;
        while (t < count)
        {
            var token = tokens[t];
            if (t > first && HasLineBreak(text, tokens[t - 1].End, token.Start))
            {
                output.Add(new TextSpan(tokens[first].Start, tokens[t - 1].End));
                first = t;
            }

            var terminal = IsTerminal(text, token);
            var abbreviation = !terminal && IsSentenceFinalAbbreviation(text, token);
            if (!terminal && !abbreviation)
            {
                t++;
                continue;
            }

            // The sentence takes the closing quotes and brackets, and any further final punctuation, on its line.
            var last = t;
            var ideographic = terminal && TextChars.IsIdeographicTerminal(text[token.End - 1]);
            var k = t + 1;
            while (k < count
                && (IsCloser(text, tokens[k]) || IsTerminal(text, tokens[k]))
                && !HasLineBreak(text, tokens[k - 1].End, tokens[k].Start))
            {
                ideographic |= IsTerminal(text, tokens[k]) && TextChars.IsIdeographicTerminal(text[tokens[k].End - 1]);
                last = k;
                k++;
            }

            if (k < count && EndsHere(text, tokens[last], tokens[k], ideographic, abbreviation))
            {
                output.Add(new TextSpan(tokens[first].Start, tokens[last].End));
                first = k;
            }

            t = k;
        }

        if (first < count)
        {
            output.Add(new TextSpan(tokens[first].Start, tokens[count - 1].End));
        }
    }

    private static bool EndsHere(string text, Token last, Token next, bool ideographic, bool abbreviation)
    {
        var gap = text.AsSpan(last.End, next.Start - last.End);
        if (TextChars.ContainsLineBreak(gap))
        {
            return true;
        }

        if (gap.IsEmpty && !ideographic)
        {
            return false;
        }

        if (abbreviation)
        {
            return next.Kind is TokenKind.Word or TokenKind.Elision && StartsWith(text, next, Rune.IsUpper);
        }

        return ideographic ? CanStartIdeographicSentence(text, next) : CanStartSentence(text, next);
    }

    private static bool CanStartSentence(string text, Token next) => next.Kind switch
    {
        TokenKind.Word or TokenKind.Elision => !StartsWith(text, next, Rune.IsLower),
        TokenKind.Number or TokenKind.OpenQuote or TokenKind.Symbol or TokenKind.Url or TokenKind.Email => true,
        TokenKind.Punctuation => CharUnicodeInfo.GetUnicodeCategory(text[next.Start])
            is UnicodeCategory.OpenPunctuation or UnicodeCategory.DashPunctuation
            || text[next.Start] is '¿' or '¡',
        _ => false,
    };

    private static bool CanStartIdeographicSentence(string text, Token next) =>
        next.Kind != TokenKind.Punctuation || CanStartSentence(text, next);

    private static bool StartsWith(string text, Token token, Func<Rune, bool> predicate) =>
        Rune.DecodeFromUtf16(text.AsSpan(token.Start, token.Length), out var rune, out _) == System.Buffers.OperationStatus.Done
        && predicate(rune);

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && TextChars.IsSentenceTerminal(text[token.Start]);

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.CloseQuote
        || (token.Kind == TokenKind.Punctuation && TextChars.IsClosingBracket(text[token.Start]));

    private bool IsSentenceFinalAbbreviation(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2 || text[token.End - 1] != '.')
        {
            return false;
        }

        return Rules.IsSentenceFinalAbbreviation(text.AsSpan(token.Start, token.Length - 1));
    }

    private static bool HasLineBreak(string text, int from, int to) =>
        to > from && TextChars.ContainsLineBreak(text.AsSpan(from, to - from));
}
