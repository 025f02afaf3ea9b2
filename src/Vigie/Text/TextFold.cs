using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>
/// Comparison keys for text, so that later stages match « l’OTAN » and "l'OTAN", "Jean‑Yves" and
/// "Jean-Yves", "1 500" and "1 500" the same. The text itself is never changed: offsets keep
/// pointing at what the author wrote; only keys are folded.
/// </summary>
/// <remarks>
/// <para><see cref="Fold(ReadOnlySpan{char}, Span{char})"/> maps every typographic apostrophe
/// (’ ‘ ʼ ′ ` ´ ＇) to <c>'</c>, every white-space character (U+00A0, U+202F, U+2009, tabs, line
/// ends…) to a plain space, every hyphen and dash (‐ ‑ ‒ – — ― − ﹣ －) to <c>-</c>, drops the
/// invisible soft hyphen, zero-width space, word joiner and byte-order mark, and lower-cases with
/// the invariant culture. It never makes the text longer.</para>
/// <para><see cref="FoldWithoutDiacritics(ReadOnlySpan{char}, Span{char})"/> does the same and
/// also strips diacritics (é → e, ç → c, ñ → n) and spells out the ligatures œ æ ß as oe ae ss,
/// for fuzzy lookups. It can make the text up to twice as long
/// (<see cref="MaxLengthWithoutDiacritics"/>).</para>
/// <para>All methods are pure and thread-safe; the span overloads do not allocate.</para>
/// </remarks>
public static class TextFold
{
    private const int StackLimit = 256;

    // Precomposed Latin letters (U+00C0..U+024F) are by far the most common accented letters in
    // French and English text: their base letters are computed once, the rest on demand.
    private const char LatinTableStart = '\u00C0';
    private const char LatinTableEnd = '\u024F';
    private static readonly string[] s_latinBases = BuildLatinBases();

    /// <summary>The key of one character: apostrophes, spaces and dashes unified, lower-cased.</summary>
    /// <remarks>Characters that <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> drops are returned unchanged.</remarks>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                '`' => '\'',
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                '\t' or '\n' or '\v' or '\f' or '\r' => ' ',
                _ => c,
            };
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '\uFF07' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
            _ when char.IsWhiteSpace(c) => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>
    /// Writes the comparison key of <paramref name="source"/> into <paramref name="destination"/>
    /// and returns the number of characters written (at most <c>source.Length</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        }

        var written = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsIgnorable(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                written += LowerPair(c, source[i + 1], destination[written..]);
                i++;
                continue;
            }

            destination[written++] = Fold(c);
        }

        return written;
    }

    /// <summary>The comparison key of <paramref name="source"/> as a new string.</summary>
    public static string Fold(ReadOnlySpan<char> source)
    {
        char[]? rented = null;
        var buffer = source.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : rented = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            var written = Fold(source, buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The comparison key of <paramref name="text"/> as a new string.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fold(text.AsSpan());
    }

    /// <summary>The longest key <see cref="FoldWithoutDiacritics(ReadOnlySpan{char}, Span{char})"/> can write for a source of this length.</summary>
    public static int MaxLengthWithoutDiacritics(int sourceLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceLength);
        return checked(sourceLength * 2);
    }

    /// <summary>
    /// Writes the key of <paramref name="source"/> without diacritics into <paramref name="destination"/>;
    /// returns false, with nothing useful written, when <paramref name="destination"/> is too short.
    /// </summary>
    public static bool TryFoldWithoutDiacritics(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        Span<char> decomposed = stackalloc char[8];
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsIgnorable(c))
            {
                continue;
            }

            if (c < 0x80)
            {
                if (charsWritten >= destination.Length)
                {
                    return false;
                }

                destination[charsWritten++] = Fold(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                var rune = new Rune(c, source[i + 1]);
                i++;
                if (IsMark(Rune.GetUnicodeCategory(rune)))
                {
                    continue;
                }

                if (charsWritten + 2 > destination.Length)
                {
                    return false;
                }

                charsWritten += LowerPair(c, source[i], destination[charsWritten..]);
                continue;
            }

            var expansion = Expand(c);
            if (expansion is not null)
            {
                if (!Append(expansion, destination, ref charsWritten))
                {
                    return false;
                }

                continue;
            }

            bool fits;
            if (c is >= LatinTableStart and <= LatinTableEnd)
            {
                fits = AppendBases(s_latinBases[c - LatinTableStart], destination, ref charsWritten);
            }
            else if (IsHangulSyllable(c) || char.IsSurrogate(c))
            {
                // Hangul syllables decompose into jamo that are letters, not marks: keep them whole.
                fits = AppendBases(new ReadOnlySpan<char>(in source[i]), destination, ref charsWritten);
            }
            else
            {
                var length = Decompose(c, decomposed);
                fits = AppendBases(decomposed[..length], destination, ref charsWritten);
            }

            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes the key of <paramref name="source"/> without diacritics into <paramref name="destination"/>
    /// and returns the number of characters written.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short; <see cref="MaxLengthWithoutDiacritics"/> is always enough.</exception>
    public static int FoldWithoutDiacritics(ReadOnlySpan<char> source, Span<char> destination)
    {
        return TryFoldWithoutDiacritics(source, destination, out var written)
            ? written
            : throw new ArgumentException("The destination is too short for the folded text.", nameof(destination));
    }

    /// <summary>The key of <paramref name="source"/> without diacritics, as a new string.</summary>
    public static string FoldWithoutDiacritics(ReadOnlySpan<char> source)
    {
        var max = MaxLengthWithoutDiacritics(source.Length);
        char[]? rented = null;
        var buffer = max <= StackLimit
            ? stackalloc char[StackLimit]
            : rented = ArrayPool<char>.Shared.Rent(max);
        try
        {
            var written = FoldWithoutDiacritics(source, buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The key of <paramref name="text"/> without diacritics, as a new string.</summary>
    public static string FoldWithoutDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FoldWithoutDiacritics(text.AsSpan());
    }

    /// <summary>Whether two texts have the same <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> key.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        char[]? rented = null;
        var total = left.Length + right.Length;
        var buffer = total <= StackLimit
            ? stackalloc char[StackLimit]
            : rented = ArrayPool<char>.Shared.Rent(total);
        try
        {
            var a = Fold(left, buffer);
            var b = Fold(right, buffer[a..]);
            return buffer[..a].SequenceEqual(buffer.Slice(a, b));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Invisible characters that carry no letter: soft hyphen, zero-width space, word joiner, byte-order mark.</summary>
    internal static bool IsIgnorable(char c) => c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF';

    private static int LowerPair(char high, char low, Span<char> destination)
    {
        var lower = Rune.ToLowerInvariant(new Rune(high, low));
        if (lower.Utf16SequenceLength == 2 && lower.TryEncodeToUtf16(destination, out var written))
        {
            return written;
        }

        destination[0] = high;
        destination[1] = low;
        return 2;
    }

    private static string? Expand(char c) => c switch
    {
        'œ' or 'Œ' => "oe",
        'æ' or 'Æ' => "ae",
        'ß' or 'ẞ' => "ss",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' => "d",
        'ł' or 'Ł' => "l",
        'ħ' or 'Ħ' => "h",
        'ı' => "i",
        _ => null,
    };

    private static bool AppendBases(ReadOnlySpan<char> bases, Span<char> destination, ref int written)
    {
        foreach (var b in bases)
        {
            if (IsMark(CharUnicodeInfo.GetUnicodeCategory(b)))
            {
                continue;
            }

            if (written >= destination.Length)
            {
                return false;
            }

            destination[written++] = Fold(b);
        }

        return true;
    }

    private static bool Append(string value, Span<char> destination, ref int written)
    {
        if (written + value.Length > destination.Length)
        {
            return false;
        }

        value.AsSpan().CopyTo(destination[written..]);
        written += value.Length;
        return true;
    }

    private static int Decompose(char c, Span<char> buffer)
    {
        var one = new ReadOnlySpan<char>(in c);
        if (one.TryNormalize(buffer, out var written, NormalizationForm.FormD))
        {
            return written;
        }

        buffer[0] = c;
        return 1;
    }

    private static string[] BuildLatinBases()
    {
        var table = new string[LatinTableEnd - LatinTableStart + 1];
        Span<char> buffer = stackalloc char[8];
        for (var c = LatinTableStart; c <= LatinTableEnd; c++)
        {
            table[c - LatinTableStart] = new string(buffer[..Decompose(c, buffer)]);
        }

        return table;
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
