namespace Vigie.Entities;

/// <summary>
/// A named-entity mention found by the tagger: a span of the article's text, its type, and the
/// tagger's confidence in [0, 1]. Offsets are UTF-16 code units into <c>Article.Text</c>, end exclusive.
/// </summary>
public readonly record struct EntityMention(int Start, int End, EntityType Type, double Confidence)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
