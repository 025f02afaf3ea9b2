using System.Globalization;
using System.Text;

namespace Vigie.Text;

// The tokenizer's scanner, continued: numbers.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private int ScanNumber(int start)
        {
            var digits = CountDigits(start);
            var pos = start + digits;

            var special = MatchDateOrTime(start, digits);
            if (special > start)
            {
                return Add(start, AbsorbExtenders(special), TokenKind.Number);
            }

            var plain = true;
            var grouping = digits <= 3;
            while (pos + 1 < _length)
            {
                var c = _text[pos];
                if (c is ',' or '.' && char.IsDigit(_text[pos + 1]))
                {
                    pos += 1 + CountDigits(pos + 1);
                    plain = false;
                    grouping = false;
                    continue;
                }

                if (grouping && _rules.IsNumberGroupSeparator(c) && CountDigits(pos + 1) == 3)
                {
                    pos += 4;
                    plain = false;
                    continue;
                }

                break;
            }

            if (plain && pos < _length)
            {
                if (IsLetterAt(pos))
                {
                    var suffixEnd = pos;
                    while (suffixEnd < _length && suffixEnd - pos <= MaxSuffixLength && IsLetterAt(suffixEnd))
                    {
                        suffixEnd++;
                    }

                    if (suffixEnd - pos <= MaxSuffixLength
                        && !IsLetterOrDigitAt(suffixEnd)
                        && _rules.IsOrdinalSuffix(_text.AsSpan(pos, suffixEnd - pos)))
                    {
                        return Add(start, AbsorbExtenders(suffixEnd), TokenKind.Number);
                    }

                    // "5G", "100km", "3D": a word that starts with digits.
                    return ScanWord(start, abbreviations: false);
                }

                if (TextChars.IsHyphen(_text[pos]) && IsLetterAt(pos + 1))
                {
                    // "19-year-old".
                    return ScanWord(start, abbreviations: false);
                }
            }

            return Add(start, AbsorbExtenders(pos), TokenKind.Number);
        }

        /// <summary>The end of "2025-09-05", "05/09/2025", "12h30", "12h", "12:30", "12:30:15"; 0 if none.</summary>
        private readonly int MatchDateOrTime(int start, int digits)
        {
            var pos = start + digits;
            if (digits == 4 && IsCharAt(pos, '-') && CountDigits(pos + 1) == 2 && IsCharAt(pos + 3, '-') && CountDigits(pos + 4) == 2)
            {
                return IsLetterOrDigitAt(pos + 6) ? 0 : pos + 6;
            }

            if (digits > 2)
            {
                return 0;
            }

            if (IsCharAt(pos, '/'))
            {
                var month = CountDigits(pos + 1);
                if (month is 1 or 2 && IsCharAt(pos + 1 + month, '/'))
                {
                    var year = CountDigits(pos + 2 + month);
                    var end = pos + 2 + month + year;
                    if (year is 2 or 4 && !IsLetterOrDigitAt(end))
                    {
                        return end;
                    }
                }

                return 0;
            }

            if (IsCharAt(pos, 'h'))
            {
                if (CountDigits(pos + 1) == 2 && !IsLetterOrDigitAt(pos + 3))
                {
                    return pos + 3;
                }

                return IsLetterOrDigitAt(pos + 1) ? 0 : pos + 1;
            }

            if (IsCharAt(pos, ':') && CountDigits(pos + 1) == 2)
            {
                var end = pos + 3;
                if (IsCharAt(end, ':') && CountDigits(end + 1) == 2)
                {
                    end += 3;
                }

                return IsLetterOrDigitAt(end) ? 0 : end;
            }

            return 0;
        }

        /// <summary>"½", "²", "Ⅻ": numbers written with number symbols.</summary>
        private readonly int ScanNumberSymbols(int pos)
        {
            while (pos < _length)
            {
                var rune = TextChars.RuneAt(_text, pos, out var length);
                var category = Rune.GetUnicodeCategory(rune);
                if (category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber
                    || TextChars.IsExtender(category, rune.Value))
                {
                    pos += length;
                    continue;
                }

                break;
            }

            return pos;
        }

        private readonly int CountDigits(int pos)
        {
            var start = pos;
            while (pos < _length && char.IsDigit(_text[pos]))
            {
                pos++;
            }

            return pos - start;
        }
    }
}
