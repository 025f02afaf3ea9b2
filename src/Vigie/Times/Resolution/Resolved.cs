namespace Vigie.Times.Resolution;

/// <summary>What a resolution rule made of a match: everything of a <see cref="TimeExpression"/> but its span.</summary>
internal struct Resolved
{
    public TimeType Type;
    public string? Value;
    public bool Approximate;
    public TimeAnchor Anchor;
    public TimeModifier Modifier;

    /// <summary>The words are no time expression (<see cref="TimePatternKind.Exclusion"/>): skip them.</summary>
    public bool Excluded;

    /// <summary>The value is a time of day placed on the day last mentioned or on the publication day.</summary>
    public bool ClockOnReference;

    /// <summary>The day the value points at, when it has day precision: it becomes the reference of later expressions.</summary>
    public DateOnly? Day;
}
