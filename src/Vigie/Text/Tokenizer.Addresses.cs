namespace Vigie.Text;

// The tokenizer's scanner, continued: web addresses.
public sealed partial class Tokenizer
{
    private ref partial struct Scanner
    {
        private readonly int MatchUrl(int start)
        {
            var c = _text[start];
            if (c is not ('h' or 'H' or 'f' or 'F' or 'w' or 'W'))
            {
                return 0;
            }

            var rest = _text.AsSpan(start);
            int pos;
            if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                pos = start + 8;
            }
            else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                pos = start + 7;
            }
            else if (rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
            {
                pos = start + 6;
            }
            else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))
            {
                pos = start + 4;
            }
            else
            {
                return 0;
            }

            var end = TrimUrl(start, ScanUrlBody(pos));
            return end > pos ? end : 0;
        }

        private readonly int ScanUrlBody(int pos)
        {
            while (pos < _length && !TextChars.IsSeparator(_text[pos]) && !IsUrlStop(_text[pos]))
            {
                pos++;
            }

            return pos;
        }

        private static bool IsUrlStop(char c) =>
            c is '<' or '>' or '"' or '`' or '{' or '}' or '|' or '\\' or '^' or '«' or '»' or '‹' or '›' or '“' or '”' or '‘' or '’';

        /// <summary>Drops trailing punctuation and closing brackets that close nothing in the address.</summary>
        private readonly int TrimUrl(int start, int end)
        {
            var span = _text.AsSpan(start, end - start);
            var parentheses = span.Count('(') - span.Count(')');
            var brackets = span.Count('[') - span.Count(']');
            while (end > start)
            {
                var last = _text[end - 1];
                if (last is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '\'' or '*')
                {
                    end--;
                }
                else if (last == ')' && parentheses < 0)
                {
                    parentheses++;
                    end--;
                }
                else if (last == ']' && brackets < 0)
                {
                    brackets++;
                    end--;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        private int MatchEmail(int start)
        {
            if (_nextAt < start)
            {
                var at = _text.IndexOf('@', start);
                _nextAt = at < 0 ? int.MaxValue : at;
            }

            if (_nextAt == int.MaxValue || _nextAt == start || _nextAt - start > MaxEmailLocalPart)
            {
                return 0;
            }

            for (var p = start; p < _nextAt; p++)
            {
                if (!IsEmailLocalChar(_text[p]))
                {
                    return 0;
                }
            }

            var end = MatchDomain(_nextAt + 1, out var labels, out var lastLabel);
            if (labels < 2 || lastLabel < 2)
            {
                return 0;
            }

            return end;
        }

        private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

        /// <summary>Labels of letters, digits and inner hyphens separated by periods; the last must be letters only.</summary>
        private readonly int MatchDomain(int pos, out int labels, out int lastLabelLength)
        {
            var start = pos;
            labels = 0;
            lastLabelLength = 0;
            var end = pos;
            while (labels < MaxHostLabels && pos - start < MaxDomainLength)
            {
                var labelStart = pos;
                var lettersOnly = true;
                while (pos < _length && pos - labelStart < MaxLabelLength
                    && (char.IsAsciiLetterOrDigit(_text[pos]) || (_text[pos] == '-' && pos > labelStart && pos + 1 < _length && char.IsAsciiLetterOrDigit(_text[pos + 1]))))
                {
                    lettersOnly &= char.IsAsciiLetter(_text[pos]);
                    pos++;
                }

                if (pos == labelStart)
                {
                    break;
                }

                labels++;
                lastLabelLength = lettersOnly ? pos - labelStart : 0;
                end = pos;
                if (pos + 1 < _length && _text[pos] == '.' && char.IsAsciiLetterOrDigit(_text[pos + 1]))
                {
                    pos++;
                    continue;
                }

                break;
            }

            // Cut short by a limit, or glued to more text: no domain.
            if (IsLetterOrDigitAt(end) || (IsCharAt(end, '.') && IsLetterOrDigitAt(end + 1)))
            {
                labels = 0;
                lastLabelLength = 0;
                return start;
            }

            return end;
        }

        /// <summary>A bare host name with a known top-level domain ("lemonde.fr", "bbc.co.uk/news"); 0 if none.</summary>
        private readonly int MatchHost(int start)
        {
            if (start > 0 && _text[start - 1] is '.' or '@' or '/' or '-')
            {
                return 0;
            }

            var end = MatchDomain(start, out var labels, out var lastLabel);
            if (labels < 2 || lastLabel < 2 || IsCharAt(end, '@') || IsCharAt(end, '-'))
            {
                return 0;
            }

            if (!TextChars.TopLevelDomainLookup.Contains(_text.AsSpan(end - lastLabel, lastLabel)))
            {
                return 0;
            }

            return IsCharAt(end, '/') ? TrimUrl(start, ScanUrlBody(end)) : end;
        }
    }
}
