using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Finds named-entity mentions (<see cref="EntityType"/> person, organisation, location, misc) in
/// tokenised text with a model trained by <see cref="EntityTaggerTrainer"/>: hashed features
/// (<see cref="FeatureExtractor"/>), quantised averaged-perceptron weights and Viterbi decoding over
/// BILOU labels, sentence by sentence. Thread-safe and immutable once loaded.
/// </summary>
public sealed class EntityTagger
{
    /// <summary>Sentences longer than this many tokens are tagged in pieces of this size.</summary>
    public const int MaxChunkTokens = 256;

    private const int L = EntityLabels.Count;

    // A label this many perceptron units ahead of another is e times as likely (confidence only).
    private const float UnitsPerNat = 2f;

    private static readonly ConcurrentDictionary<string, Lazy<EntityTagger?>> Embedded = new(StringComparer.Ordinal);

    private readonly NerModel _model;
    private readonly FeatureExtractor _extractor;
    private readonly int[] _transitions;
    private readonly int[] _start;
    private readonly int[] _end;

    internal EntityTagger(NerModel model)
    {
        _model = model;
        _extractor = new FeatureExtractor(model.Lexicon);
        _transitions = [.. model.Transitions.Select(w => (int)w)];
        _start = [.. model.Start.Select(w => (int)w)];
        _end = [.. model.End.Select(w => (int)w)];
    }

    /// <summary>The ISO 639-1 code of the language the model was trained for.</summary>
    public string Language => _model.Language;

    /// <summary>How many weighted features the model holds.</summary>
    public int FeatureCount => _model.Features.Count;

    internal NerModel Model => _model;

    /// <summary>The name of the embedded model of a language: <c>Vigie.Models.ner-fr.bin</c>.</summary>
    public static string ResourceName(string language) => $"Vigie.Models.ner-{language}.bin";

    /// <summary>
    /// The shipped model of <paramref name="language"/> (an embedded resource), loaded on first use and
    /// shared; null when Vigie has no named-entity model for that language.
    /// </summary>
    public static EntityTagger? ForLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Embedded.GetOrAdd(language, code => new Lazy<EntityTagger?>(() => LoadEmbedded(code), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>Whether an embedded model exists for <paramref name="language"/> (without loading it).</summary>
    public static bool HasModel(string language) =>
        typeof(EntityTagger).Assembly.GetManifestResourceInfo(ResourceName(language)) is not null;

    /// <summary>Reads a model written by <see cref="EntityTaggerTrainer"/>.</summary>
    public static EntityTagger Load(ReadOnlySpan<byte> model) => new(NerModelFormat.Read(model));

    /// <summary>Reads a model from a stream (to its end).</summary>
    public static EntityTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Load(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    /// <summary>The mentions in <paramref name="text"/>, in text order, never overlapping.</summary>
    public IReadOnlyList<EntityMention> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var output = new List<EntityMention>();
        Tag(text, tokens, sentences, output);
        return output;
    }

    /// <summary>
    /// Appends the mentions in <paramref name="text"/> to <paramref name="output"/>, in text order. Tokens
    /// are tagged sentence by sentence (a mention never crosses a sentence); tokens outside every
    /// sentence are tagged as runs of their own.
    /// </summary>
    public void Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, List<EntityMention> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(output);
        Token[]? copied = null;
        var all = tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : (copied = [.. tokens]);
        var document = DocumentCase.Of(text, tokens, sentences);
        var t = 0;
        var s = 0;
        while (t < all.Length)
        {
            while (s < sentences.Count && sentences[s].End <= all[t].Start)
            {
                s++;
            }

            // A run: the tokens that start inside sentence s, or those before it that no sentence holds.
            var limit = s >= sentences.Count ? int.MaxValue
                : sentences[s].Start <= all[t].Start ? sentences[s].End
                : sentences[s].Start;
            var end = t + 1;
            while (end < all.Length && all[end].Start < limit)
            {
                end++;
            }

            for (var chunk = t; chunk < end; chunk += MaxChunkTokens)
            {
                TagRun(text, all[chunk..Math.Min(end, chunk + MaxChunkTokens)], document, output);
            }

            t = end;
        }

        GC.KeepAlive(copied);
    }

    /// <summary>The best labels of one sentence (for evaluation and tests).</summary>
    internal void Label(string text, ReadOnlySpan<Token> tokens, DocumentCase document, Span<byte> labels)
    {
        var scores = ArrayPool<int>.Shared.Rent(tokens.Length * L);
        try
        {
            Score(text, tokens, document, scores);
            ViterbiDecoder.Decode<int>(scores.AsSpan(0, tokens.Length * L), _transitions, _start, _end, labels[..tokens.Length]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scores);
        }
    }

    private void TagRun(string text, ReadOnlySpan<Token> tokens, DocumentCase document, List<EntityMention> output)
    {
        var n = tokens.Length;
        var scores = ArrayPool<int>.Shared.Rent(n * L);
        var labels = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Score(text, tokens, document, scores);
            var path = labels.AsSpan(0, n);
            ViterbiDecoder.Decode<int>(scores.AsSpan(0, n * L), _transitions, _start, _end, path);
            var start = -1;
            for (var i = 0; i < n; i++)
            {
                var part = EntityLabels.PartOf(path[i]);
                if (part is LabelPart.Begin or LabelPart.Unit)
                {
                    start = i;
                }

                if (part is LabelPart.Last or LabelPart.Unit && start >= 0)
                {
                    output.Add(new EntityMention(tokens[start].Start, tokens[i].End, EntityLabels.TypeOf(path[i]), Confidence(scores, path, start, i + 1)));
                    start = -1;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scores);
            ArrayPool<byte>.Shared.Return(labels);
        }
    }

    /// <summary>Emission scores: for each token, the sum of its features' weight rows.</summary>
    private void Score(string text, ReadOnlySpan<Token> tokens, DocumentCase document, int[] scores)
    {
        var n = tokens.Length;
        var features = ArrayPool<uint>.Shared.Rent(n * FeatureExtractor.MaxFeatures);
        var counts = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            _extractor.Extract(text, tokens, document, features, counts);
            var table = _model.Features;
            var weights = table.Weights;
            for (var i = 0; i < n; i++)
            {
                var row = scores.AsSpan(i * L, L);
                row.Clear();
                var own = features.AsSpan(i * FeatureExtractor.MaxFeatures, counts[i]);
                foreach (var feature in own)
                {
                    var offset = table.RowOf(feature);
                    if (offset < 0)
                    {
                        continue;
                    }

                    var w = weights.AsSpan(offset, L);
                    for (var y = 0; y < L; y++)
                    {
                        row[y] += w[y];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<byte>.Shared.Return(counts);
        }
    }

    /// <summary>
    /// A rough confidence for the mention over tokens [start, end): the mean, over its tokens, of the
    /// local softmax probability of the chosen label given the previous one. Not calibrated.
    /// </summary>
    private double Confidence(int[] scores, ReadOnlySpan<byte> path, int start, int end)
    {
        var perNat = _model.Scale * UnitsPerNat;
        var total = 0.0;
        Span<double> local = stackalloc double[L];
        for (var i = start; i < end; i++)
        {
            var row = scores.AsSpan(i * L, L);
            var previous = i > 0 ? path[i - 1] : -1;
            for (var y = 0; y < L; y++)
            {
                var allowed = previous < 0 ? EntityLabels.CanStart(y) : EntityLabels.CanFollow(previous, y);
                local[y] = allowed ? row[y] + (previous < 0 ? _start[y] : _transitions[(previous * L) + y]) : double.NegativeInfinity;
            }

            var chosen = local[path[i]];
            var sum = 0.0;
            foreach (var score in local)
            {
                sum += Math.Exp((score - chosen) / perNat);
            }

            total += 1 / sum;
        }

        return Math.Round(total / (end - start), 4);
    }

    private static EntityTagger? LoadEmbedded(string language)
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName(language));
        return stream is null ? null : Load(stream);
    }
}
