using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigie.Entities.Tagging;

/// <summary>
/// The weights of the tagger's features: for each kept feature hash, one row of
/// <see cref="EntityLabels.Count"/> quantised weights. Lookups go through an open-addressing table
/// (linear probing, at most half full) whose slots hold the key and the row together, so that a
/// lookup touches one cache line before the row itself; nothing is allocated.
/// </summary>
internal sealed class FeatureTable
{
    private const int L = EntityLabels.Count;

    /// <summary>Slots: key in the high 32 bits, row offset in the low 32 bits; 0 when empty (keys are never 0).</summary>
    private readonly ulong[] _slots;

    /// <summary>The rows of weights followed by 16 zeros (for vector reads of the last row).</summary>
    private readonly short[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from distinct non-zero keys (ascending) and their rows, laid end to end.</summary>
    public FeatureTable(uint[] keys, short[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != keys.Length * L)
        {
            throw new ArgumentException("One row of weights per key is needed.", nameof(weights));
        }

        Keys = keys;

        // Rows are read 16 at a time with vector loads: pad the end so the last row can be read that way.
        _weights = new short[weights.Length + 16];
        weights.CopyTo(_weights, 0);
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new ulong[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                throw new ArgumentException("Feature keys must not be 0.", nameof(keys));
            }

            var slot = (int)key & _mask;
            while (_slots[slot] != 0)
            {
                if ((uint)(_slots[slot] >> 32) == key)
                {
                    throw new ArgumentException("Feature keys must be distinct.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)key << 32) | (uint)(row * L);
        }
    }

    /// <summary>The feature hashes, in the order of their rows.</summary>
    public uint[] Keys { get; }

    /// <summary>The rows of weights, <see cref="EntityLabels.Count"/> per key.</summary>
    public ReadOnlySpan<short> Weights => _weights.AsSpan(0, Keys.Length * L);

    public int Count => Keys.Length;

    /// <summary>The offset of the row of <paramref name="key"/> in <see cref="Weights"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slots[slot];
            if ((uint)(found >> 32) == key)
            {
                return (int)(uint)found;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the rows of the features found in the table to <paramref name="scores"/> (<see cref="EntityLabels.Count"/> values).</summary>
    public void AddRows(ReadOnlySpan<uint> features, Span<int> scores)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        if (Vector256.IsHardwareAccelerated && scores.Length >= L)
        {
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            var last = 0;
            foreach (var feature in features)
            {
                var offset = RowOf(feature);
                if (offset < 0)
                {
                    continue;
                }

                var row = Vector256.LoadUnsafe(ref weights, (nuint)offset);
                var (lo, hi) = Vector256.Widen(row);
                low += lo;
                high += hi;
                last += Unsafe.Add(ref weights, offset + 16);
            }

            low.CopyTo(scores);
            high.CopyTo(scores[8..]);
            scores[16] = last;
            return;
        }

        scores[..L].Clear();
        foreach (var feature in features)
        {
            var offset = RowOf(feature);
            if (offset < 0)
            {
                continue;
            }

            for (var y = 0; y < L; y++)
            {
                scores[y] += Unsafe.Add(ref weights, offset + y);
            }
        }
    }
}
