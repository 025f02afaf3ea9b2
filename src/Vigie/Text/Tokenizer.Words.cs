using System.Globalization;
using System.Text;

namespace Vigie.Text;

// The tokenizer's scanner, continued: words.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private int ScanWord(int start, bool abbreviations)
        {
            if (abbreviations)
            {
                var phrase = _rules.MatchAbbreviationPhrase(_text, start);
                if (phrase > 0)
                {
                    return Add(start, start + phrase, TokenKind.Word);
                }

                if (start == 0 || _text[start - 1] != '.')
                {
                    var dotted = MatchDotted(start);
                    if (dotted > start)
                    {
                        return Add(start, dotted, TokenKind.Word);
                    }
                }
            }

            var pos = ScanRun(start);
            var simple = true;
            var lastHyphen = -1;
            var previousHyphen = -1;
            var endsWithHyphenPart = false;
            while (pos + 1 < _length)
            {
                var c = _text[pos];
                if (TextChars.IsApostrophe(c))
                {
                    // « qu’« aucune … » »: an elision before an opening quotation mark too.
                    if (simple && (IsLetterOrDigitAt(pos + 1) || _text[pos + 1] is '«' or '“') && _rules.IsElision(_text.AsSpan(start, pos - start)))
                    {
                        return Add(start, pos + 1, TokenKind.Elision);
                    }

                    if (!IsLetterAt(pos + 1))
                    {
                        break;
                    }

                    var clitic = MatchClitic(pos);
                    if (clitic > pos)
                    {
                        Add(start, pos, TokenKind.Word);
                        return Add(pos, clitic, TokenKind.Clitic);
                    }

                    pos = ScanRun(pos + 1);
                    simple = false;
                    endsWithHyphenPart = false;
                    continue;
                }

                if (TextChars.IsHyphen(c) && IsLetterOrDigitAt(pos + 1))
                {
                    previousHyphen = endsWithHyphenPart ? lastHyphen : -1;
                    lastHyphen = pos;
                    endsWithHyphenPart = true;
                    pos = ScanRun(pos + 1);
                    simple = false;
                    continue;
                }

                break;
            }

            if (endsWithHyphenPart)
            {
                var split = InvertedPronounSplit(start, pos, lastHyphen, previousHyphen);
                if (split > start && !_rules.IsUnsplittable(_text.AsSpan(start, pos - start)))
                {
                    Add(start, split, TokenKind.Word);
                    return Add(split, pos, TokenKind.Clitic);
                }
            }

            if (simple && abbreviations && pos < _length && _text[pos] == '.' && !IsCharAt(pos + 1, '.'))
            {
                var word = _text.AsSpan(start, pos - start);
                if (_rules.IsAbbreviation(word) || (_rules.IsNumberAbbreviation(word) && DigitFollows(pos + 1)))
                {
                    pos++;
                }
            }

            return Add(start, pos, TokenKind.Word);
        }

        /// <summary>Letters, digits, marks and joiners; "·" between letters (« étudiant·e·s »), "&amp;" between ASCII letters ("AT&amp;T").</summary>
        private readonly int ScanRun(int pos)
        {
            var start = pos;
            while (pos < _length)
            {
                var c = _text[pos];
                if (c < 0x80)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        pos++;
                        continue;
                    }

                    if (c == '&' && pos > start && char.IsAsciiLetter(_text[pos - 1]) && pos + 1 < _length && char.IsAsciiLetter(_text[pos + 1]))
                    {
                        pos++;
                        continue;
                    }

                    break;
                }

                if (TextChars.IsApostrophe(c))
                {
                    break;
                }

                if (c is '\u00B7' or '\u05F3' or '\u05F4')
                {
                    if (pos > start && IsLetterAt(pos + 1))
                    {
                        pos++;
                        continue;
                    }

                    break;
                }

                var rune = TextChars.RuneAt(_text, pos, out var length);
                var category = Rune.GetUnicodeCategory(rune);
                if ((IsLetter(category) && !TextChars.IsIdeographic(rune.Value))
                    || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber
                    || TextChars.IsExtender(category, rune.Value))
                {
                    pos += length;
                    continue;
                }

                break;
            }

            return pos;
        }

        /// <summary>Where to split « a-t-il » (before « -t-il ») or « dit-il » (before « -il »); -1 for no split.</summary>
        private readonly int InvertedPronounSplit(int start, int end, int lastHyphen, int previousHyphen)
        {
            if (!_rules.IsInvertedPronoun(_text.AsSpan(lastHyphen + 1, end - lastHyphen - 1)))
            {
                return -1;
            }

            if (previousHyphen > start && _rules.IsEuphonicLink(_text.AsSpan(previousHyphen + 1, lastHyphen - previousHyphen - 1)))
            {
                return previousHyphen;
            }

            return lastHyphen;
        }

        /// <summary>The end of a clitic ("'s", "'ll") whose apostrophe is at <paramref name="apostrophe"/>, or -1.</summary>
        private readonly int MatchClitic(int apostrophe)
        {
            if (_rules.CliticSuffixes.Count == 0)
            {
                return -1;
            }

            var end = apostrophe + 1;
            while (end < _length && end - apostrophe <= MaxSuffixLength && char.IsLetter(_text[end]))
            {
                end++;
            }

            if (end == apostrophe + 1 || end - apostrophe > MaxSuffixLength || EndsWordBadly(end))
            {
                return -1;
            }

            return _rules.IsCliticSuffix(_text.AsSpan(apostrophe + 1, end - apostrophe - 1)) ? end : -1;
        }

        /// <summary>Whether the word would go on at <paramref name="pos"/>: a letter, a digit, a mark, or a joiner before one.</summary>
        private readonly bool EndsWordBadly(int pos)
        {
            if (pos >= _length)
            {
                return false;
            }

            if (IsLetterOrDigitAt(pos))
            {
                return true;
            }

            var c = _text[pos];
            if ((TextChars.IsApostrophe(c) || TextChars.IsHyphen(c)) && IsLetterAt(pos + 1))
            {
                return true;
            }

            var rune = TextChars.RuneAt(_text, pos, out _);
            return TextChars.IsExtender(Rune.GetUnicodeCategory(rune), rune.Value);
        }

        /// <summary>
        /// The end of dotted single letters: initials ("J.", "É."), acronyms ("U.S.", "e.g."), hyphenated
        /// initials ("J.-C."); 0 when there are none. A lone lower-case letter is no initial.
        /// </summary>
        private readonly int MatchDotted(int start)
        {
            var pos = start;
            var end = 0;
            var count = 0;
            var firstUpper = false;
            while (count < MaxDottedSegments && pos < _length)
            {
                var rune = TextChars.RuneAt(_text, pos, out var length);
                if (!IsLetter(Rune.GetUnicodeCategory(rune)) || TextChars.IsIdeographic(rune.Value))
                {
                    break;
                }

                var letterEnd = AbsorbExtenders(pos + length);
                if (!IsCharAt(letterEnd, '.'))
                {
                    break;
                }

                if (count == 0)
                {
                    firstUpper = Rune.IsUpper(rune);
                }

                count++;
                end = letterEnd + 1;
                pos = end;
                if (pos + 1 < _length && TextChars.IsHyphen(_text[pos]) && IsLetterAt(pos + 1))
                {
                    pos++;
                }
            }

            if (count == 0 || (count == 1 && !firstUpper) || IsLetterOrDigitAt(end))
            {
                return 0;
            }

            return end;
        }

        private readonly bool DigitFollows(int pos)
        {
            var limit = Math.Min(_length, pos + MaxSpacesBeforeNumber);
            while (pos < limit && TextChars.IsHorizontalSpace(_text[pos]))
            {
                pos++;
            }

            return pos < _length && char.IsDigit(_text[pos]);
        }
    }
}
