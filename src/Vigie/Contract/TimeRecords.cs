using Vigie.Times;

namespace Vigie.Contract;

/// <summary>How a <see cref="TimeExpression"/> is written in the output contract (docs/FORMAT.md).</summary>
public static class TimeRecords
{
    public static TimeRecord Of(TimeExpression time, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TimeRecord(
            time.In(text).ToString(),
            time.Start,
            time.End,
            TypeName(time.Type),
            time.Value,
            time.Approximate,
            AnchorName(time.Anchor),
            ModifierName(time.Modifier));
    }

    /// <summary>"date", "time", "duration" or "set".</summary>
    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "date",
        TimeType.Time => "time",
        TimeType.Duration => "duration",
        _ => "set",
    };

    /// <summary>"publication", "text", or null when the value needed no anchor.</summary>
    public static string? AnchorName(TimeAnchor anchor) => anchor switch
    {
        TimeAnchor.Publication => "publication",
        TimeAnchor.Text => "text",
        _ => null,
    };

    /// <summary>The TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS; null for none.</summary>
    public static string? ModifierName(TimeModifier modifier) => modifier switch
    {
        TimeModifier.Approx => "APPROX",
        TimeModifier.Start => "START",
        TimeModifier.Mid => "MID",
        TimeModifier.End => "END",
        TimeModifier.MoreThan => "MORE_THAN",
        TimeModifier.LessThan => "LESS_THAN",
        TimeModifier.EqualOrMore => "EQUAL_OR_MORE",
        TimeModifier.EqualOrLess => "EQUAL_OR_LESS",
        _ => null,
    };
}
