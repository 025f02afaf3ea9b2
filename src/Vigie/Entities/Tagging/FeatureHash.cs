using System.Runtime.CompilerServices;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Stable hashes for the tagger: 64-bit FNV-1a over characters for words and lexicon keys, and a
/// 32-bit mix of a template number with a value for features. Stable across processes and
/// machines (never <see cref="string.GetHashCode()"/>), so models keep their meaning.
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash that stands for "no token here" (before the start or after the end of a sentence).</summary>
    public const ulong Boundary = 0x5bd1e9955bd1e995UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The hash of characters as they are.</summary>
    public static ulong Of(ReadOnlySpan<char> chars)
    {
        var hash = Seed;
        foreach (var c in chars)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>The hash of a sequence of word hashes (a gazetteer entry and its prefixes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Chain(ulong sequence, ulong word) => Finish(sequence ^ (word + 0x9E3779B97F4A7C15UL + (sequence << 6) + (sequence >> 2)));

    /// <summary>Combines two values into one (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pair(ulong first, ulong second) => Finish((first * 0xC2B2AE3D27D4EB4FUL) ^ second);

    /// <summary>A feature: template number and value mixed into 32 bits, never 0 (0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, ulong value)
    {
        var mixed = (uint)(Finish(value ^ ((ulong)(uint)template * 0x9E3779B97F4A7C15UL)) >> 32);
        return mixed == 0 ? 1u : mixed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
