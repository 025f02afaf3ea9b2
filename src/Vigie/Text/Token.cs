namespace Vigie.Text;

/// <summary>A token: a kind and a range of the text. Tokens are structs over offsets, never substrings.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
