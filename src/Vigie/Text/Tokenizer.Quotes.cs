using System.Globalization;

namespace Vigie.Text;

// The tokenizer's scanner, continued: apostrophes and quotes.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private int ScanApostrophe(int i, char c)
        {
            // "1990's", "F-16's": a clitic after a token that is no word.
            if (i > 0 && IsLetterOrDigitAt(i - 1))
            {
                var clitic = MatchClitic(i);
                if (clitic > i)
                {
                    return Add(i, clitic, TokenKind.Clitic);
                }

                // "the soldiers' families", unless the apostrophe closes a single quote.
                if (c is '\'' or '\u2019'
                    && !_singleQuoteOpen
                    && _rules.IsPossessiveApostropheAfter(_text[i - 1])
                    && (i + 1 == _length || TextChars.IsSeparator(_text[i + 1]) || TextChars.IsClosingContext(_text[i + 1])))
                {
                    return Add(i, i + 1, TokenKind.Clitic);
                }
            }

            if (c is '\'' or '\u2019' or '\u2018' or '\uFF07')
            {
                return ScanQuote(i, c);
            }

            return Add(i, AbsorbExtenders(i + 1), TokenKind.Symbol);
        }

        private static bool IsQuoteMark(char c) =>
            c is '"' or '\uFF02' or '«' or '»' or '‹' or '›' or '„' or '‚' or '“' or '”'
                or '「' or '」' or '『' or '』' or '〝' or '〞' or '〟'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;

        private int ScanQuote(int i, char c)
        {
            var followedByText = i + 1 < _length && !TextChars.IsClosingContext(_text[i + 1]);
            var precededByText = i > 0 && !TextChars.IsOpeningContext(_text[i - 1]);
            var opens = followedByText && !precededByText;
            var closes = precededByText && !followedByText;
            bool open;
            switch (c)
            {
                case '«' or '‹' or '„' or '‚' or '「' or '『' or '〝':
                    open = true;
                    break;
                case '»' or '›' or '」' or '』' or '〞' or '〟':
                    open = false;
                    break;
                case '"' or '\uFF02':
                    open = opens || (!closes && !_doubleQuoteOpen);
                    _doubleQuoteOpen = open;
                    break;
                case '\'' or '\uFF07':
                    open = opens || (!closes && !_singleQuoteOpen);
                    _singleQuoteOpen = open;
                    break;
                case '“':
                    open = !closes;
                    break;
                case '”':
                    open = opens;
                    break;
                case '‘':
                    open = !closes;
                    _singleQuoteOpen = open;
                    break;
                case '’':
                    open = opens;
                    _singleQuoteOpen = open;
                    break;
                default:
                    open = CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.InitialQuotePunctuation;
                    break;
            }

            return Add(i, AbsorbExtenders(i + 1), open ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
    }
}
