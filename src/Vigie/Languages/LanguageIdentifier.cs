using System.Buffers.Binary;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vigie.Languages;

/// <summary>
/// Identifies the language of a text with a model built by <see cref="LanguageModelTrainer"/>: the
/// script first (a language alone in its script, such as Korean in Hangul, is decided by it), then,
/// among the languages sharing the script, naive Bayes over hashed character 1–5-grams. Thread-safe
/// and immutable once loaded; <see cref="Identify"/> allocates nothing for NFC text.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>The name of the embedded model that <see cref="Default"/> loads.</summary>
    public const string ResourceName = "Vigie.Models.langid.bin";

    /// <summary>Only the first characters of a text are read; more would not change the answer.</summary>
    public const int MaxChars = 16_384;

    /// <summary>Below this confidence the answer is <see cref="LanguageGuess.Unknown"/>.</summary>
    public const double MinConfidence = 0.4;

    // Long texts are read by chunks; reading stops when the best language leads by this many nats.
    private const int ChunkChars = 1024;
    private const double StopMargin = 200;

    private static readonly System.Buffers.SearchValues<char> ChunkBreaks = System.Buffers.SearchValues.Create(" \n\t\r\u00A0");

    private static readonly Lazy<LanguageIdentifier> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] _codes;
    private readonly ScriptGroup?[] _groupByScript;
    private readonly double _natsPerUnit;
    private readonly int _unitsPerNat;

    private LanguageIdentifier(string[] codes, WritingScript[] scripts, ScriptGroup?[] groupByScript, int unitsPerNat, double temperature)
    {
        _codes = codes;
        _groupByScript = groupByScript;
        _natsPerUnit = 1.0 / (unitsPerNat * temperature);
        _unitsPerNat = unitsPerNat;
        Languages = new ReadOnlyCollection<string>(codes);
        var byLanguage = new Dictionary<string, WritingScript>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            byLanguage[codes[i]] = scripts[i];
        }

        LanguageScripts = new ReadOnlyDictionary<string, WritingScript>(byLanguage);
    }

    /// <summary>The shipped model (embedded resource <see cref="ResourceName"/>), loaded on first use.</summary>
    public static LanguageIdentifier Default => DefaultInstance.Value;

    /// <summary>The ISO 639-1 codes of the languages the model knows, in ordinal order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The script each known language is written in.</summary>
    public IReadOnlyDictionary<string, WritingScript> LanguageScripts { get; }

    /// <summary>Reads a model written by <see cref="LanguageModelTrainer"/>.</summary>
    public static LanguageIdentifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        if (stream.CanSeek)
        {
            bytes = new byte[checked((int)(stream.Length - stream.Position))];
            stream.ReadExactly(bytes);
        }
        else
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        return Load(bytes);
    }

    /// <summary>Reads a model from its bytes (which are copied where needed; the caller keeps them).</summary>
    public static LanguageIdentifier Load(ReadOnlySpan<byte> model)
    {
        var reader = new ModelReader(model);
        if (!reader.Bytes(4).SequenceEqual(LanguageModelFormat.Magic))
        {
            throw new InvalidDataException("Not a Vigie language model.");
        }

        var version = reader.Byte();
        if (version != LanguageModelFormat.Version)
        {
            throw new InvalidDataException($"Unsupported language model version {version}.");
        }

        var maxOrder = reader.Byte();
        var unitsPerNat = reader.Byte();
        var temperature = reader.Byte() / 10.0;
        if (maxOrder != NGramFeatures.MaxOrder || unitsPerNat == 0 || temperature == 0)
        {
            throw new InvalidDataException("Language model header out of range.");
        }

        var codes = new string[reader.Byte()];
        var scripts = new WritingScript[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Encoding.ASCII.GetString(reader.Bytes(reader.Byte()));
            scripts[i] = (WritingScript)reader.Byte();
        }

        var groups = new ScriptGroup?[Scripts.Count];
        int groupCount = reader.Byte();
        for (var g = 0; g < groupCount; g++)
        {
            var script = (WritingScript)reader.Byte();
            if ((int)script >= groups.Length)
            {
                throw new InvalidDataException("Unknown script in language model.");
            }

            var members = reader.Bytes(reader.Byte()).ToArray();
            if (members.Length == 0 || members.Any(m => m >= codes.Length))
            {
                throw new InvalidDataException("Bad language group in language model.");
            }

            var unseen = reader.Bytes(maxOrder * members.Length).ToArray();
            var count = reader.Int32();
            if (count < 0)
            {
                throw new InvalidDataException("Bad feature count in language model.");
            }

            var keys = reader.Bytes(checked(count * 4));
            var rows = reader.Bytes(checked(count * members.Length)).ToArray();
            groups[(int)script] = new ScriptGroup(members, unseen, keys, rows);
        }

        if (!reader.Bytes(4).SequenceEqual(LanguageModelFormat.EndMagic))
        {
            throw new InvalidDataException("Truncated language model.");
        }

        return new LanguageIdentifier(codes, scripts, groups, unitsPerNat, temperature);
    }

    /// <summary>
    /// The language of <paramref name="text"/> as an ISO 639-1 code with a confidence in [0, 1], or
    /// <see cref="LanguageGuess.Unknown"/> for text without letters, in a script no known language
    /// uses, or when no language is confident enough. Reads the first <see cref="MaxChars"/> characters.
    /// </summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        using var normalized = NGramFeatures.Normalize(text);
        text = normalized.Text;
        Span<int> scriptCounts = stackalloc int[Scripts.Count];
        if (NGramFeatures.CountScripts(text, scriptCounts) == 0)
        {
            return LanguageGuess.Unknown;
        }

        var script = Scripts.Dominant(scriptCounts, LanguageModelTrainerOptions.KanaShare, out var dominant, out var letters);
        var group = _groupByScript[(int)script];
        if (group is null)
        {
            return LanguageGuess.Unknown;
        }

        var share = (double)dominant / letters;
        if (group.Width == 1)
        {
            return Answer(group.Members[0], share);
        }

        Span<int> costs = stackalloc int[group.Width];
        Span<int> missing = stackalloc int[NGramFeatures.MaxOrder];
        costs.Clear();
        missing.Clear();
        Span<int> totals = stackalloc int[group.Width];
        var sink = new ScoringSink(group, costs, missing);
        var best = 0;
        var rest = text;
        while (!rest.IsEmpty)
        {
            // Read a chunk (cut at white space), then stop early once one language is far ahead.
            var cut = rest.Length;
            if (rest.Length > ChunkChars && rest[ChunkChars..].IndexOfAny(ChunkBreaks) is >= 0 and var space)
            {
                cut = ChunkChars + space;
            }

            NGramFeatures.Extract(rest[..cut], script, ref sink);
            rest = rest[cut..];
            costs.CopyTo(totals);
            group.AddUnseen(totals, missing);
            best = 0;
            var second = int.MaxValue;
            for (var l = 1; l < totals.Length; l++)
            {
                if (totals[l] < totals[best])
                {
                    second = totals[best];
                    best = l;
                }
                else if (totals[l] < second)
                {
                    second = totals[l];
                }
            }

            if ((second - totals[best]) >= StopMargin * _unitsPerNat)
            {
                break;
            }
        }

        costs = totals;

        var sum = 0.0;
        for (var l = 0; l < costs.Length; l++)
        {
            sum += Math.Exp(-(costs[l] - costs[best]) * _natsPerUnit);
        }

        return Answer(group.Members[best], share / sum);
    }

    private LanguageGuess Answer(int language, double confidence)
    {
        confidence = Math.Clamp(confidence, 0, 1);
        return confidence < MinConfidence ? LanguageGuess.Unknown : new LanguageGuess(_codes[language], confidence);
    }

    private static LanguageIdentifier LoadDefault()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The language model '{ResourceName}' is not embedded: train it (vigie train langid) into models/langid/langid.bin and rebuild.");
        return Load(stream);
    }

    /// <summary>The languages of one script and their n-gram costs, in an open-addressing table.</summary>
    private sealed class ScriptGroup
    {
        private readonly byte[] _unseen;
        private readonly byte[] _rows;
        private readonly ulong[] _slots;
        private readonly int _mask;

        public ScriptGroup(byte[] members, byte[] unseen, ReadOnlySpan<byte> keys, byte[] rows)
        {
            Members = members;
            Width = members.Length;
            _unseen = unseen;
            _rows = rows;
            var count = keys.Length / 4;
            var capacity = 4;
            while (capacity < count * 2)
            {
                capacity <<= 1;
            }

            _slots = new ulong[capacity];
            _mask = capacity - 1;
            for (var i = 0; i < count; i++)
            {
                var key = BinaryPrimitives.ReadUInt32LittleEndian(keys.Slice(i * 4, 4));
                if (key == 0)
                {
                    throw new InvalidDataException("Zero key in language model.");
                }

                var slot = (int)key & _mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = ((ulong)key << 32) | (uint)i;
            }
        }

        public byte[] Members { get; }

        public int Width { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool AddCosts(uint key, Span<int> costs)
        {
            var slot = (int)key & _mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    return false;
                }

                if ((uint)(entry >> 32) == key)
                {
                    var row = _rows.AsSpan((int)(uint)entry * Width, Width);
                    for (var l = 0; l < row.Length; l++)
                    {
                        costs[l] += row[l];
                    }

                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        public void AddUnseen(Span<int> costs, ReadOnlySpan<int> missing)
        {
            for (var order = 0; order < missing.Length; order++)
            {
                if (missing[order] == 0)
                {
                    continue;
                }

                var unseen = _unseen.AsSpan(order * Width, Width);
                for (var l = 0; l < Width; l++)
                {
                    costs[l] += missing[order] * unseen[l];
                }
            }
        }
    }

    private ref struct ScoringSink(ScriptGroup group, Span<int> costs, Span<int> missing) : INGramSink
    {
        private readonly Span<int> _costs = costs;
        private readonly Span<int> _missing = missing;

        public readonly void Add(uint key, int order, WritingScript script)
        {
            if (!group.AddCosts(key, _costs))
            {
                _missing[order - 1]++;
            }
        }
    }

    private ref struct ModelReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || _position + count > _data.Length)
            {
                throw new InvalidDataException("Truncated language model.");
            }

            var span = _data.Slice(_position, count);
            _position += count;
            return span;
        }

        public byte Byte() => Bytes(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
    }
}
