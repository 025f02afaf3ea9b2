namespace Vigie.Times.Matching;

/// <summary>A <see cref="TimePattern"/> turned into elements over the lexicon, ready to match.</summary>
internal sealed class CompiledPattern(TimePattern source, int order, PatternElement[] elements)
{
    public TimePattern Source { get; } = source;

    /// <summary>The pattern's rank in its language's list: on equal spans, the lower wins.</summary>
    public int Order { get; } = order;

    public PatternElement[] Elements { get; } = elements;

    /// <summary>The fewest tokens a match takes (required elements, context included).</summary>
    public int MinLength { get; } = elements.Count(e => !e.Optional && !e.Negative);

    public TimePatternKind Kind => Source.Kind;

    public int Parameter => Source.Parameter;

    public string? Value => Source.Value;

    public override string ToString() => Source.Pattern;
}
