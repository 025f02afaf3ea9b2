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

    /// <summary>The value is the day last mentioned and takes the time of day last mentioned on it (<see cref="TimePatternKind.SameMoment"/>).</summary>
    public bool SameMoment;

    /// <summary>The value is the month of publication and takes the year named beside it in its sentence (<see cref="TimePatternKind.SameTimeOfYear"/>).</summary>
    public bool SameTimeOfYear;

    /// <summary>The day the value points at, when it has day precision: it becomes the reference of later expressions.</summary>
    public DateOnly? Day;
}
