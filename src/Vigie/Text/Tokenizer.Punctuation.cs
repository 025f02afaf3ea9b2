using System.Globalization;

namespace Vigie.Text;

// The tokenizer's scanner, continued: punctuation.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private int ScanPunctuation(int i, char c)
        {
            var end = i + 1;
            if (TextChars.IsSentenceTerminal(c))
            {
                while (end < _length && TextChars.IsSentenceTerminal(_text[end]))
                {
                    end++;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
            {
                while (end < _length && _text[end] == c)
                {
                    end++;
                }
            }

            return Add(i, AbsorbExtenders(end), TokenKind.Punctuation);
        }
    }
}
