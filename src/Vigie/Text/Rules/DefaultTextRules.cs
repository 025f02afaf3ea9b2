namespace Vigie.Text.Rules;

/// <summary>
/// The rules for a language Vigie has no rules for: nothing language-specific beyond a few Latin
/// abbreviations shared by most languages written in the Latin script. Apostrophes stay inside words,
/// numbers group only with non-breaking or thin spaces.
/// </summary>
public static class DefaultTextRules
{
    /// <summary>The default rules, ready for <see cref="TextRules(TextRulesData)"/>.</summary>
    public static TextRulesData Data { get; } = new()
    {
        Language = "und",
        Abbreviations = ["etc", "cf", "vs"],
        SentenceFinalAbbreviations = ["etc"],
    };
}
