namespace Vigie.Web.Api;

/// <summary>A page asked for: <c>page</c> from 1, <c>size</c> items per page (limits below).</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;
    public const int MaxPage = 1000;

    public int Offset => (Page - 1) * Size;

    /// <summary>The limit to ask the store for: one more than a page, to tell whether another page follows.</summary>
    public int Probe => Size + 1;

    /// <summary>Checks the query's page and size, adding a message per wrong value to <paramref name="errors"/>.</summary>
    public static Paging From(int? page, int? size, QueryErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (p, s) = (page ?? 1, size ?? DefaultSize);
        errors.Check(p is >= 1 and <= MaxPage, "page", $"page must be between 1 and {MaxPage}, not {p}.");
        errors.Check(s is >= 1 and <= MaxSize, "size", $"size must be between 1 and {MaxSize}, not {s}.");
        return new Paging(Math.Clamp(p, 1, MaxPage), Math.Clamp(s, 1, MaxSize));
    }

    /// <summary>The page of <paramref name="probed"/> (fetched with <see cref="Probe"/>).</summary>
    public ResultPage<T> Of<T>(IReadOnlyList<T> probed) =>
        new(Page, Size, probed.Count > Size, probed.Count > Size ? [.. probed.Take(Size)] : probed);
}

/// <summary>One page of results; <see cref="HasMore"/> says whether page + 1 has any.</summary>
public sealed record ResultPage<T>(int Page, int Size, bool HasMore, IReadOnlyList<T> Items);
