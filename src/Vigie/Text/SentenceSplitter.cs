namespace Vigie.Text;

/// <summary>Groups tokens into sentences. Thread-safe: it holds only frozen rules.</summary>
public sealed class SentenceSplitter(TextRules rules)
{
    public TextRules Rules { get; } = rules;

    public void Split(string text, IReadOnlyList<Token> tokens, List<TextSpan> output)
    {
        var start = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (start < 0)
            {
                start = token.Start;
            }

            var c = text[token.Start];
            if (token.Kind == TokenKind.Punctuation && (c == '.' || c == '!' || c == '?'))
            {
                output.Add(new TextSpan(start, token.End));
                start = -1;
            }
        }

        if (start >= 0)
        {
            output.Add(new TextSpan(start, tokens[^1].End));
        }
    }
}
