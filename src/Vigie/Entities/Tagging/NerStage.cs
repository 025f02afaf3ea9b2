using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// One stage of a model: quantised feature weights and label transitions, and the decoding that
/// turns a run's features into labels (emission scores, then Viterbi). Immutable.
/// </summary>
internal sealed class NerStage
{
    private const int L = EntityLabels.Count;

    /// <summary>Taken off the score of a label a token cannot bear: more than any sum of weights.</summary>
    private const int Forbidden = 1 << 27;

    private readonly int[] _transitions;
    private readonly int[] _start;
    private readonly int[] _end;

    public NerStage(FeatureTable features, short[] transitions, short[] start, short[] end, float scale)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (transitions.Length != L * L || start.Length != L || end.Length != L)
        {
            throw new ArgumentException("Transition tables of the wrong size.", nameof(transitions));
        }

        Features = features;
        Transitions = transitions;
        Start = start;
        End = end;
        Scale = scale > 0 ? scale : throw new ArgumentOutOfRangeException(nameof(scale));
        _transitions = [.. transitions.Select(w => (int)w)];
        _start = [.. start.Select(w => (int)w)];
        _end = [.. end.Select(w => (int)w)];
    }

    public FeatureTable Features { get; }

    /// <summary>Quantised transition weights, <c>[previous * L + next]</c>.</summary>
    public short[] Transitions { get; }

    public short[] Start { get; }

    public short[] End { get; }

    /// <summary>Quantised units per unit of the perceptron's score (for confidences).</summary>
    public float Scale { get; }

    /// <summary>
    /// Labels a run of tokens from their features (<see cref="FeatureExtractor.MaxFeatures"/>
    /// slots per token); leaves the emission scores in <paramref name="scores"/> (L per token).
    /// </summary>
    public void Decode(ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> features, ReadOnlySpan<byte> counts, Span<int> scores, Span<byte> labels)
    {
        var n = tokens.Length;
        Score(features, counts, n, scores);
        EntityLabels.Restrict(tokens, scores[..(n * L)], Forbidden);
        ViterbiDecoder.Decode<int>(scores[..(n * L)], _transitions, _start, _end, labels[..n]);
    }

    /// <summary>
    /// A rough confidence for the mention over tokens [start, end) of a decoded run: the geometric mean,
    /// over its tokens, of the probability of the chosen label given its neighbours' labels (local
    /// softmax over emission and both transitions). Not calibrated.
    /// </summary>
    public double Confidence(ReadOnlySpan<int> scores, ReadOnlySpan<byte> path, int start, int end, float unitsPerNat)
    {
        var perNat = Scale * unitsPerNat;
        var logTotal = 0.0;
        Span<double> local = stackalloc double[L];
        for (var i = start; i < end; i++)
        {
            var row = scores.Slice(i * L, L);
            var previous = i > 0 ? path[i - 1] : -1;
            var next = i + 1 < path.Length ? path[i + 1] : -1;
            var best = double.NegativeInfinity;
            for (var y = 0; y < L; y++)
            {
                var allowed = (previous < 0 ? EntityLabels.CanStart(y) : EntityLabels.CanFollow(previous, y))
                    && (next < 0 ? EntityLabels.CanEnd(y) : EntityLabels.CanFollow(y, next));
                local[y] = allowed
                    ? row[y] + (previous < 0 ? _start[y] : _transitions[(previous * L) + y]) + (next < 0 ? _end[y] : _transitions[(y * L) + next])
                    : double.NegativeInfinity;
                best = Math.Max(best, local[y]);
            }

            var sum = 0.0;
            foreach (var score in local)
            {
                sum += Math.Exp((score - best) / perNat);
            }

            logTotal += ((local[path[i]] - best) / perNat) - Math.Log(sum);
        }

        return Math.Round(Math.Exp(logTotal / (end - start)), 4);
    }

    private void Score(ReadOnlySpan<uint> features, ReadOnlySpan<byte> counts, int n, Span<int> scores)
    {
        for (var i = 0; i < n; i++)
        {
            Features.AddRows(features.Slice(i * FeatureExtractor.MaxFeatures, counts[i]), scores.Slice(i * L, L));
        }
    }
}
