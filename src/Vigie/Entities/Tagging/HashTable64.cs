using System.Runtime.CompilerServices;

namespace Vigie.Entities.Tagging;

/// <summary>
/// A frozen map from 64-bit hashes to non-zero 32-bit values, by open addressing (linear probing,
/// at most half full): the tagger's word lexicon and gazetteer. Lookups allocate nothing.
/// </summary>
internal sealed class HashTable64
{
    private readonly ulong[] _keys;
    private readonly uint[] _values;
    private readonly int _mask;

    /// <summary>Builds the table; keys must be distinct and values non-zero.</summary>
    public HashTable64(ReadOnlySpan<ulong> keys, ReadOnlySpan<uint> values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("As many values as keys are needed.", nameof(values));
        }

        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _values = new uint[capacity];
        _mask = capacity - 1;
        Count = keys.Length;
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i] == 0)
            {
                throw new ArgumentException("Values must not be 0.", nameof(values));
            }

            var slot = Slot(keys[i]);
            while (_values[slot] != 0)
            {
                if (_keys[slot] == keys[i])
                {
                    throw new ArgumentException("Keys must be distinct.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
    }

    public static HashTable64 Empty { get; } = new([], []);

    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, or 0 when it is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Get(ulong key)
    {
        var slot = Slot(key);
        while (true)
        {
            var value = _values[slot];
            if (value == 0 || _keys[slot] == key)
            {
                return value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The entries, ordered by key (for saving: the same table always gives the same bytes).</summary>
    public IEnumerable<(ulong Key, uint Value)> Entries()
    {
        var list = new List<(ulong, uint)>(Count);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_values[i] != 0)
            {
                list.Add((_keys[i], _values[i]));
            }
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);
}
