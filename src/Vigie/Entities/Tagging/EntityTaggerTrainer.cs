using System.Buffers;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>How <see cref="EntityTaggerTrainer"/> trains.</summary>
public sealed record EntityTaggerTrainerOptions
{
    /// <summary>The ISO 639-1 code written into the model.</summary>
    public string Language { get; init; } = "und";

    /// <summary>Passes over the training runs; with development documents, the best pass is kept.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seeds the order in which runs are visited in each pass.</summary>
    public int Seed { get; init; } = 20251126;

    /// <summary>Features seen fewer times than this in the training runs are not used.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Learn every feature twice, once shared by all domains and once for the document's own domain
    /// (Daumé III, "Frustratingly easy domain adaptation", 2007), so that corpora with other habits
    /// help without imposing them; the model keeps the shared weights plus those of domain 0.
    /// </summary>
    public bool SeparateDomains { get; init; }

    /// <summary>
    /// Add a second stage that also reads the first stage's labels across the document (stacking, as
    /// in Krishnan and Manning 2006): the first-stage labels of the training documents come from
    /// <see cref="Folds"/> models each trained without the documents they label.
    /// </summary>
    public bool Stacking { get; init; } = true;

    /// <summary>How many parts the training documents are cut into for the first-stage labels of stacking.</summary>
    public int Folds { get; init; } = 4;

    /// <summary>Features whose largest averaged weight (in absolute value) is below this are dropped from the model.</summary>
    public double PruneBelow { get; init; }
}

/// <summary>What <see cref="EntityTaggerTrainer.Train"/> gives: the model bytes and how training went.</summary>
/// <param name="Features">Features kept in the model, all stages.</param>
/// <param name="FeaturesSeen">Distinct features of the last stage's training runs.</param>
/// <param name="BestEpoch">The pass kept for the last stage.</param>
/// <param name="DevelopmentF1">The last stage's development F1 after each pass (NaN without development documents).</param>
/// <param name="FirstStageF1">The first stage's best development F1.</param>
/// <param name="MisalignedMentions">Gold mentions whose span does not fall on token boundaries.</param>
public sealed record EntityTaggerTrainingResult(
    byte[] Model, int Features, int FeaturesSeen, int BestEpoch, IReadOnlyList<double> DevelopmentF1, double FirstStageF1, int MisalignedMentions);

/// <summary>
/// Trains an <see cref="EntityTagger"/> model: an averaged structured perceptron (Collins 2002) over
/// hashed features, decoded with Viterbi over BILOU labels, optionally in two stages. Pure: no I/O,
/// and deterministic: the same documents, lexicon and options always give the same bytes.
/// </summary>
public sealed class EntityTaggerTrainer
{
    private const int L = EntityLabels.Count;
    private const int T = L * L;
    private const int F = FeatureExtractor.MaxFeatures;
    private const float QuantisedMax = 32000f;
    private const int DomainTemplate = 1 << 20;

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
    public EntityTaggerTrainingResult Train(IReadOnlyList<NerTrainingDocument> training, IReadOnlyList<NerTrainingDocument>? development = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        var misaligned = 0;
        var train = Prepare(training, () => Interlocked.Increment(ref misaligned));
        var dev = Prepare(development ?? [], null);
        var first = TrainStage(train, dev, stacked: false, "stage 1", progress);
        var stages = new List<NerStage> { first.Stage };
        var last = first;
        if (_options.Stacking && train.Length >= _options.Folds)
        {
            var folds = Enumerable.Range(0, _options.Folds).ToArray();
            Parallel.ForEach(folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
            {
                var others = train.Where((_, i) => i % _options.Folds != fold).ToArray();
                var model = TrainStage(others, dev, stacked: false, $"fold {fold + 1}", null);
                progress?.Report($"fold {fold + 1} of {_options.Folds}: development F1 {model.F1:P2}");
                foreach (var document in train.Where((_, i) => i % _options.Folds == fold))
                {
                    document.Context.SetFirstStage(Label(model.Stage, document, stacked: false));
                }
            });
            foreach (var document in dev)
            {
                document.Context.SetFirstStage(Label(first.Stage, document, stacked: false));
            }

            last = TrainStage(train, dev, stacked: true, "stage 2", progress);
            stages.Add(last.Stage);
        }

        var model = new NerModel(_options.Language, _lexicon, stages);
        return new EntityTaggerTrainingResult(NerModelFormat.Write(model), stages.Sum(s => s.Features.Count), last.Seen, last.Epoch, last.History, first.F1, misaligned);
    }

    /// <summary>A document cut into runs, with gold labels per token and its context.</summary>
    private sealed record Prepared(NerTrainingDocument Source, Token[] Tokens, List<(int Start, int End)> Runs, byte[] Gold, DocumentContext Context);

    private static Prepared[] Prepare(IReadOnlyList<NerTrainingDocument> documents, Action? misaligned)
    {
        var prepared = new Prepared[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var document = documents[i];
            var tokens = document.Tokens.ToArray();
            var runs = new List<(int Start, int End)>();
            TaggingRuns.Split(tokens, document.Sentences, runs);
            var runOf = new int[tokens.Length];
            for (var r = 0; r < runs.Count; r++)
            {
                runOf.AsSpan(runs[r].Start, runs[r].End - runs[r].Start).Fill(r);
            }

            var spans = new List<(int Start, int End, EntityType Type)>();
            var t = 0;
            foreach (var mention in document.Mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End))
            {
                while (t < tokens.Length && tokens[t].End <= mention.Start)
                {
                    t++;
                }

                var start = t;
                while (start < tokens.Length && tokens[start].Start < mention.Start)
                {
                    start++;
                }

                var end = start;
                while (end < tokens.Length && tokens[end].End <= mention.End)
                {
                    end++;
                }

                if (end == start || (start < tokens.Length && tokens[start].Start != mention.Start) || tokens[end - 1].End != mention.End)
                {
                    misaligned?.Invoke();
                }

                if (end > start && runOf[start] == runOf[end - 1] && (spans.Count == 0 || spans[^1].End <= start))
                {
                    spans.Add((start, end, mention.Type));
                }
            }

            var gold = new byte[tokens.Length];
            EntityLabels.Encode([.. spans], gold);
            prepared[i] = new Prepared(document, tokens, runs, gold, DocumentContext.Of(document.Text, tokens, document.Sentences));
        });
        return prepared;
    }

    /// <summary>The labels a stage gives a whole document (as the tagger would).</summary>
    private byte[] Label(NerStage stage, Prepared document, bool stacked)
    {
        var labels = new byte[document.Tokens.Length];
        var features = ArrayPool<uint>.Shared.Rent(TaggingRuns.MaxTokens * F);
        var counts = ArrayPool<byte>.Shared.Rent(TaggingRuns.MaxTokens);
        var scores = ArrayPool<int>.Shared.Rent(TaggingRuns.MaxTokens * L);
        try
        {
            foreach (var (start, end) in document.Runs)
            {
                _extractor.Extract(document.Source.Text, document.Tokens, start, end, document.Context, stacked, features, counts);
                stage.Decode(document.Tokens.AsSpan(start, end - start), features, counts, scores, labels.AsSpan(start, end - start));
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<byte>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(scores);
        }

        return labels;
    }

    private sealed record StageResult(NerStage Stage, double F1, int Epoch, int Seen, IReadOnlyList<double> History);

    private StageResult TrainStage(Prepared[] training, Prepared[] development, bool stacked, string name, IProgress<string>? progress)
    {
        var hashed = Hash(training, stacked);
        var counts = new Dictionary<uint, int>();
        foreach (var run in hashed)
        {
            foreach (var feature in run.Features)
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        var index = new Dictionary<uint, int>();
        var keys = new List<uint>();
        foreach (var run in hashed)
        {
            foreach (var feature in run.Features)
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
            foreach (var run in hashed)
            {
                for (var t = 0; t + 1 < run.Offsets.Length; t++)
                {
                    var half = (run.Offsets[t + 1] - run.Offsets[t]) / 2;
                    for (var k = run.Offsets[t] + half; k < run.Offsets[t + 1]; k++)
                    {
                        domainCopies.Add(run.Features[k]);
                    }
                }
            }
        }

        var seen = counts.Count - domainCopies.Count;
        counts.Clear();
        var train = hashed.Select(s => s.Indexed(index)).ToArray();
        hashed = [];
        var dev = Hash(development, stacked).Select(s => s.Indexed(index)).ToArray();

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
            progress?.Report($"{name}, epoch {epoch}: {mistakes} of {train.Length} runs wrong; development F1 {(dev.Length > 0 ? $"{f1:P2}" : "n/a")}");
            if (f1 > best.F1)
            {
                best = (epoch, f1, averaged);
            }
        }

        var stage = Quantise(best.Averaged ?? weights.Averaged(), keys, domainCopies);
        return new StageResult(stage, dev.Length > 0 ? best.F1 : double.NaN, best.Epoch, seen, history);
    }

    private HashedRun[] Hash(Prepared[] documents, bool stacked)
    {
        var perDocument = new HashedRun[documents.Length][];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d =>
        {
            var document = documents[d];
            var runs = new HashedRun[document.Runs.Count];
            var buffer = ArrayPool<uint>.Shared.Rent(TaggingRuns.MaxTokens * F);
            var counts = ArrayPool<byte>.Shared.Rent(TaggingRuns.MaxTokens);
            try
            {
                for (var r = 0; r < runs.Length; r++)
                {
                    var (start, end) = document.Runs[r];
                    var n = end - start;
                    _extractor.Extract(document.Source.Text, document.Tokens, start, end, document.Context, stacked, buffer, counts);
                    var copies = _options.SeparateDomains ? 2 : 1;
                    var offsets = new int[n + 1];
                    for (var t = 0; t < n; t++)
                    {
                        offsets[t + 1] = offsets[t] + (copies * counts[t]);
                    }

                    var features = new uint[offsets[n]];
                    for (var t = 0; t < n; t++)
                    {
                        var own = buffer.AsSpan(t * F, counts[t]);
                        own.CopyTo(features.AsSpan(offsets[t]));
                        if (copies == 2)
                        {
                            for (var k = 0; k < own.Length; k++)
                            {
                                features[offsets[t] + own.Length + k] = InDomain(own[k], document.Source.Domain);
                            }
                        }
                    }

                    runs[r] = new HashedRun(features, offsets, document.Gold[start..end], document.Tokens[start..end]);
                }
            }
            finally
            {
                ArrayPool<uint>.Shared.Return(buffer);
                ArrayPool<byte>.Shared.Return(counts);
            }

            perDocument[d] = runs;
        });
        return [.. perDocument.SelectMany(runs => runs)];
    }

    /// <summary>The copy of a feature that belongs to one domain.</summary>
    private static uint InDomain(uint feature, int domain) => FeatureHash.Feature(DomainTemplate + domain, feature);

    /// <summary>Mention F1 (exact token spans and type) of the weights on the runs.</summary>
    private static double Score(float[] weights, IndexedRun[] runs)
    {
        long correct = 0, predicted = 0, gold = 0;
        var truth = new List<(int, int, EntityType)>();
        var guess = new List<(int, int, EntityType)>();
        foreach (var run in runs)
        {
            var labels = Weights.Decode(weights, run);
            truth.Clear();
            guess.Clear();
            EntityLabels.Decode(run.Labels, truth);
            EntityLabels.Decode(labels, guess);
            gold += truth.Count;
            predicted += guess.Count;
            correct += guess.Count(truth.Contains);
        }

        return correct == 0 ? 0 : 2.0 * correct / (gold + predicted);
    }

    private NerStage Quantise(float[] averaged, List<uint> keys, HashSet<uint> domainCopies)
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
        return new NerStage(new FeatureTable([.. rows.Select(r => r.Key)], weights), transitions, start, end, scale);
    }

    /// <summary>A run's feature hashes, token by token (<c>Features[Offsets[t]..Offsets[t+1]]</c>), and its gold labels.</summary>
    private sealed record HashedRun(uint[] Features, int[] Offsets, byte[] Labels, Token[] Tokens)
    {
        public IndexedRun Indexed(Dictionary<uint, int> index)
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

            return new IndexedRun([.. features], offsets, Labels, Tokens);
        }
    }

    /// <summary>A run's features as offsets of weight rows, token by token, and its gold labels.</summary>
    private sealed record IndexedRun(int[] Rows, int[] Offsets, byte[] Labels, Token[] Tokens);

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

        public bool Learn(IndexedRun run)
        {
            var predicted = Decode(_w, run);
            var gold = run.Labels;
            var wrong = !predicted.AsSpan().SequenceEqual(gold);
            if (wrong)
            {
                var n = gold.Length;
                for (var t = 0; t < n; t++)
                {
                    if (predicted[t] != gold[t])
                    {
                        for (var k = run.Offsets[t]; k < run.Offsets[t + 1]; k++)
                        {
                            Update(run.Rows[k] + gold[t], 1);
                            Update(run.Rows[k] + predicted[t], -1);
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

        public static byte[] Decode(float[] weights, IndexedRun run)
        {
            var n = run.Labels.Length;
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
                    for (var k = run.Offsets[t]; k < run.Offsets[t + 1]; k++)
                    {
                        var w = weights.AsSpan(run.Rows[k], L);
                        for (var y = 0; y < L; y++)
                        {
                            row[y] += w[y];
                        }
                    }
                }

                EntityLabels.Restrict(run.Tokens, scores, 1e6f);
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
