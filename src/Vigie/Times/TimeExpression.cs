using Vigie.Text;

namespace Vigie.Times;

/// <summary>
/// A time expression of an article and its TIMEX3-style value, resolved against the publication date.
/// Offsets are UTF-16 code units into <c>Article.Text</c>, end exclusive.
/// </summary>
/// <param name="Start">The first character of the expression.</param>
/// <param name="End">The character after the expression.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">
/// The TIMEX3 value ("2025-09-04", "2025-W36", "2025-09-04TEV", "P3D", "XXXX-WXX-1", "PRESENT_REF"),
/// an ISO 8601 interval "2025-08-29/2025-09-03" for vague periods, or null when the expression needs
/// an anchor and the article has no publication date (docs/TIMES.md).
/// </param>
/// <param name="Approximate">Whether the value is only an estimate (« il y a quelques jours », « environ une heure »).</param>
/// <param name="Anchor">What the value was computed from: nothing, the publication date, or an earlier expression.</param>
/// <param name="Modifier">The TIMEX3 mod: START for « début octobre », APPROX for « vers 15 h » …</param>
/// <param name="Rule">The pattern that found it, for provenance (« il y a {count} {unit} »).</param>
public readonly record struct TimeExpression(
    int Start,
    int End,
    TimeType Type,
    string? Value,
    bool Approximate,
    TimeAnchor Anchor,
    TimeModifier Modifier,
    string Rule)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
