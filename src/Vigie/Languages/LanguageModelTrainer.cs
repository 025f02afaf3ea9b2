using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Vigie.Languages;

/// <summary>A piece of training text in a known language (ISO 639-1 code).</summary>
public readonly record struct LanguageSample(string Language, string Text);

/// <summary>Settings of <see cref="LanguageModelTrainer"/>; the defaults are the shipped model's.</summary>
public sealed record LanguageModelTrainerOptions
{
    /// <summary>Additive (Lidstone) smoothing of n-gram counts.</summary>
    public double Smoothing { get; init; } = 0.5;

    /// <summary>N-grams seen fewer times than this, all languages of a script together, are dropped.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>At most this many n-grams per script; the most frequent (relative to each language's text) are kept.</summary>
    public int MaxFeaturesPerScript { get; init; } = 200_000;

    /// <summary>Quantisation: cost units per nat (a cost is stored in a byte, so costs above 255 / this are clipped).</summary>
    public int UnitsPerNat { get; init; } = 12;

    /// <summary>
    /// Divides log-likelihood differences (nats) before the softmax that gives confidences. Each
    /// character starts up to five overlapping n-grams, so about 5 counts it once. Stored in tenths.
    /// </summary>
    public double Temperature { get; init; } = 5.0;

    /// <summary>A text counts as Japanese (kana) rather than Chinese (Han) when kana make at least this share of its Han and kana.</summary>
    public const double KanaShare = 0.05;
}

/// <summary>
/// Builds a language model from samples: pure (no I/O) and deterministic — the same samples, in any
/// order, give the same bytes. Each language is assigned its dominant script; languages alone in
/// their script are identified by script; languages sharing one get a naive-Bayes table over hashed
/// character 1–5-grams of the words written in it, log-probabilities quantised to bytes.
/// </summary>
public sealed class LanguageModelTrainer
{
    private readonly LanguageModelTrainerOptions _options;
    private readonly Dictionary<string, LanguageCounts> _languages = new(StringComparer.Ordinal);

    public LanguageModelTrainer(LanguageModelTrainerOptions? options = null)
    {
        _options = options ?? new LanguageModelTrainerOptions();
        if (_options.UnitsPerNat is < 1 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "UnitsPerNat must be in 1..255.");
        }

        if (_options.Smoothing <= 0 || _options.Temperature is <= 0 or > 25.5)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Smoothing must be positive and Temperature in (0, 25.5].");
        }
    }

    /// <summary>Trains on <paramref name="samples"/> and returns the model file.</summary>
    public static byte[] Train(IEnumerable<LanguageSample> samples, LanguageModelTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var trainer = new LanguageModelTrainer(options);
        foreach (var sample in samples)
        {
            trainer.Add(sample.Language, sample.Text);
        }

        return trainer.Build();
    }

    /// <summary>Adds text in <paramref name="language"/> (an ISO 639-1 code, lower-case ASCII).</summary>
    public void Add(string language, ReadOnlySpan<char> text)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        if (language.Length > 8 || !language.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException($"Not a language code: '{language}'.", nameof(language));
        }

        if (!_languages.TryGetValue(language, out var counts))
        {
            if (_languages.Count == byte.MaxValue)
            {
                throw new InvalidOperationException("At most 255 languages.");
            }

            counts = new LanguageCounts();
            _languages.Add(language, counts);
        }

        using var normalized = NGramFeatures.Normalize(text);
        NGramFeatures.CountScripts(normalized.Text, counts.Letters);
        var sink = new CountingSink(counts);
        NGramFeatures.Extract(normalized.Text, WritingScript.None, ref sink);
    }

    /// <summary>The model file.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the model file to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_languages.Count == 0)
        {
            throw new InvalidOperationException("No training text.");
        }

        var codes = _languages.Keys.Order(StringComparer.Ordinal).ToArray();
        var scripts = new WritingScript[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            scripts[i] = Scripts.Dominant(_languages[codes[i]].Letters, LanguageModelTrainerOptions.KanaShare, out _, out _);
            if (scripts[i] == WritingScript.None)
            {
                throw new InvalidOperationException($"No letters in the text of '{codes[i]}'.");
            }
        }

        var output = new ByteWriter();
        output.Bytes(LanguageModelFormat.Magic);
        output.Byte(LanguageModelFormat.Version);
        output.Byte(NGramFeatures.MaxOrder);
        output.Byte((byte)_options.UnitsPerNat);
        output.Byte((byte)Math.Clamp(Math.Round(_options.Temperature * 10), 1, 255));
        output.Byte((byte)codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            output.Byte((byte)codes[i].Length);
            output.Bytes(Encoding.ASCII.GetBytes(codes[i]));
            output.Byte((byte)scripts[i]);
        }

        var groups = Enumerable.Range(0, codes.Length)
            .GroupBy(i => scripts[i])
            .OrderBy(g => g.Key)
            .ToArray();
        output.Byte((byte)groups.Length);
        foreach (var group in groups)
        {
            WriteGroup(output, group.Key, [.. group], codes);
        }

        output.Bytes(LanguageModelFormat.EndMagic);
        stream.Write(output.Written);
    }

    private void WriteGroup(ByteWriter output, WritingScript script, int[] members, string[] codes)
    {
        var width = members.Length;
        output.Byte((byte)script);
        output.Byte((byte)width);
        foreach (var member in members)
        {
            output.Byte((byte)member);
        }

        var counts = members.Select(m => _languages[codes[m]]).ToArray();
        if (width == 1)
        {
            for (var order = 1; order <= NGramFeatures.MaxOrder; order++)
            {
                output.Byte(0);
            }

            output.Int32(0);
            return;
        }

        // Merge the n-grams of the script's words over the group's languages.
        var table = new Dictionary<uint, Feature>();
        var totals = new long[width, NGramFeatures.MaxOrder + 1];
        for (var l = 0; l < width; l++)
        {
            foreach (var (familyScript, grams) in counts[l].ByScript)
            {
                if (!NGramFeatures.SameFamily(familyScript, script))
                {
                    continue;
                }

                foreach (var (key, stat) in grams)
                {
                    if (!table.TryGetValue(key, out var feature))
                    {
                        feature = new Feature(stat.Order, width);
                        table.Add(key, feature);
                    }

                    feature.Counts[l] += stat.Count;
                    totals[l, stat.Order] += stat.Count;
                }
            }
        }

        var distinct = new long[NGramFeatures.MaxOrder + 1];
        foreach (var feature in table.Values)
        {
            distinct[feature.Order]++;
        }

        var alpha = _options.Smoothing;
        var unseen = new byte[NGramFeatures.MaxOrder, width];
        for (var order = 1; order <= NGramFeatures.MaxOrder; order++)
        {
            for (var l = 0; l < width; l++)
            {
                unseen[order - 1, l] = Quantize(0, totals[l, order], distinct[order] + 1, alpha);
                output.Byte(unseen[order - 1, l]);
            }
        }

        // Keep the n-grams that are frequent in at least one language, relative to its own text.
        var kept = table
            .Where(pair => pair.Value.Total >= _options.MinCount)
            .Select(pair => (Key: pair.Key, Feature: pair.Value, Weight: Weight(pair.Value, totals)))
            .OrderByDescending(f => f.Weight)
            .ThenBy(f => f.Key)
            .Take(_options.MaxFeaturesPerScript)
            .OrderBy(f => f.Key)
            .ToArray();

        output.Int32(kept.Length);
        foreach (var (key, _, _) in kept)
        {
            output.UInt32(key);
        }

        foreach (var (_, feature, _) in kept)
        {
            for (var l = 0; l < width; l++)
            {
                output.Byte(Quantize(feature.Counts[l], totals[l, feature.Order], distinct[feature.Order] + 1, alpha));
            }
        }
    }

    private static double Weight(Feature feature, long[,] totals)
    {
        var best = 0.0;
        for (var l = 0; l < feature.Counts.Length; l++)
        {
            var total = totals[l, feature.Order];
            if (total > 0)
            {
                best = Math.Max(best, (double)feature.Counts[l] / total);
            }
        }

        return best;
    }

    private byte Quantize(long count, long total, long vocabulary, double alpha)
    {
        var probability = (count + alpha) / (total + (alpha * vocabulary));
        var cost = -Math.Log(probability) * _options.UnitsPerNat;
        return (byte)Math.Clamp(Math.Round(cost, MidpointRounding.AwayFromZero), 0, 255);
    }

    private sealed class Feature(int order, int width)
    {
        public int Order { get; } = order;

        public long[] Counts { get; } = new long[width];

        public long Total => Counts.Sum();
    }

    private struct GramStat
    {
        public int Order;
        public long Count;
    }

    private sealed class LanguageCounts
    {
        public int[] Letters { get; } = new int[Scripts.Count];

        public SortedDictionary<WritingScript, Dictionary<uint, GramStat>> ByScript { get; } = [];
    }

    private readonly struct CountingSink(LanguageCounts counts) : INGramSink
    {
        public void Add(uint key, int order, WritingScript script)
        {
            if (!counts.ByScript.TryGetValue(script, out var grams))
            {
                grams = [];
                counts.ByScript.Add(script, grams);
            }

            ref var stat = ref CollectionsMarshal.GetValueRefOrAddDefault(grams, key, out var exists);
            if (!exists)
            {
                stat.Order = order;
            }

            stat.Count++;
        }
    }

    private sealed class ByteWriter
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _length;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Byte(byte value) => Reserve(1)[0] = value;

        public void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Reserve(value.Length));

        public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

        public void UInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

        private Span<byte> Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }

            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }
    }
}
