using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>
/// Character classes shared by the tokenizer and the sentence splitter. Script knowledge only: what
/// a language does with these characters lives in <see cref="TextRules"/>.
/// </summary>
public static class TextChars
{
    // Sentence-final punctuation, Latin and others: . ! ? … ‼ ⁇ ⁈ ⁉ ‽ and their full-width, CJK,
    // Arabic, Urdu, Devanagari, Ethiopic and Armenian counterparts.
    private static readonly SearchValues<char> s_terminals =
        SearchValues.Create(".!?\u2026\u203C\u2047\u2048\u2049\u203D\uFF01\uFF1F\u3002\uFF61\uFF0E\u061F\u06D4\u0964\u0965\u1362\u1367\u0589");

    // Terminals of scripts written without spaces between sentences.
    private static readonly SearchValues<char> s_ideographicTerminals =
        SearchValues.Create("\u3002\uFF01\uFF1F\uFF61\uFF0E");

    // Clause punctuation that is not in a Unicode dash or bracket category.
    private static readonly SearchValues<char> s_clausePunctuation =
        SearchValues.Create(",;:\u00A1\u00BF\u060C\u061B\u3001\uFF0C\uFF1B\uFF1A\u055D\u1363\u1364\u1365\u1366\u00B7");

    private static readonly SearchValues<char> s_lineBreaks =
        SearchValues.Create("\n\r\v\f\u0085\u2028\u2029");

    /// <summary>
    /// Common top-level domains, to tell a bare host name ("lemonde.fr", "bbc.co.uk") from two words
    /// glued by a period.
    /// </summary>
    internal static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev", "news", "tv",
        "eu", "fr", "be", "ch", "lu", "ca", "uk", "us", "de", "es", "it", "nl", "pt", "pl", "se", "no", "dk",
        "fi", "at", "ie", "gr", "cz", "ro", "hu", "ua", "ru", "by", "tr", "il", "ir", "iq", "sa", "ae", "qa",
        "eg", "lb", "sy", "ma", "dz", "tn", "sn", "ci", "cm", "ml", "ne", "bf", "tg", "bj", "ga", "cd", "cg",
        "mg", "re", "nc", "pf", "ht", "cn", "jp", "kr", "in", "pk", "au", "nz", "br", "ar", "mx", "cl", "co",
        "za", "ng", "ke", "gouv");

    /// <summary>The alternate lookup of <see cref="TopLevelDomains"/>.</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="c"/> separates tokens and belongs to none: white space (including
    /// U+00A0, U+202F, U+2009), control characters, the zero-width space and the byte-order mark.
    /// </summary>
    public static bool IsSeparator(char c)
    {
        if (c < 0x80)
        {
            return c <= ' ' || c == '\u007F';
        }

        return char.IsWhiteSpace(c) || c <= '\u009F' || c is '\u200B' or '\uFEFF';
    }

    /// <summary>Whether <paramref name="c"/> ends a line: \n, \r, \v, \f, U+0085, U+2028, U+2029.</summary>
    public static bool IsLineBreak(char c) => s_lineBreaks.Contains(c);

    /// <summary>Whether <paramref name="text"/> contains a line break.</summary>
    public static bool ContainsLineBreak(ReadOnlySpan<char> text) => text.ContainsAny(s_lineBreaks);

    /// <summary>Horizontal white space: white space that is not a line break.</summary>
    public static bool IsHorizontalSpace(char c) => IsSeparator(c) && !IsLineBreak(c) && char.IsWhiteSpace(c);

    /// <summary>Whether <paramref name="c"/> can end a sentence: . ! ? … and their relatives in other scripts.</summary>
    public static bool IsSentenceTerminal(char c) => s_terminals.Contains(c);

    /// <summary>Whether <paramref name="c"/> ends a sentence even with no space after it (。！？).</summary>
    public static bool IsIdeographicTerminal(char c) => s_ideographicTerminals.Contains(c);

    /// <summary>Apostrophes: ' ’ ʼ, and ‘ ´ ＇ when they stand between two letters.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '\u00B4' or '\uFF07';

    /// <summary>Hyphens that join the parts of a compound word: - ‐ ‑ (not the dashes – —).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Whether <paramref name="c"/> is punctuation the tokenizer reports as <see cref="TokenKind.Punctuation"/>.</summary>
    internal static bool IsPunctuation(char c)
    {
        if (s_terminals.Contains(c) || s_clausePunctuation.Contains(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation;
    }

    /// <summary>Closing brackets: ) ] } and the other Unicode closing punctuation.</summary>
    internal static bool IsClosingBracket(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ClosePunctuation;

    /// <summary>Characters before which a quote mark opens nothing: the next one is no text.</summary>
    internal static bool IsClosingContext(char c)
    {
        if (IsSeparator(c) || s_terminals.Contains(c) || c is ',' or ';' or ':')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation;
    }

    /// <summary>Characters after which a quote mark closes nothing: start of a group, a dash, a space.</summary>
    internal static bool IsOpeningContext(char c)
    {
        if (IsSeparator(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.DashPunctuation
            || c is '«' or '‹' or '„' or '‚' or '“' or '‘';
    }

    /// <summary>Han ideographs, kana and their compatibility forms: one token per character.</summary>
    internal static bool IsIdeographic(int codePoint) =>
        codePoint is (>= 0x3040 and <= 0x30FF) // Hiragana, Katakana
            or (>= 0x31F0 and <= 0x31FF) // Katakana phonetic extensions
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0xFF66 and <= 0xFF9F) // Half-width katakana
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B and beyond

    /// <summary>Marks and invisible joiners that extend the character before them.</summary>
    internal static bool IsExtender(UnicodeCategory category, int codePoint) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || codePoint is 0x200C or 0x200D or 0x00AD or 0x2060
            || codePoint is >= 0x1F3FB and <= 0x1F3FF; // emoji skin tones

    /// <summary>Reads the scalar value at <paramref name="index"/>; a lone surrogate reads as U+FFFD of length 1.</summary>
    internal static Rune RuneAt(string text, int index, out int length)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return new Rune(c);
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length) == OperationStatus.Done)
        {
            return rune;
        }

        length = 1;
        return Rune.ReplacementChar;
    }
}
