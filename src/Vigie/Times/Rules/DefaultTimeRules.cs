using K = Vigie.Times.TimePatternKind;

namespace Vigie.Times.Rules;

/// <summary>
/// Time expressions any language writes the same way: dates in figures ("2025-09-03", "03/09/2025",
/// day first) and times of day ("14:30"). A language with words of its own gets its own rules.
/// </summary>
public static class DefaultTimeRules
{
    /// <summary>The default rules, ready for <see cref="TimeRules(TimeRulesData)"/>.</summary>
    public static TimeRulesData Data { get; } = new()
    {
        Language = "und",
        DayFirst = true,
        Patterns =
        [
            new("{numdate}", K.NumericDate),
            new("{clock}", K.Clock),
        ],
    };
}
