using System.Buffers;
using System.Numerics;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Finds the best label sequence of a sentence under first-order scores: one emission score per
/// token and label, one transition score per pair of labels, and scores for starting and ending a
/// sentence with a label. Only valid BILOU sequences are considered (<see cref="EntityLabels.CanFollow"/>).
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = EntityLabels.Count;

    /// <summary>For each label, the labels that may come before it.</summary>
    private static readonly byte[][] Predecessors = BuildPredecessors();

    /// <summary>
    /// Writes the best valid labels into <paramref name="labels"/> (one per token) and returns the
    /// score of that sequence. <paramref name="emissions"/> holds <see cref="EntityLabels.Count"/>
    /// scores per token, <paramref name="transitions"/> one per (previous, next) pair, row-major.
    /// </summary>
    public static T Decode<T>(ReadOnlySpan<T> emissions, ReadOnlySpan<T> transitions, ReadOnlySpan<T> start, ReadOnlySpan<T> end, Span<byte> labels)
        where T : unmanaged, INumber<T>
    {
        var n = labels.Length;
        if (n == 0)
        {
            return T.Zero;
        }

        if (emissions.Length < n * L || transitions.Length < L * L || start.Length < L || end.Length < L)
        {
            throw new ArgumentException("Score tables are too short.", nameof(emissions));
        }

        var backRented = ArrayPool<byte>.Shared.Rent(n * L);
        try
        {
            var back = backRented.AsSpan(0, n * L);
            Span<T> previous = stackalloc T[L];
            Span<T> current = stackalloc T[L];
            Span<bool> valid = stackalloc bool[L];
            Span<bool> validNext = stackalloc bool[L];
            var offset = T.Zero;
            for (var y = 0; y < L; y++)
            {
                valid[y] = EntityLabels.CanStart(y);
                previous[y] = valid[y] ? start[y] + emissions[y] : T.Zero;
            }

            for (var i = 1; i < n; i++)
            {
                var row = emissions.Slice(i * L, L);
                var best = T.Zero;
                var any = false;
                for (var y = 0; y < L; y++)
                {
                    var found = false;
                    var score = T.Zero;
                    byte from = 0;
                    foreach (var p in Predecessors[y])
                    {
                        if (!valid[p])
                        {
                            continue;
                        }

                        var candidate = previous[p] + transitions[(p * L) + y];
                        if (!found || candidate > score)
                        {
                            score = candidate;
                            from = p;
                            found = true;
                        }
                    }

                    validNext[y] = found;
                    back[(i * L) + y] = from;
                    current[y] = found ? score + row[y] : T.Zero;
                    if (found && (!any || current[y] > best))
                    {
                        best = current[y];
                        any = true;
                    }
                }

                // Keep the numbers small: only differences between paths matter.
                for (var y = 0; y < L; y++)
                {
                    previous[y] = current[y] - best;
                }

                offset += best;
                validNext.CopyTo(valid);
            }

            var last = -1;
            var total = T.Zero;
            for (var y = 0; y < L; y++)
            {
                if (valid[y] && EntityLabels.CanEnd(y) && (last < 0 || previous[y] + end[y] > total))
                {
                    last = y;
                    total = previous[y] + end[y];
                }
            }

            labels[n - 1] = (byte)last;
            for (var i = n - 1; i > 0; i--)
            {
                labels[i - 1] = back[(i * L) + labels[i]];
            }

            return total + offset;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(backRented);
        }
    }

    private static byte[][] BuildPredecessors()
    {
        var table = new byte[L][];
        for (var y = 0; y < L; y++)
        {
            table[y] = [.. Enumerable.Range(0, L).Where(p => EntityLabels.CanFollow(p, y)).Select(p => (byte)p)];
        }

        return table;
    }
}
