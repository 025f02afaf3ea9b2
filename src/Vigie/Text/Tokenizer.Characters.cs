using System.Globalization;
using System.Text;

namespace Vigie.Text;

// The tokenizer's scanner, continued: characters.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private readonly int AbsorbExtenders(int pos)
        {
            while (pos < _length)
            {
                var rune = TextChars.RuneAt(_text, pos, out var length);
                if (!TextChars.IsExtender(Rune.GetUnicodeCategory(rune), rune.Value))
                {
                    break;
                }

                pos += length;
            }

            return pos;
        }

        private readonly bool IsCharAt(int pos, char c) => pos < _length && _text[pos] == c;

        /// <summary>A letter that can be part of a word: not an ideograph, not the apostrophe ʼ.</summary>
        private readonly bool IsLetterAt(int pos)
        {
            if (pos >= _length || TextChars.IsApostrophe(_text[pos]))
            {
                return false;
            }

            var rune = TextChars.RuneAt(_text, pos, out _);
            return IsLetter(Rune.GetUnicodeCategory(rune)) && !TextChars.IsIdeographic(rune.Value);
        }

        private readonly bool IsLetterOrDigitAt(int pos)
        {
            if (pos >= _length || TextChars.IsApostrophe(_text[pos]))
            {
                return false;
            }

            var rune = TextChars.RuneAt(_text, pos, out _);
            return Rune.IsLetterOrDigit(rune) && !TextChars.IsIdeographic(rune.Value);
        }

        private static bool IsLetter(UnicodeCategory category) =>
            category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
    }
}
