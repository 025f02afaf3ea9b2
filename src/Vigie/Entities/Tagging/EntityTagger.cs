using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Finds named-entity mentions (<see cref="EntityType"/> person, organisation, location, misc) in
/// tokenised text with a model trained by <see cref="EntityTaggerTrainer"/>: hashed features
/// (<see cref="FeatureExtractor"/>), quantised averaged-perceptron weights and Viterbi decoding over
/// BILOU labels, sentence by sentence; a second stage reads the first one's labels across the whole
/// document. Thread-safe and immutable once loaded.
/// </summary>
public sealed class EntityTagger
{
    private const int L = EntityLabels.Count;
    private const int F = FeatureExtractor.MaxFeatures;

    // A label this many perceptron units ahead of another is e times as likely (confidence only).
    private const float UnitsPerNat = 2f;

    private static readonly ConcurrentDictionary<string, Lazy<EntityTagger?>> Embedded = new(StringComparer.Ordinal);

    private readonly NerModel _model;
    private readonly FeatureExtractor _extractor;

    internal EntityTagger(NerModel model)
    {
        _model = model;
        _extractor = new FeatureExtractor(model.Lexicon);
    }

    /// <summary>The ISO 639-1 code of the language the model was trained for.</summary>
    public string Language => _model.Language;

    /// <summary>How many weighted features the model holds (all stages).</summary>
    public int FeatureCount => _model.Stages.Sum(s => s.Features.Count);

    /// <summary>How many stages the model has: 1, or 2 when a second stage reads the first one's labels.</summary>
    public int Stages => _model.Stages.Count;

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
        var all = tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : [.. tokens];
        var n = all.Length;
        if (n == 0)
        {
            return;
        }

        var runs = new List<(int Start, int End)>();
        TaggingRuns.Split(all, sentences, runs);
        var context = DocumentContext.Of(text, all, sentences);
        var labels = ArrayPool<byte>.Shared.Rent(n);
        var scores = ArrayPool<int>.Shared.Rent(TaggingRuns.MaxTokens * L);
        var features = ArrayPool<uint>.Shared.Rent(n * F);
        var counts = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            // Every stage reads the features of the first; the second adds its own (the first stage's labels).
            for (var stage = 0; stage < _model.Stages.Count; stage++)
            {
                var model = _model.Stages[stage];
                var last = stage == _model.Stages.Count - 1;
                if (stage > 0)
                {
                    context.SetFirstStage(labels.AsSpan(0, n));
                }

                foreach (var (start, end) in runs)
                {
                    var path = labels.AsSpan(start, end - start);
                    var runFeatures = features.AsSpan(start * F, (end - start) * F);
                    var runCounts = counts.AsSpan(start, end - start);
                    if (stage == 0)
                    {
                        _extractor.Extract(text, all, start, end, context, stacked: false, runFeatures, runCounts);
                    }
                    else
                    {
                        FeatureExtractor.AppendStacked(start, end, context, runFeatures, runCounts);
                    }

                    model.Decode(all[start..end], runFeatures, runCounts, scores, path);
                    if (last)
                    {
                        Emit(all[start..end], path, model, scores, output);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<int>.Shared.Return(scores);
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<byte>.Shared.Return(counts);
        }
    }

    private static void Emit(ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> path, NerStage model, int[] scores, List<EntityMention> output)
    {
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            var part = EntityLabels.PartOf(path[i]);
            if (part is LabelPart.Begin or LabelPart.Unit)
            {
                start = i;
            }

            if (part is LabelPart.Last or LabelPart.Unit && start >= 0)
            {
                var confidence = model.Confidence(scores, path, start, i + 1, UnitsPerNat);
                output.Add(new EntityMention(tokens[start].Start, tokens[i].End, EntityLabels.TypeOf(path[i]), confidence));
                start = -1;
            }
        }
    }

    private static EntityTagger? LoadEmbedded(string language)
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName(language));
        return stream is null ? null : Load(stream);
    }
}
