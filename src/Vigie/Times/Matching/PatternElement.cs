namespace Vigie.Times.Matching;

/// <summary>One element of a compiled pattern: the words and classes it accepts, and how it takes part.</summary>
internal sealed class PatternElement(int[] words, ulong classes, bool optional, bool context, bool negative)
{
    /// <summary>Lexicon ids of the words it accepts, sorted.</summary>
    public int[] Words { get; } = words;

    /// <summary>The <see cref="TokenClass"/> bits it accepts.</summary>
    public ulong Classes { get; } = classes;

    /// <summary>The element may be skipped.</summary>
    public bool Optional { get; } = optional;

    /// <summary>The element must match but stays out of the span (&lt;en&gt;).</summary>
    public bool Context { get; } = context;

    /// <summary>The element must not match the next token (!'s).</summary>
    public bool Negative { get; } = negative;

    public bool Accepts(in TimeToken token)
    {
        if ((token.Classes & Classes) != 0)
        {
            return true;
        }

        return token.Word is { } word && Words.Length > 0 && Array.BinarySearch(Words, word.Id) >= 0;
    }
}
