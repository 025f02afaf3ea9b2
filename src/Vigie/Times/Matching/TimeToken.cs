using Vigie.Text;

namespace Vigie.Times.Matching;

/// <summary>
/// A token of the Text stage as the time patterns see it: its lexicon entry, its classes, and the
/// numbers it holds. Built once per token of an article, in a pooled buffer.
/// </summary>
internal struct TimeToken
{
    public int Start;
    public int End;
    public TokenKind Kind;

    /// <summary>The sentence the token belongs to.</summary>
    public int Sentence;

    /// <summary>The lexicon entry, when the word is in the lexicon.</summary>
    public TimeWord? Word;

    /// <summary>The <see cref="TokenClass"/> bits the token satisfies.</summary>
    public ulong Classes;

    public NumberShape Shape;

    /// <summary>The quantity (integer, decimal or number word); NaN when vague or none.</summary>
    public double Value;

    /// <summary>Year, hour or ordinal, by <see cref="Shape"/>; -1 when absent.</summary>
    public int A;

    /// <summary>Month or minute, by <see cref="Shape"/>; -1 when absent.</summary>
    public int B;

    /// <summary>Day, by <see cref="Shape"/>; -1 when absent.</summary>
    public int C;

    /// <summary>The first letter is upper-case.</summary>
    public bool Capitalised;

    /// <summary>No letter is lower-case.</summary>
    public bool AllCapitals;

    /// <summary>A « mi- » word: its month or season is in its middle.</summary>
    public bool Mid;

    public readonly bool Is(TokenClass c) => (Classes & TokenClasses.Of(c)) != 0;

    public readonly int Length => End - Start;
}
