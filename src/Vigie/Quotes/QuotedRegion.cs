namespace Vigie.Quotes;

/// <summary>
/// A top-level stretch of text between quotation marks, as token indices: the opening mark, the
/// closing mark (or -1 when the quote was left open at the end of a paragraph), and the first and
/// last tokens inside.
/// </summary>
internal readonly record struct QuotedRegion(int Open, int Close, int First, int Last)
{
    public bool IsClosed => Close >= 0;

    /// <summary>The token after the region: after the closing mark, or after the last token inside.</summary>
    public int After => (IsClosed ? Close : Last) + 1;
}
