using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// What the tagger knows of a whole document while it tags one sentence: how each word is written
/// away from sentence starts (a capitalised first word that the document writes in lower case
/// elsewhere is likely no name), and, for the second stage, how the first stage labelled every
/// token and each word (so that « Vuillermoz » alone is read in the light of « Alexis Vuillermoz »).
/// Built once per document: its arrays are sized by the document, nothing is allocated per token.
/// </summary>
internal sealed class DocumentContext
{
    /// <summary>Case flag: seen starting with a lower-case letter away from a sentence start.</summary>
    public const byte Lower = 1;

    /// <summary>Case flag: seen starting with a capital away from a sentence start.</summary>
    public const byte Capitalised = 2;

    private readonly ulong[] _tokenWords;
    private readonly int[] _tokenEntries;
    private readonly byte[] _tokenCapitals;
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotEntries;
    private readonly int _mask;
    private readonly byte[] _case;
    private readonly int[] _counts;
    private readonly byte[] _super;
    private byte[]? _firstStage;

    private DocumentContext(int tokens)
    {
        var capacity = 16;
        while (capacity < tokens * 2)
        {
            capacity <<= 1;
        }

        _tokenWords = new ulong[tokens];
        _tokenEntries = new int[tokens];
        _tokenCapitals = new byte[tokens];
        _slotKeys = new ulong[capacity];
        _slotEntries = new int[capacity];
        _mask = capacity - 1;
        _case = new byte[tokens + 1];
        _counts = new int[(tokens + 1) * (EntityLabels.TypeCount + 1)];
        _super = new byte[tokens + 1];
    }

    /// <summary>How many distinct words the document has.</summary>
    public int Words { get; private set; }

    /// <summary>Reads the words of a document: its tokens and sentences, as the pipeline gives them.</summary>
    public static DocumentContext Of(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var context = new DocumentContext(tokens.Length);
        var s = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var word = FeatureExtractor.WordKey(token.In(text));
            var entry = context.Entry(word);
            context._tokenWords[i] = word;
            context._tokenEntries[i] = entry;
            context._tokenCapitals[i] = FeatureExtractor.CapitalsOf(token.In(text));
            while (s < sentences.Count && sentences[s].End <= token.Start)
            {
                s++;
            }

            var initial = i == 0 || (s < sentences.Count && sentences[s].Start == token.Start)
                || tokens[i - 1].Kind == TokenKind.OpenQuote || (tokens[i - 1].Kind == TokenKind.Punctuation && IsOpening(text[tokens[i - 1].Start]));
            var first = text[token.Start];
            if (!initial && token.Kind == TokenKind.Word && char.IsLetter(first))
            {
                context._case[entry] |= char.IsUpper(first) ? Capitalised : Lower;
            }
        }

        return context;
    }

    /// <summary>The <see cref="Lower"/> and <see cref="Capitalised"/> flags of the word of token <paramref name="token"/>.</summary>
    public byte CaseOf(int token) => _case[_tokenEntries[token]];

    /// <summary>How token <paramref name="token"/> is capitalised (<see cref="FeatureExtractor.CapitalsOf(ReadOnlySpan{char})"/>).</summary>
    public byte CapitalsOf(int token) => _tokenCapitals[token];

    /// <summary>The word key of token <paramref name="token"/>.</summary>
    public ulong WordOf(int token) => _tokenWords[token];

    /// <summary>Whether <see cref="SetFirstStage"/> was called.</summary>
    public bool HasFirstStage => _firstStage is not null;

    /// <summary>Records the first stage's labels (one per token) and counts, for each word, how it was labelled.</summary>
    public void SetFirstStage(ReadOnlySpan<byte> labels)
    {
        _firstStage = labels.ToArray();
        Array.Clear(_counts);
        Array.Clear(_super);
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var slot = label == EntityLabels.Outside ? 0 : 1 + (int)EntityLabels.TypeOf(label);
            _counts[(_tokenEntries[i] * (EntityLabels.TypeCount + 1)) + slot]++;
            var part = EntityLabels.PartOf(label);
            if (part == LabelPart.Begin)
            {
                start = i;
            }
            else if (part == LabelPart.Last && start >= 0)
            {
                // Every word of a mention of several tokens knows the type of the longest such mention it is in.
                for (var t = start; t <= i; t++)
                {
                    _super[_tokenEntries[t]] = (byte)(1 + (int)EntityLabels.TypeOf(label));
                }

                start = -1;
            }
        }
    }

    /// <summary>The first stage's label of token <paramref name="token"/> (O before <see cref="SetFirstStage"/>, or outside the document).</summary>
    public byte FirstStageOf(int token) => _firstStage is { } labels && token >= 0 && token < labels.Length ? labels[token] : (byte)EntityLabels.Outside;

    /// <summary>
    /// How the first stage labelled the other occurrences of token <paramref name="token"/>'s word: 0 none,
    /// 1 mostly outside mentions, 2 + type mostly as that type; with 8 added when all agree.
    /// </summary>
    public int MajorityOf(int token)
    {
        var entry = _tokenEntries[token];
        Span<int> counts = stackalloc int[EntityLabels.TypeCount + 1];
        _counts.AsSpan(entry * (EntityLabels.TypeCount + 1), EntityLabels.TypeCount + 1).CopyTo(counts);
        var own = FirstStageOf(token);
        counts[own == EntityLabels.Outside ? 0 : 1 + (int)EntityLabels.TypeOf(own)]--;
        var total = 0;
        var best = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return total <= 0 ? 0 : 1 + best + (counts[best] == total ? 8 : 0);
    }

    /// <summary>0, or 1 + the type of a mention of several tokens (first stage) that holds token <paramref name="token"/>'s word.</summary>
    public int SuperOf(int token) => _super[_tokenEntries[token]];

    private int Entry(ulong word)
    {
        var slot = (int)((word ^ (word >> 31)) & (ulong)_mask);
        while (_slotEntries[slot] != 0)
        {
            if (_slotKeys[slot] == word)
            {
                return _slotEntries[slot];
            }

            slot = (slot + 1) & _mask;
        }

        _slotKeys[slot] = word;
        _slotEntries[slot] = ++Words;
        return Words;
    }

    private static bool IsOpening(char c) => c is '(' or '[' or ':' or '—' or '–' or '-';
}
