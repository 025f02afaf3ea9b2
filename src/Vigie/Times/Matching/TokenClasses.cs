namespace Vigie.Times.Matching;

/// <summary>Sets of <see cref="TokenClass"/> as bit masks, and the class names patterns use.</summary>
internal static class TokenClasses
{
    public static ulong Of(TokenClass c) => 1UL << (int)c;

    public static bool Has(ulong mask, TokenClass c) => (mask & Of(c)) != 0;

    /// <summary>The name of each class in pattern text, without braces.</summary>
    public static IReadOnlyDictionary<string, TokenClass> Names { get; } = new Dictionary<string, TokenClass>(StringComparer.Ordinal)
    {
        ["month"] = TokenClass.Month,
        ["midmonth"] = TokenClass.MidMonth,
        ["weekday"] = TokenClass.Weekday,
        ["weekdays"] = TokenClass.WeekdayPlural,
        ["day"] = TokenClass.Day,
        ["year"] = TokenClass.Year,
        ["year2"] = TokenClass.Year2,
        ["count"] = TokenClass.Count,
        ["number"] = TokenClass.Number,
        ["ordinal"] = TokenClass.Ordinal,
        ["unit"] = TokenClass.Unit,
        ["relday"] = TokenClass.RelativeDay,
        ["partofday"] = TokenClass.PartOfDay,
        ["season"] = TokenClass.Season,
        ["holiday"] = TokenClass.Holiday,
        ["past"] = TokenClass.Past,
        ["future"] = TokenClass.Future,
        ["this"] = TokenClass.This,
        ["boundary"] = TokenClass.Boundary,
        ["clock"] = TokenClass.Clock,
        ["numdate"] = TokenClass.NumericDate,
        ["decade"] = TokenClass.Decade,
        ["meridiem"] = TokenClass.Meridiem,
        ["hour"] = TokenClass.Hour,
        ["minute"] = TokenClass.Minute,
        ["reldaypart"] = TokenClass.RelativePartOfDay,
    };
}
