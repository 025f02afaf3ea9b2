using System.Runtime.CompilerServices;

namespace Vigie.Times.Matching;

/// <summary>For each <see cref="TokenClass"/>, the first token of a match that filled it (-1: none).</summary>
[InlineArray(Size)]
internal struct Captures
{
    public const int Size = 32;

    private int _first;
}
