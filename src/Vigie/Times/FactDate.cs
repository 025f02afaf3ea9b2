using System.Globalization;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Times;

/// <summary>
/// When a fact of an article (a quote, an event) took place: the time expression that governs its words
/// (<see cref="TimeAnchors"/>: one overlapping them, else the nearest in their clause, else in their
/// sentence) when its value has a first day — a day, an ISO week, a month, a year, or an interval
/// starting with one; otherwise the publication day, or nothing when the article has none.
/// </summary>
/// <param name="Day">The day: the expression's first day, or the publication day.</param>
/// <param name="Value">The governing expression's TIMEX3 value ("2025-09-04", "2025-W35"); null when the day is the publication's.</param>
/// <param name="Source">Where the day comes from.</param>
public readonly record struct FactDate(DateOnly? Day, string? Value, Dating Source)
{
    /// <summary>The words of the governing expression when the day comes from the text.</summary>
    public TextSpan? Expression { get; init; }

    /// <summary>
    /// The date of the words <paramref name="span"/>. A governing expression inside <paramref name="besides"/>
    /// (a quotation, which speaks of other times than its own) or outside <paramref name="within"/> does not count.
    /// </summary>
    public static FactDate Of(Analysis analysis, TextSpan span, TextSpan? besides = null, TextSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Times.Count > 0 && TimeAnchors.For(analysis, span) is { FromPublication: false, Value: { } value, Expression: { } time }
            && !(besides is { } inside && time.Start >= inside.Start && time.End <= inside.End)
            && (within is not { } region || (time.Start >= region.Start && time.End <= region.End)) && FirstDay(value) is { } day)
        {
            return new FactDate(day, value, Dating.Text) { Expression = new TextSpan(time.Start, time.End) };
        }

        return Publication(analysis);
    }

    /// <summary>The publication day, or nothing when the article has none.</summary>
    public static FactDate Publication(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var published = analysis.Article.Published;
        return new FactDate(published, null, published is null ? Dating.None : Dating.Publication);
    }

    /// <summary>The contract's form: the expression's value, else the day (<c>yyyy-MM-dd</c>), else null.</summary>
    public string? Text => Value ?? Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The contract's <c>date_from</c>: "text", "publication", or null.</summary>
    public string? From => Source == Dating.None ? null : Source.ToString().ToLowerInvariant();

    /// <summary>
    /// The first day of a TIMEX3 value: "2025-09-04" and "2025-09-04T15:00" → that day, "2025-W36" → its
    /// Monday, "2025-09" → the 1st, "2025" → 1 January, "2025-08-29/2025-09-03" → 29 August; null for
    /// values with no fixed first day ("XXXX-09-03", "2025-SU", "196X", "P3D").
    /// </summary>
    public static DateOnly? FirstDay(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan();
        if (text.IndexOf('/') is var slash and > 0)
        {
            text = text[..slash];
        }

        if (text.IndexOf('T') is var time and > 0)
        {
            text = text[..time];
        }

        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var rest = text[4..];
        if (rest.IsEmpty)
        {
            return new DateOnly(year, 1, 1);
        }

        if (rest.Length >= 4 && rest.StartsWith("-W") && (rest.Length == 4 || rest[4..].SequenceEqual("-WE"))
            && int.TryParse(rest.Slice(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, rest.Length == 4 ? DayOfWeek.Monday : DayOfWeek.Saturday));
        }

        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return new DateOnly(year, month, 1);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
