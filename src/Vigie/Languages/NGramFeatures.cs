using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vigie.Languages;

/// <summary>Receives the hashed n-grams of a text, one call per n-gram.</summary>
internal interface INGramSink
{
    /// <summary>An n-gram of <paramref name="order"/> characters, hashed to a non-zero key, inside a word of <paramref name="script"/>.</summary>
    void Add(uint key, int order, WritingScript script);
}

/// <summary>
/// The features shared by the trainer and the identifier, so that both see exactly the same n-grams:
/// the text is NFC-normalised, lower-cased, cut into words (runs of letters and combining marks,
/// with inner apostrophes and zero-width non-joiners kept, everything else a boundary), and each word,
/// padded with one space on both sides, gives its character n-grams of orders 1 to
/// <see cref="MaxOrder"/> (the lone padding space excepted). N-grams are hashed (FNV-1a then a
/// 32-bit finaliser), never materialised as strings.
/// </summary>
internal static class NGramFeatures
{
    public const int MaxOrder = 5;

    private const char Apostrophe = '\'';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char Tatweel = '\u0640';

    /// <summary>
    /// The NFC form of <paramref name="text"/>, lone surrogates replaced by U+FFFD; copies into pooled
    /// buffers only when the text needs it. Dispose the result to give them back.
    /// </summary>
    public static NormalizedText Normalize(ReadOnlySpan<char> text)
    {
        char[]? sanitized = null;
        if (HasLoneSurrogate(text))
        {
            sanitized = ArrayPool<char>.Shared.Rent(text.Length);
            var copy = sanitized.AsSpan(0, text.Length);
            text.CopyTo(copy);
            ReplaceLoneSurrogates(copy);
            text = copy;
        }

        char[]? composed = null;
        if (text.ContainsAnyExceptInRange('\u0000', '\u02FF') && !text.IsNormalized(NormalizationForm.FormC))
        {
            var length = text.GetNormalizedLength(NormalizationForm.FormC);
            composed = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
            if (text.TryNormalize(composed, out var written, NormalizationForm.FormC))
            {
                text = composed.AsSpan(0, written);
            }
        }

        return new NormalizedText(text, sanitized, composed);
    }

    /// <summary>Counts letters per script (index = <see cref="WritingScript"/>); returns the number of letters.</summary>
    public static int CountScripts(ReadOnlySpan<char> text, Span<int> counts)
    {
        var letters = 0;
        foreach (var c in text)
        {
            var script = Scripts.Of(c);
            if (script != WritingScript.None && c != Tatweel && !IsCombiningMark(c))
            {
                counts[(int)script]++;
                letters++;
            }
        }

        return letters;
    }

    /// <summary>
    /// Sends the n-grams of every word to <paramref name="sink"/>; with <paramref name="only"/> set,
    /// only words of that script (Han and kana count as one) are read.
    /// </summary>
    public static void Extract<TSink>(ReadOnlySpan<char> text, WritingScript only, ref TSink sink)
        where TSink : INGramSink, allows ref struct
    {
        var window = default(Window);
        var wordScript = WritingScript.None;
        var skipping = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var script = Scripts.Of(c);
            if (script != WritingScript.None)
            {
                if (c == Tatweel)
                {
                    continue;
                }

                if (wordScript == WritingScript.None && !skipping)
                {
                    if (IsCombiningMark(c))
                    {
                        continue;
                    }

                    if (only != WritingScript.None && !SameFamily(script, only))
                    {
                        skipping = true;
                        continue;
                    }

                    wordScript = script;
                    window.Start();
                }

                if (!skipping)
                {
                    window.Push(Lower(c));
                    Emit(ref window, wordScript, ref sink, 1);
                }

                continue;
            }

            if ((c is Apostrophe or '\u2019' or '\u02BC' || c == ZeroWidthNonJoiner)
                && (wordScript != WritingScript.None || skipping)
                && i + 1 < text.Length && Scripts.Of(text[i + 1]) != WritingScript.None)
            {
                if (!skipping)
                {
                    window.Push(c == ZeroWidthNonJoiner ? c : Apostrophe);
                    Emit(ref window, wordScript, ref sink, 1);
                }

                continue;
            }

            EndWord(ref window, ref wordScript, ref skipping, ref sink);
        }

        EndWord(ref window, ref wordScript, ref skipping, ref sink);
    }

    /// <summary>Han and kana are read together (Japanese mixes them); other scripts stand alone.</summary>
    public static bool SameFamily(WritingScript a, WritingScript b)
    {
        return a == b || (a is WritingScript.Han or WritingScript.Kana && b is WritingScript.Han or WritingScript.Kana);
    }

    private static void EndWord<TSink>(ref Window window, ref WritingScript wordScript, ref bool skipping, ref TSink sink)
        where TSink : INGramSink, allows ref struct
    {
        if (wordScript != WritingScript.None)
        {
            window.Push(' ');
            Emit(ref window, wordScript, ref sink, 2);
        }

        wordScript = WritingScript.None;
        skipping = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit<TSink>(ref Window window, WritingScript script, ref TSink sink, int minOrder)
        where TSink : INGramSink, allows ref struct
    {
        var hash = 2166136261u;
        for (var order = 1; order <= window.Length; order++)
        {
            hash = (hash ^ window[order - 1]) * 16777619u;
            if (order >= minOrder)
            {
                sink.Add(Finish(hash), order, script);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash == 0 ? 1u : hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c)
    {
        return c < 0x80 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
    }

    private static bool IsCombiningMark(char c)
    {
        return c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReplaceLoneSurrogates(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                text[i] = '\uFFFD';
            }
        }
    }

    /// <summary>The last characters of the current padded word, most recent first.</summary>
    private struct Window
    {
        private Chars _chars;

        public int Length { get; private set; }

        public readonly char this[int back] => _chars[back];

        public void Start()
        {
            _chars[0] = ' ';
            Length = 1;
        }

        public void Push(char c)
        {
            for (var i = MaxOrder - 1; i > 0; i--)
            {
                _chars[i] = _chars[i - 1];
            }

            _chars[0] = c;
            if (Length < MaxOrder)
            {
                Length++;
            }
        }

        [InlineArray(MaxOrder)]
        private struct Chars
        {
            private char _first;
        }
    }
}

/// <summary>A text in NFC, perhaps in pooled buffers that <see cref="Dispose"/> gives back.</summary>
internal ref struct NormalizedText
{
    private char[]? _sanitized;
    private char[]? _composed;

    public NormalizedText(ReadOnlySpan<char> text, char[]? sanitized, char[]? composed)
    {
        Text = text;
        _sanitized = sanitized;
        _composed = composed;
    }

    public ReadOnlySpan<char> Text { get; private set; }

    public void Dispose()
    {
        Text = default;
        if (_sanitized is not null)
        {
            ArrayPool<char>.Shared.Return(_sanitized);
            _sanitized = null;
        }

        if (_composed is not null)
        {
            ArrayPool<char>.Shared.Return(_composed);
            _composed = null;
        }
    }
}
