namespace Vigie.Languages;

/// <summary>
/// The writing systems the language identifier tells apart before it looks at n-grams. Stored as a
/// byte in the model file: never renumber.
/// </summary>
public enum WritingScript : byte
{
    None = 0,
    Latin = 1,
    Cyrillic = 2,
    Greek = 3,
    Arabic = 4,
    Hebrew = 5,
    Hangul = 6,

    /// <summary>Japanese: kana, with or without Han characters.</summary>
    Kana = 7,

    /// <summary>Han characters without (or with very few) kana: Chinese.</summary>
    Han = 8,
    Devanagari = 9,
    Thai = 10,
    Armenian = 11,
    Georgian = 12,
    Other = 13,
}

/// <summary>Which script a character belongs to, by Unicode block.</summary>
internal static class Scripts
{
    public const int Count = 14;

    /// <summary>The script of a letter or combining mark; <see cref="WritingScript.None"/> for anything else.</summary>
    public static WritingScript Of(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? WritingScript.Latin : WritingScript.None;
        }

        return c switch
        {
            < '\u0250' => c is >= '\u00C0' and not '\u00D7' and not '\u00F7' || c is '\u00AA' or '\u00BA' or '\u00B5'
                ? WritingScript.Latin
                : WritingScript.None,
            < '\u0370' => IsWordChar(c) ? WritingScript.Latin : WritingScript.None, // IPA, modifiers, combining marks
            < '\u0400' => IsWordChar(c) ? WritingScript.Greek : WritingScript.None,
            < '\u0530' => IsWordChar(c) ? WritingScript.Cyrillic : WritingScript.None,
            < '\u0590' => IsWordChar(c) ? WritingScript.Armenian : WritingScript.None,
            < '\u0600' => IsWordChar(c) ? WritingScript.Hebrew : WritingScript.None,
            < '\u0700' => IsWordChar(c) ? WritingScript.Arabic : WritingScript.None,
            >= '\u0750' and < '\u0780' => WritingScript.Arabic,
            >= '\u08A0' and < '\u0900' => WritingScript.Arabic,
            >= '\u0900' and < '\u0980' => IsWordChar(c) ? WritingScript.Devanagari : WritingScript.None,
            >= '\u0E00' and < '\u0E80' => IsWordChar(c) ? WritingScript.Thai : WritingScript.None,
            >= '\u10A0' and < '\u1100' => IsWordChar(c) ? WritingScript.Georgian : WritingScript.None,
            >= '\u1100' and < '\u1200' => WritingScript.Hangul,
            >= '\u1C80' and < '\u1C90' => WritingScript.Cyrillic,
            >= '\u1E00' and < '\u1F00' => WritingScript.Latin,
            >= '\u1F00' and < '\u2000' => IsWordChar(c) ? WritingScript.Greek : WritingScript.None,
            >= '\u2DE0' and < '\u2E00' => WritingScript.Cyrillic,
            '\u3005' or '\u3007' => WritingScript.Han,
            >= '\u3040' and < '\u3100' => c is '\u30FB' ? WritingScript.None : WritingScript.Kana,
            >= '\u3130' and < '\u3190' => WritingScript.Hangul,
            >= '\u31F0' and < '\u3200' => WritingScript.Kana,
            >= '\u3400' and < '\u4DC0' => WritingScript.Han,
            >= '\u4E00' and < '\uA000' => WritingScript.Han,
            >= '\uA640' and < '\uA6A0' => WritingScript.Cyrillic,
            >= '\uA720' and < '\uA800' => WritingScript.Latin,
            >= '\uAC00' and < '\uD7B0' => WritingScript.Hangul,
            >= '\uF900' and < '\uFB00' => WritingScript.Han,
            >= '\uFB1D' and < '\uFB50' => WritingScript.Hebrew,
            >= '\uFB50' and < '\uFE00' => IsWordChar(c) ? WritingScript.Arabic : WritingScript.None,
            >= '\uFE70' and < '\uFF00' => IsWordChar(c) ? WritingScript.Arabic : WritingScript.None,
            >= '\uFF21' and < '\uFF3B' => WritingScript.Latin,
            >= '\uFF41' and < '\uFF5B' => WritingScript.Latin,
            >= '\uFF66' and < '\uFF9E' => WritingScript.Kana,
            >= '\uFFA0' and < '\uFFDD' => WritingScript.Hangul,
            _ => IsWordChar(c) ? WritingScript.Other : WritingScript.None,
        };
    }

    /// <summary>Letters and combining marks (which belong to the word they follow).</summary>
    public static bool IsWordChar(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category <= System.Globalization.UnicodeCategory.OtherLetter
            || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// The script of a text from its per-script letter counts: the most frequent, with Han and kana
    /// counted together and called <see cref="WritingScript.Kana"/> (Japanese) when kana make at
    /// least <paramref name="kanaShare"/> of them.
    /// </summary>
    public static WritingScript Dominant(ReadOnlySpan<int> counts, double kanaShare, out int dominantCount, out int total)
    {
        total = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            total += counts[i];
        }

        var cjk = counts[(int)WritingScript.Kana] + counts[(int)WritingScript.Han];
        var best = WritingScript.None;
        var bestCount = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            var script = (WritingScript)i;
            var count = script is WritingScript.Kana or WritingScript.Han ? cjk : counts[i];
            if (count > bestCount)
            {
                best = script;
                bestCount = count;
            }
        }

        if (best is WritingScript.Kana or WritingScript.Han)
        {
            best = counts[(int)WritingScript.Kana] >= kanaShare * cjk ? WritingScript.Kana : WritingScript.Han;
        }

        dominantCount = bestCount;
        return best;
    }
}
