using System.Buffers;

namespace Vigie.Entities.Tagging;

/// <summary>How <see cref="EntityTaggerTrainer"/> trains.</summary>
public sealed record EntityTaggerTrainerOptions
{
    /// <summary>The ISO 639-1 code written into the model.</summary>
    public string Language { get; init; } = "und";

    /// <summary>Passes over the training sentences; with development sentences, the best pass is kept.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seeds the order in which sentences are visited in each pass.</summary>
    public int Seed { get; init; } = 20251126;

    /// <summary>Features seen fewer times than this in the training sentences are not used.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Learn every feature twice, once shared by all domains and once for the sentence's own domain
    /// (Daumé III, "Frustratingly easy domain adaptation", 2007), so that corpora with other habits
    /// help without imposing them; the model keeps the shared weights plus those of domain 0.
    /// </summary>
    public bool SeparateDomains { get; init; } = true;

    /// <summary>Features whose largest averaged weight (in absolute value) is below this are dropped from the model.</summary>
    public double PruneBelow { get; init; }
}

/// <summary>What <see cref="EntityTaggerTrainer.Train"/> gives: the model bytes and how training went.</summary>
public sealed record EntityTaggerTrainingResult(byte[] Model, int Features, int FeaturesSeen, int BestEpoch, IReadOnlyList<double> DevelopmentF1);

/// <summary>
/// Trains an <see cref="EntityTagger"/> model: an averaged structured perceptron (Collins 2002) over
/// hashed features, decoded with Viterbi over BILOU labels. Pure: no I/O, and deterministic: the
/// same sentences, lexicon and options always give the same bytes.
/// </summary>
public sealed class EntityTaggerTrainer
{
    private const int L = EntityLabels.Count;
    private const int T = L * L;
    private const float QuantisedMax = 32000f;

    private readonly NerLexicon _lexicon;
    private readonly FeatureExtractor _extractor;
    private readonly EntityTaggerTrainerOptions _options;

    public EntityTaggerTrainer(NerLexiconBuilder lexicon, EntityTaggerTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon.Build();
        _extractor = new FeatureExtractor(_lexicon);
        _options = options ?? new EntityTaggerTrainerOptions();
    }

    /// <summary>
    /// Trains on <paramref name="training"/>; after each pass the averaged weights are scored (mention
    /// F1 by token positions) on <paramref name="development"/>, and the best pass is kept.
    /// </summary>
    public EntityTaggerTrainingResult Train(IReadOnlyList<NerSentence> training, IReadOnlyList<NerSentence>? development = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        var hashed = Hash(training);
        var index = new Dictionary<uint, int>();
        var counts = new Dictionary<uint, int>();
        foreach (var sentence in hashed)
        {
            foreach (var feature in sentence.Features)
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        var keys = new List<uint>();
        foreach (var sentence in hashed)
        {
            foreach (var feature in sentence.Features)
            {
                if (counts[feature] >= _options.MinFeatureCount && index.TryAdd(feature, keys.Count))
                {
                    keys.Add(feature);
                }
            }
        }

        var domainCopies = new HashSet<uint>();
        if (_options.SeparateDomains)
        {
            foreach (var sentence in hashed)
            {
                for (var t = 0; t + 1 < sentence.Offsets.Length; t++)
                {
                    var half = (sentence.Offsets[t + 1] - sentence.Offsets[t]) / 2;
                    for (var k = sentence.Offsets[t] + half; k < sentence.Offsets[t + 1]; k++)
                    {
                        domainCopies.Add(sentence.Features[k]);
                    }
                }
            }
        }

        var seen = counts.Count - domainCopies.Count;
        counts.Clear();
        var train = hashed.Select(s => s.Indexed(index)).ToArray();
        var dev = development is null ? [] : Hash(development).Select(s => s.Indexed(index)).ToArray();
        hashed = null;

        var weights = new Weights(keys.Count);
        var best = (Epoch: 0, F1: double.NegativeInfinity, Averaged: (float[]?)null);
        var history = new List<double>();
        var order = Enumerable.Range(0, train.Length).ToArray();
        var random = new Random(_options.Seed);
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var i in order)
            {
                mistakes += weights.Learn(train[i]) ? 1 : 0;
            }

            var averaged = weights.Averaged();
            var f1 = dev.Length > 0 ? Score(averaged, dev) : epoch;
            history.Add(dev.Length > 0 ? f1 : double.NaN);
            progress?.Report($"epoch {epoch}: {mistakes} of {train.Length} sentences wrong; development F1 {(dev.Length > 0 ? $"{f1:P2}" : "n/a")}");
            if (f1 > best.F1)
            {
                best = (epoch, f1, averaged);
            }
        }

        var model = Quantise(best.Averaged ?? weights.Averaged(), keys, domainCopies, out var kept);
        return new EntityTaggerTrainingResult(NerModelFormat.Write(model), kept, seen, best.Epoch, history);
    }

    private HashedSentence[] Hash(IReadOnlyList<NerSentence> sentences)
    {
        var result = new HashedSentence[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var sentence = sentences[i];
            var tokens = sentence.Tokens.ToArray();
            var n = tokens.Length;
            var buffer = ArrayPool<uint>.Shared.Rent(Math.Max(1, n * FeatureExtractor.MaxFeatures));
            var counts = ArrayPool<byte>.Shared.Rent(Math.Max(1, n));
            try
            {
                _extractor.Extract(sentence.Text, tokens, sentence.Document, buffer, counts);
                var copies = _options.SeparateDomains ? 2 : 1;
                var offsets = new int[n + 1];
                for (var t = 0; t < n; t++)
                {
                    offsets[t + 1] = offsets[t] + (copies * counts[t]);
                }

                var features = new uint[offsets[n]];
                for (var t = 0; t < n; t++)
                {
                    var own = buffer.AsSpan(t * FeatureExtractor.MaxFeatures, counts[t]);
                    own.CopyTo(features.AsSpan(offsets[t]));
                    if (copies == 2)
                    {
                        for (var k = 0; k < own.Length; k++)
                        {
                            features[offsets[t] + own.Length + k] = InDomain(own[k], sentence.Domain);
                        }
                    }
                }

                result[i] = new HashedSentence(features, offsets, sentence.Labels());
            }
            finally
            {
                ArrayPool<uint>.Shared.Return(buffer);
                ArrayPool<byte>.Shared.Return(counts);
            }
        });
        return result;
    }

    /// <summary>The copy of a feature that belongs to one domain.</summary>
    private static uint InDomain(uint feature, int domain) => FeatureHash.Feature(DomainTemplate + domain, feature);

    private const int DomainTemplate = 1 << 20;

    /// <summary>Mention F1 (exact token spans and type) of the weights on the sentences.</summary>
    private static double Score(float[] weights, IndexedSentence[] sentences)
    {
        long correct = 0, predicted = 0, gold = 0;
        var truth = new List<(int, int, EntityType)>();
        var guess = new List<(int, int, EntityType)>();
        foreach (var sentence in sentences)
        {
            var labels = Weights.Decode(weights, sentence);
            truth.Clear();
            guess.Clear();
            EntityLabels.Decode(sentence.Labels, truth);
            EntityLabels.Decode(labels, guess);
            gold += truth.Count;
            predicted += guess.Count;
            correct += guess.Count(truth.Contains);
        }

        return correct == 0 ? 0 : 2.0 * correct / (gold + predicted);
    }

    private NerModel Quantise(float[] averaged, List<uint> keys, HashSet<uint> domainCopies, out int kept)
    {
        if (_options.SeparateDomains)
        {
            // Fold each feature's domain-0 copy into the shared one; other domains' copies are dropped.
            var index = new Dictionary<uint, int>(keys.Count);
            for (var f = 0; f < keys.Count; f++)
            {
                index[keys[f]] = f;
            }

            var shared = new List<uint>();
            var merged = new List<float>();
            for (var f = 0; f < keys.Count; f++)
            {
                if (domainCopies.Contains(keys[f]))
                {
                    continue;
                }

                var copy = index.GetValueOrDefault(InDomain(keys[f], 0), -1);
                shared.Add(keys[f]);
                for (var y = 0; y < L; y++)
                {
                    merged.Add(averaged[(f * L) + y] + (copy >= 0 ? averaged[(copy * L) + y] : 0));
                }
            }

            merged.AddRange(averaged.AsSpan(keys.Count * L).ToArray());
            averaged = [.. merged];
            keys = shared;
        }

        var max = 1e-6f;
        foreach (var w in averaged)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = QuantisedMax / max;
        var threshold = Math.Max(0.5f, (float)(_options.PruneBelow * scale));
        var rows = new List<(uint Key, short[] Row)>();
        for (var f = 0; f < keys.Count; f++)
        {
            var row = new short[L];
            var largest = 0f;
            for (var y = 0; y < L; y++)
            {
                var q = averaged[(f * L) + y] * scale;
                largest = Math.Max(largest, Math.Abs(q));
                row[y] = (short)Math.Round(q);
            }

            if (largest >= threshold)
            {
                rows.Add((keys[f], row));
            }
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        kept = rows.Count;
        var weights = new short[rows.Count * L];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Row.CopyTo(weights, i * L);
        }

        var transitionsAt = keys.Count * L;
        short Q(int at) => (short)Math.Round(averaged[at] * scale);
        var transitions = Enumerable.Range(transitionsAt, T).Select(Q).ToArray();
        var start = Enumerable.Range(transitionsAt + T, L).Select(Q).ToArray();
        var end = Enumerable.Range(transitionsAt + T + L, L).Select(Q).ToArray();
        return new NerModel(_options.Language, _lexicon, new FeatureTable([.. rows.Select(r => r.Key)], weights), transitions, start, end, scale);
    }

    /// <summary>A sentence's feature hashes, token by token (<c>Features[Offsets[t]..Offsets[t+1]]</c>), and its gold labels.</summary>
    private sealed record HashedSentence(uint[] Features, int[] Offsets, byte[] Labels)
    {
        public IndexedSentence Indexed(Dictionary<uint, int> index)
        {
            var n = Labels.Length;
            var offsets = new int[n + 1];
            var features = new List<int>(Features.Length);
            for (var t = 0; t < n; t++)
            {
                for (var k = Offsets[t]; k < Offsets[t + 1]; k++)
                {
                    if (index.TryGetValue(Features[k], out var row))
                    {
                        features.Add(row * L);
                    }
                }

                offsets[t + 1] = features.Count;
            }

            return new IndexedSentence([.. features], offsets, Labels);
        }
    }

    /// <summary>A sentence's features as offsets of weight rows, token by token, and its gold labels.</summary>
    private sealed record IndexedSentence(int[] Rows, int[] Offsets, byte[] Labels);

    /// <summary>
    /// Perceptron weights laid out as feature rows, then transitions, start and end scores; with the
    /// running sums for averaging (Daumé's trick: average = w − u / c).
    /// </summary>
    private sealed class Weights(int features)
    {
        private readonly float[] _w = new float[(features * L) + T + L + L];
        private readonly double[] _u = new double[(features * L) + T + L + L];
        private readonly int _transitions = features * L;
        private int _c = 1;

        public bool Learn(IndexedSentence sentence)
        {
            var predicted = Decode(_w, sentence);
            var gold = sentence.Labels;
            var wrong = !predicted.AsSpan().SequenceEqual(gold);
            if (wrong)
            {
                var n = gold.Length;
                for (var t = 0; t < n; t++)
                {
                    if (predicted[t] != gold[t])
                    {
                        for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
                        {
                            Update(sentence.Rows[k] + gold[t], 1);
                            Update(sentence.Rows[k] + predicted[t], -1);
                        }
                    }

                    if (t > 0 && (predicted[t] != gold[t] || predicted[t - 1] != gold[t - 1]))
                    {
                        Update(_transitions + (gold[t - 1] * L) + gold[t], 1);
                        Update(_transitions + (predicted[t - 1] * L) + predicted[t], -1);
                    }
                }

                if (predicted[0] != gold[0])
                {
                    Update(_transitions + T + gold[0], 1);
                    Update(_transitions + T + predicted[0], -1);
                }

                if (predicted[n - 1] != gold[n - 1])
                {
                    Update(_transitions + T + L + gold[n - 1], 1);
                    Update(_transitions + T + L + predicted[n - 1], -1);
                }
            }

            _c++;
            return wrong;
        }

        public float[] Averaged()
        {
            var averaged = new float[_w.Length];
            for (var i = 0; i < _w.Length; i++)
            {
                averaged[i] = (float)(_w[i] - (_u[i] / _c));
            }

            return averaged;
        }

        public static byte[] Decode(float[] weights, IndexedSentence sentence)
        {
            var n = sentence.Labels.Length;
            var labels = new byte[n];
            if (n == 0)
            {
                return labels;
            }

            var transitions = weights.Length - T - L - L;
            var emissions = ArrayPool<float>.Shared.Rent(n * L);
            try
            {
                var scores = emissions.AsSpan(0, n * L);
                scores.Clear();
                for (var t = 0; t < n; t++)
                {
                    var row = scores.Slice(t * L, L);
                    for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
                    {
                        var w = weights.AsSpan(sentence.Rows[k], L);
                        for (var y = 0; y < L; y++)
                        {
                            row[y] += w[y];
                        }
                    }
                }

                ViterbiDecoder.Decode<float>(scores, weights.AsSpan(transitions, T), weights.AsSpan(transitions + T, L), weights.AsSpan(transitions + T + L, L), labels);
                return labels;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(emissions);
            }
        }

        private void Update(int at, float delta)
        {
            _w[at] += delta;
            _u[at] += _c * (double)delta;
        }
    }
}
