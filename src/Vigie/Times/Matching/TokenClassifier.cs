using System.Globalization;
using Vigie.Text;

namespace Vigie.Times.Matching;

/// <summary>
/// Turns the tokens of the Text stage into <see cref="TimeToken"/>s: looks each word up in the lexicon
/// (folded, on the stack), reads the numbers written in figures, and applies the capitalisation rule
/// of month names. Linear in the number of tokens; allocates nothing.
/// </summary>
internal static class TokenClassifier
{
    private const int MaxFolded = 64;

    public static void Classify(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, TimeRules rules, Span<TimeToken> output)
    {
        var sentence = 0;
        Span<char> folded = stackalloc char[MaxFolded];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (sentence < sentences.Count - 1 && token.Start >= sentences[sentence].End)
            {
                sentence++;
            }

            ref var t = ref output[i];
            t = new TimeToken
            {
                Start = token.Start,
                End = token.End,
                Kind = token.Kind,
                Sentence = sentence,
                Value = double.NaN,
                A = -1,
                B = -1,
                C = -1,
            };
            var span = text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Number)
            {
                NumberReader.Read(span, rules.Data, ref t);
            }

            if (span.Length > MaxFolded)
            {
                continue;
            }

            var length = TextFold.Fold(span, folded);
            var key = folded[..length];
            t.Word = length <= rules.MaxWordLength ? rules.Find(key, char.IsUpper(span[0])) : null;
            if (t.Word is { } word)
            {
                t.Classes |= word.Classes;
                if (!double.IsNaN(word.Number))
                {
                    t.Value = word.Number;
                }

                if ((word.Classes & Names) != 0)
                {
                    Letters(span, out t.Capitalised, out t.AllCapitals);
                }
            }
            else if (token.Kind == TokenKind.Word && MayBeTimeWord(span))
            {
                ReadWord(key, span, rules, ref t);
            }
        }

        ApplyNameCase(output[..tokens.Count], rules.Data.NamesAreCapitalised);
    }

    /// <summary>The classes whose words' capitals matter (<see cref="ApplyNameCase"/>).</summary>
    private static readonly ulong Names =
        TokenClasses.Of(TokenClass.Month) | TokenClasses.Of(TokenClass.MidMonth) | TokenClasses.Of(TokenClass.Weekday)
        | TokenClasses.Of(TokenClass.WeekdayPlural) | TokenClasses.Of(TokenClass.Holiday);

    /// <summary>Whether a word the lexicon lacks may still be a time word: figures first, a hyphen, or a Roman numeral.</summary>
    private static bool MayBeTimeWord(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) || word[0] is 'I' or 'V' or 'X' or 'L' or 'C' || word.Contains('-');

    /// <summary>Words that are no lexicon entry but still time words: « mi-mai », "3pm", « XIXe », "1990s", « dix-huit ».</summary>
    private static void ReadWord(ReadOnlySpan<char> key, ReadOnlySpan<char> original, TimeRules rules, ref TimeToken t)
    {
        foreach (var prefix in rules.MidPrefixes)
        {
            if (key.Length == prefix.Length + 4 && key.StartsWith(prefix, StringComparison.Ordinal) && IsYear(key[prefix.Length..]))
            {
                // "mid-2024"
                t.Shape = NumberShape.Integer;
                t.A = int.Parse(key[prefix.Length..], CultureInfo.InvariantCulture);
                t.Mid = true;
                t.Classes |= TokenClasses.Of(TokenClass.Year);
                return;
            }

            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
                && rules.Find(key[prefix.Length..]) is { } inner
                && (inner.Month > 0 || inner.Season is not null))
            {
                t.Word = inner;
                t.Mid = true;
                t.Classes |= inner.Month > 0 ? TokenClasses.Of(TokenClass.MidMonth) : TokenClasses.Of(TokenClass.Season);
                Letters(original[prefix.Length..], out t.Capitalised, out t.AllCapitals);
                return;
            }
        }

        if (char.IsAsciiDigit(key[0]))
        {
            NumberReader.ReadWord(key, rules, ref t);
            return;
        }

        if (NumberReader.RomanOrdinal(key, rules.Data.RomanOrdinalSuffixes) is > 0 and var roman)
        {
            t.Shape = NumberShape.Ordinal;
            t.A = roman;
            t.Classes |= TokenClasses.Of(TokenClass.Ordinal);
            return;
        }

        if (key.Contains('-') && NumberReader.Compound(key, rules) is > 0 and var compound)
        {
            t.Value = compound;
            t.Classes |= TokenClasses.Of(TokenClass.Count);
        }
    }

    private static bool IsYear(ReadOnlySpan<char> figures) =>
        figures.Length == 4 && char.IsAsciiDigit(figures[0]) && char.IsAsciiDigit(figures[1]) && char.IsAsciiDigit(figures[2])
        && char.IsAsciiDigit(figures[3]) && figures[0] is '1' or '2';

    private static void Letters(ReadOnlySpan<char> span, out bool capitalised, out bool allCapitals)
    {
        capitalised = false;
        allCapitals = false;
        var letters = 0;
        var lower = 0;
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == 0)
            {
                capitalised = char.IsUpper(c);
            }

            letters++;
            if (char.IsLower(c))
            {
                lower++;
            }
        }

        allCapitals = letters >= 2 && lower == 0;
    }

    /// <summary>
    /// English writes month and day names with a capital, so a lower-case "may" is a verb. French writes
    /// them in lower case, so a capitalised « Mars » inside a sentence is a name unless a day number comes
    /// before it or a year after it.
    /// </summary>
    private static void ApplyNameCase(Span<TimeToken> tokens, bool capitalised)
    {
        var names = TokenClasses.Of(TokenClass.Month) | TokenClasses.Of(TokenClass.MidMonth);
        var days = TokenClasses.Of(TokenClass.Weekday) | TokenClasses.Of(TokenClass.WeekdayPlural);
        var holiday = TokenClasses.Of(TokenClass.Holiday);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            if ((t.Classes & holiday) != 0 && !t.Capitalised)
            {
                // Holidays are proper names in every language: « l’ascension du col » is no Ascension.
                t.Classes &= ~holiday;
            }

            if ((t.Classes & (names | days)) == 0)
            {
                continue;
            }

            if (capitalised)
            {
                if (!t.Capitalised)
                {
                    t.Classes &= ~(names | days);
                }

                continue;
            }

            if ((t.Classes & names) == 0 || !t.Capitalised || t.AllCapitals || StartsSentence(tokens, i))
            {
                continue;
            }

            var dayBefore = i > 0 && (tokens[i - 1].Is(TokenClass.Day) || tokens[i - 1].Is(TokenClass.Weekday));
            var yearAfter = i + 1 < tokens.Length && (tokens[i + 1].Is(TokenClass.Year) || tokens[i + 1].Is(TokenClass.Year2));
            if (!dayBefore && !yearAfter)
            {
                t.Classes &= ~names;
            }
        }
    }

    private static bool StartsSentence(ReadOnlySpan<TimeToken> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence)
        {
            return true;
        }

        var previous = tokens[i - 1].Kind;
        return previous is TokenKind.Punctuation or TokenKind.OpenQuote;
    }
}
