using System.Runtime.InteropServices;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// How each word of a document is written away from the start of a sentence: seen in lower case,
/// seen capitalised, or both. A capitalised word at the start of a sentence that the same document
/// writes in lower case elsewhere is likely no name; one it capitalises mid-sentence likely is.
/// Built once per document; lookups allocate nothing.
/// </summary>
public sealed class DocumentCase
{
    /// <summary>Seen starting with a lower-case letter away from a sentence start.</summary>
    internal const byte Lower = 1;

    /// <summary>Seen starting with a capital away from a sentence start.</summary>
    internal const byte Capitalised = 2;

    private readonly ulong[] _keys;
    private readonly byte[] _flags;
    private readonly int _mask;

    private DocumentCase(ulong[] keys, byte[] flags)
    {
        _keys = keys;
        _flags = flags;
        _mask = keys.Length - 1;
    }

    /// <summary>No document: every word unknown.</summary>
    public static DocumentCase None { get; } = new(new ulong[1], new byte[1]);

    /// <summary>Reads the words of a document (its tokens and sentences, as the pipeline gives them).</summary>
    public static DocumentCase Of(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var all = tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens];
        var capacity = 16;
        while (capacity < all.Length * 2)
        {
            capacity <<= 1;
        }

        var keys = new ulong[capacity];
        var flags = new byte[capacity];
        var mask = capacity - 1;
        var s = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var token = all[i];
            while (s < sentences.Count && sentences[s].End <= token.Start)
            {
                s++;
            }

            var initial = i == 0 || (s < sentences.Count && sentences[s].Start == token.Start)
                || all[i - 1].Kind == TokenKind.OpenQuote || (all[i - 1].Kind == TokenKind.Punctuation && IsOpening(text[all[i - 1].Start]));
            var first = text[token.Start];
            if (initial || token.Kind != TokenKind.Word || !char.IsLetter(first))
            {
                continue;
            }

            var key = FeatureExtractor.WordKey(token.In(text));
            var slot = Slot(key, mask);
            while (flags[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            flags[slot] |= char.IsUpper(first) ? Capitalised : Lower;
        }

        return new DocumentCase(keys, flags);
    }

    /// <summary>The <see cref="Lower"/> and <see cref="Capitalised"/> flags of a word key (0: not seen away from a sentence start).</summary>
    internal byte Get(ulong key)
    {
        var slot = Slot(key, _mask);
        while (true)
        {
            var flags = _flags[slot];
            if (flags == 0 || _keys[slot] == key)
            {
                return flags;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool IsOpening(char c) => c is '(' or '[' or ':' or '—' or '–' or '-';

    private static int Slot(ulong key, int mask) => (int)((key ^ (key >> 31)) & (ulong)mask);
}
