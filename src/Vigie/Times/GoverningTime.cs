namespace Vigie.Times;

/// <summary>
/// The time a span of an article is about (<see cref="TimeAnchors.For"/>): the value of the time
/// expression that governs it, or the publication date when none does.
/// </summary>
/// <param name="Value">
/// The governing expression's TIMEX3 value ("2025-09-04", "2025-W35" …), else the publication date
/// ("2025-09-05"), else null when the article has no publication date either.
/// </param>
/// <param name="Expression">The governing expression, or null when the value fell back to publication.</param>
/// <param name="FromPublication">Whether the value is the publication date (no expression governs the span).</param>
public readonly record struct GoverningTime(string? Value, TimeExpression? Expression, bool FromPublication);
