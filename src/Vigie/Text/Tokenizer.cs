namespace Vigie.Text;

/// <summary>Splits text into tokens (offsets and kinds). Thread-safe: it holds only frozen rules.</summary>
public sealed class Tokenizer(TextRules rules)
{
    public TextRules Rules { get; } = rules;

    public void Tokenize(string text, List<Token> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                output.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            output.Add(new Token(start, i, char.IsPunctuation(text[start]) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }
}
