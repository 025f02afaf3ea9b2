namespace Vigie.Times.Matching;

/// <summary>A pattern that matched at some place: the tokens of its span and what each class captured.</summary>
internal struct Candidate
{
    public CompiledPattern Pattern;

    /// <summary>The first token of the span (after any leading context).</summary>
    public int SpanStart;

    /// <summary>The token after the span (before any trailing context).</summary>
    public int SpanEnd;

    public Captures Captures;

    public readonly int Token(TokenClass c) => Captures[(int)c];

    public readonly bool Has(TokenClass c) => Captures[(int)c] >= 0;
}
