using System.Text;
using Vigie.Text;

namespace Vigie.Kb;

/// <summary>
/// The comparison key of a sequence of tokens, shared by the alias index and the matcher: each token
/// folded without diacritics and case, tokens separated by one space, except after an elision
/// (« d’ » + « études » is "d'etudes", the same key as the unsplit word), so that the key of an alias
/// does not depend on which language's rules tokenized it.
/// </summary>
internal static class MatchKey
{
    /// <summary>Aliases longer than this many tokens are not indexed.</summary>
    public const int MaxTokens = 12;

    private static readonly Tokenizer AliasTokenizer = new(TextRules.Default);

    /// <summary>The key of each token prefix of <paramref name="text"/> (the last one is the whole key); empty when it has no token or too many.</summary>
    public static IReadOnlyList<string> Prefixes(string text)
    {
        if (IsPlain(text))
        {
            // Words of letters joined by single spaces or inner hyphens: the tokenizer would cut them at
            // the spaces and nowhere else, so the key is the folded text itself.
            var folded = TextFold.FoldWithoutDiacritics(text);
            var spaces = folded.AsSpan().Count(' ');
            if (spaces == 0)
            {
                return [folded];
            }

            if (spaces >= MaxTokens)
            {
                return [];
            }

            var prefixes = new string[spaces + 1];
            var at = 0;
            for (var i = 0; i < folded.Length; i++)
            {
                if (folded[i] == ' ')
                {
                    prefixes[at++] = folded[..i];
                }
            }

            prefixes[at] = folded;
            return prefixes;
        }

        var tokens = new List<Token>();
        AliasTokenizer.Tokenize(text, tokens);
        if (tokens.Count is 0 or > MaxTokens)
        {
            return [];
        }

        var keys = new string[tokens.Count];
        var key = new StringBuilder(text.Length + 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !EndsWithApostrophe(tokens[i - 1].In(text)))
            {
                key.Append(' ');
            }

            key.Append(TextFold.FoldWithoutDiacritics(tokens[i].In(text)));
            keys[i] = key.ToString();
        }

        return keys;
    }

    /// <summary>The whole key of <paramref name="text"/>, or "" when it has no token.</summary>
    public static string Of(string text)
    {
        var prefixes = Prefixes(text);
        return prefixes.Count == 0 ? "" : prefixes[^1];
    }

    /// <summary>Letters of alphabetic scripts (not ideographs), single inner spaces, hyphens between letters.</summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || !char.IsLetter(text[^1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u0530')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                continue;
            }

            if ((c == ' ' || c == '-') && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether the next token's key joins this one's without a space (this one is an elision).</summary>
    public static bool EndsWithApostrophe(ReadOnlySpan<char> token) => token.Length > 0 && TextChars.IsApostrophe(token[^1]);
}
