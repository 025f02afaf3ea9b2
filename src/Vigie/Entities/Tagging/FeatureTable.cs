using System.Runtime.CompilerServices;

namespace Vigie.Entities.Tagging;

/// <summary>
/// The weights of the tagger's features: for each kept feature hash, one row of
/// <see cref="EntityLabels.Count"/> quantised weights. Lookups go through an open-addressing table
/// (linear probing, at most half full) and allocate nothing.
/// </summary>
internal sealed class FeatureTable
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _mask;

    /// <summary>Builds the table from distinct non-zero keys (ascending) and their rows, laid end to end.</summary>
    public FeatureTable(uint[] keys, short[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != keys.Length * EntityLabels.Count)
        {
            throw new ArgumentException("One row of weights per key is needed.", nameof(weights));
        }

        Keys = keys;
        Weights = weights;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slotKeys = new uint[capacity];
        _slotRows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                throw new ArgumentException("Feature keys must not be 0.", nameof(keys));
            }

            var slot = (int)key & _mask;
            while (_slotKeys[slot] != 0)
            {
                if (_slotKeys[slot] == key)
                {
                    throw new ArgumentException("Feature keys must be distinct.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = key;
            _slotRows[slot] = row * EntityLabels.Count;
        }
    }

    /// <summary>The feature hashes, in the order of their rows.</summary>
    public uint[] Keys { get; }

    /// <summary>The rows of weights, <see cref="EntityLabels.Count"/> per key.</summary>
    public short[] Weights { get; }

    public int Count => Keys.Length;

    /// <summary>The offset of the row of <paramref name="key"/> in <see cref="Weights"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _slotKeys[slot];
            if (found == key)
            {
                return _slotRows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
