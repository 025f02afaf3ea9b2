namespace Vigie.Training.Ner;

/// <summary>How <see cref="WordClustering"/> clusters.</summary>
public sealed record WordClusteringOptions
{
    /// <summary>Words seen fewer times are not clustered.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>At most this many words (the most frequent) are clustered.</summary>
    public int MaxWords { get; init; } = 50_000;

    /// <summary>The most frequent words serve as contexts (left and right neighbours).</summary>
    public int ContextWords { get; init; } = 1_000;

    /// <summary>The depth of the cluster tree (the longest path).</summary>
    public int Depth { get; init; } = 16;

    public int Iterations { get; init; } = 8;

    /// <summary>Clusters smaller than this are not split further.</summary>
    public int MinClusterSize { get; init; } = 3;
}

/// <summary>
/// Hierarchical word clusters learnt from unlabelled text, a cheap stand-in for Brown clusters: each
/// word is described by its left and right neighbours (counts over the most frequent words, square
/// root, unit length), and the vocabulary is split in two again and again by spherical 2-means. A
/// word's cluster is its path of 0s and 1s from the root, so that prefixes give coarser clusters
/// as with Brown clusters. Deterministic: the same sentences give the same paths.
/// </summary>
public static class WordClustering
{
    /// <summary>The path of every clustered word. Words should be folded (lower case) as the lexicon keys them.</summary>
    public static IReadOnlyDictionary<string, string> Cluster(IEnumerable<IReadOnlyList<string>> sentences, WordClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= new WordClusteringOptions();
        var corpus = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in corpus)
        {
            foreach (var word in sentence)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = counts.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(p => p.Key).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            index[vocabulary[i]] = i;
        }

        var k = Math.Min(options.ContextWords, vocabulary.Length);
        var dimensions = (2 * k) + 2;
        var contexts = new Dictionary<int, float>[vocabulary.Length];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = [];
        }

        int ContextOf(IReadOnlyList<string> sentence, int at, int side) =>
            at < 0 || at >= sentence.Count ? (2 * k) + (side < 0 ? 0 : 1)
            : index.TryGetValue(sentence[at], out var c) && c < k ? (side < 0 ? c : k + c)
            : -1;

        foreach (var sentence in corpus)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!index.TryGetValue(sentence[i], out var w))
                {
                    continue;
                }

                foreach (var (at, side) in new[] { (i - 1, -1), (i + 1, 1) })
                {
                    var c = ContextOf(sentence, at, side);
                    if (c >= 0)
                    {
                        contexts[w][c] = contexts[w].GetValueOrDefault(c) + 1;
                    }
                }
            }
        }

        var vectors = new SparseVector[vocabulary.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            var entries = contexts[i].OrderBy(p => p.Key).ToArray();
            var values = entries.Select(p => MathF.Sqrt(p.Value)).ToArray();
            var norm = MathF.Sqrt(values.Sum(v => v * v));
            vectors[i] = new SparseVector([.. entries.Select(p => p.Key)], [.. values.Select(v => norm > 0 ? v / norm : 0)]);
        }

        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<(int[] Members, string Path)>();
        pending.Push(([.. Enumerable.Range(0, vocabulary.Length)], ""));
        while (pending.Count > 0)
        {
            var (members, path) = pending.Pop();
            if (members.Length < options.MinClusterSize || path.Length >= options.Depth || !TrySplit(vectors, members, dimensions, options.Iterations, out var left, out var right))
            {
                foreach (var member in members)
                {
                    paths[vocabulary[member]] = path;
                }

                continue;
            }

            pending.Push((right, path + "1"));
            pending.Push((left, path + "0"));
        }

        return paths;
    }

    /// <summary>Spherical 2-means: seeds are the most frequent member and the member least like it.</summary>
    private static bool TrySplit(SparseVector[] vectors, int[] members, int dimensions, int iterations, out int[] left, out int[] right)
    {
        var a = new float[dimensions];
        var b = new float[dimensions];
        var seedA = members[0];
        vectors[seedA].AddTo(a, 1);
        var seedB = -1;
        var lowest = float.MaxValue;
        foreach (var member in members)
        {
            var similarity = vectors[member].Dot(a);
            if (member != seedA && similarity < lowest)
            {
                lowest = similarity;
                seedB = member;
            }
        }

        left = right = [];
        if (seedB < 0)
        {
            return false;
        }

        vectors[seedB].AddTo(b, 1);
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var toRight = vectors[members[i]].Dot(b) > vectors[members[i]].Dot(a);
                changed |= toRight != side[i] || iteration == 0;
                side[i] = toRight;
            }

            if (!changed)
            {
                break;
            }

            Array.Clear(a);
            Array.Clear(b);
            for (var i = 0; i < members.Length; i++)
            {
                vectors[members[i]].AddTo(side[i] ? b : a, 1);
            }

            Normalise(a);
            Normalise(b);
        }

        left = [.. members.Where((_, i) => !side[i])];
        right = [.. members.Where((_, i) => side[i])];
        return left.Length > 0 && right.Length > 0;
    }

    private static void Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }

    private readonly record struct SparseVector(int[] Indices, float[] Values)
    {
        public float Dot(float[] dense)
        {
            var sum = 0f;
            for (var i = 0; i < Indices.Length; i++)
            {
                sum += Values[i] * dense[Indices[i]];
            }

            return sum;
        }

        public void AddTo(float[] dense, float weight)
        {
            for (var i = 0; i < Indices.Length; i++)
            {
                dense[Indices[i]] += weight * Values[i];
            }
        }
    }
}
