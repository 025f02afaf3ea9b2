using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vigie.Text;

/// <summary>
/// Splits text into tokens (offsets and kinds, never substrings). Thread-safe: it holds only frozen
/// rules and keeps the state of one call on the stack.
/// </summary>
/// <remarks>
/// <para>Every character of the text is either a separator (<see cref="TextChars.IsSeparator"/>:
/// white space, control characters, zero-width space, byte-order mark) or inside exactly one token;
/// tokens come in text order, never overlap, never start or end with a separator and never contain
/// a line break. Lines are independent: the tokens of "a\nb" are those of "a" and of "b". Time is
/// linear in the length of the text: every look-ahead and look-behind is bounded.</para>
/// <para>Decisions, language knowledge coming from <see cref="Rules"/>:</para>
/// <list type="bullet">
/// <item>Elisions are <see cref="TokenKind.Elision"/> tokens with their apostrophe: « l’OTAN » is
/// « l’ » + « OTAN », « jusqu’à » is « jusqu’ » + « à ». Words whose part before the apostrophe is no
/// elision stay whole: « aujourd’hui », « prud’hommes », « quelqu’un ».</item>
/// <item>English clitics are <see cref="TokenKind.Clitic"/> tokens with their apostrophe:
/// "Russia's" is "Russia" + "'s", "they'll" is "they" + "'ll"; negations stay whole ("don't",
/// "can't"), as do names ("O'Brien"); a lone apostrophe after the s of a plural is a possessive
/// clitic when no single quote is open ("the soldiers' families").</item>
/// <item>French inverted subject pronouns are <see cref="TokenKind.Clitic"/> tokens with their
/// hyphen and euphonic t: « a-t-il » is « a » + « -t-il », « dit-elle » is « dit » + « -elle ».
/// Other hyphenated words stay whole: « porte-avions », « Saint-Pétersbourg », « rendez-vous ».</item>
/// <item>Numbers are one <see cref="TokenKind.Number"/> token with their separators: "3,5",
/// "1,500.25", "192.168.0.1", "1 500" when the rules allow that space (only groups of exactly three
/// digits after a first group of at most three: « en 2024 1 500 soldats » is "2024" + "1 500"),
/// dates "2025-09-05" and "05/09/2025", times "12h30" and "12:30". Signs and units are separate
/// tokens: "3,5 %" is "3,5" + "%". Ordinals are Number tokens with their suffix when the rules know
/// it ("1er", "3e", "21st"); other digit-letter mixes are words ("5G", "100km", "19-year-old").</item>
/// <item>Abbreviations keep their period: rules' abbreviations ("M.", "Dr.", "etc."), dotted
/// acronyms ("U.S.", "e.g.", "J.-C."), initials ("J.", "W."), abbreviations of several parts
/// ("p. ex.", "av. J.-C.", one token each).</item>
/// <item>Quote marks are <see cref="TokenKind.OpenQuote"/> or <see cref="TokenKind.CloseQuote"/>:
/// « ‹ „ ‚ open, » › close; straight quotes and “ ” ‘ ’ are decided by what is around them (after
/// a space, the start or an opening bracket they open; before a space or punctuation they close);
/// a straight quote with text or nothing on both sides closes the last one left open on its line.</item>
/// <item>Web addresses (http://, https://, www., and bare host names with a known top-level domain
/// such as "lemonde.fr") are <see cref="TokenKind.Url"/>, e-mail addresses <see cref="TokenKind.Email"/>;
/// their trailing punctuation and unbalanced closing brackets are not part of them.</item>
/// <item>A run of sentence-final punctuation is one token ("...", "?!", "…"); so is a run of one
/// dash character ("--"); other punctuation is one token per character.</item>
/// <item>Han ideographs and kana are one token per character (there is no dictionary to find word
/// boundaries); other scripts written without spaces (Thai) give one token per run. Other symbols,
/// emoji with their modifiers and joiners included, are one token per grapheme cluster.</item>
/// </list>
/// </remarks>
public sealed class Tokenizer
{
    public Tokenizer(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    public TextRules Rules { get; }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    public void Tokenize(string text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var scanner = new Scanner(text, Rules, output);
        scanner.Run();
    }

    /// <summary>The state of one call: the text, the output, and which straight quotes are open.</summary>
    private ref struct Scanner(string text, TextRules rules, List<Token> output)
    {
        private const int MaxEmailLocalPart = 64;
        private const int MaxDomainLength = 255;
        private const int MaxHostLabels = 8;
        private const int MaxLabelLength = 63;
        private const int MaxDottedSegments = 10;
        private const int MaxSuffixLength = 5;
        private const int MaxSpacesBeforeNumber = 3;

        private readonly string _text = text;
        private readonly int _length = text.Length;
        private readonly TextRules _rules = rules;
        private readonly List<Token> _output = output;
        private bool _doubleQuoteOpen;
        private bool _singleQuoteOpen;
        private int _nextAt = -1;

        public void Run()
        {
            var i = 0;
            while (i < _length)
            {
                var c = _text[i];
                if (TextChars.IsSeparator(c))
                {
                    if (TextChars.IsLineBreak(c))
                    {
                        // Quotes do not carry over a line break: every line is tokenized on its own.
                        _doubleQuoteOpen = false;
                        _singleQuoteOpen = false;
                    }

                    i++;
                    continue;
                }

                var next = ScanToken(i);
                Debug.Assert(next > i, "The scanner must make progress.");
                i = next;
            }
        }

        private int ScanToken(int i)
        {
            var c = _text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var end = MatchUrl(i);
                if (end > i)
                {
                    return Add(i, end, TokenKind.Url);
                }

                end = MatchEmail(i);
                if (end > i)
                {
                    return Add(i, end, TokenKind.Email);
                }

                end = MatchHost(i);
                if (end > i)
                {
                    return Add(i, end, TokenKind.Url);
                }
            }

            if (char.IsDigit(c))
            {
                return ScanNumber(i);
            }

            if (TextChars.IsApostrophe(c))
            {
                return ScanApostrophe(i, c);
            }

            if (IsQuoteMark(c))
            {
                return ScanQuote(i, c);
            }

            var rune = TextChars.RuneAt(_text, i, out var runeLength);
            var category = Rune.GetUnicodeCategory(rune);
            if (IsLetter(category))
            {
                return TextChars.IsIdeographic(rune.Value)
                    ? Add(i, AbsorbExtenders(i + runeLength), TokenKind.Word)
                    : ScanWord(i, abbreviations: true);
            }

            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                // Digits outside the basic plane (mathematical digits): no number grammar for them.
                return ScanWord(i, abbreviations: false);
            }

            if (category is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber)
            {
                return Add(i, ScanNumberSymbols(i), TokenKind.Number);
            }

            if (runeLength == 1 && TextChars.IsPunctuation(c))
            {
                return ScanPunctuation(i, c);
            }

            // A prepended mark (U+0600) joins the next character even when it is a space: trim it back.
            var clusterEnd = i + Math.Max(StringInfo.GetNextTextElementLength(_text.AsSpan(i)), 1);
            while (clusterEnd > i + 1 && TextChars.IsSeparator(_text[clusterEnd - 1]))
            {
                clusterEnd--;
            }

            return Add(i, clusterEnd, TokenKind.Symbol);
        }

        private int Add(int start, int end, TokenKind kind)
        {
            _output.Add(new Token(start, end, kind));
            return end;
        }

        // ---- Words -------------------------------------------------------------------------------

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
                    if (simple && IsLetterOrDigitAt(pos + 1) && _rules.IsElision(_text.AsSpan(start, pos - start)))
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

        // ---- Apostrophes and quotes --------------------------------------------------------------

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

        // ---- Punctuation -------------------------------------------------------------------------

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

        // ---- Numbers -----------------------------------------------------------------------------

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

        // ---- Web addresses -----------------------------------------------------------------------

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

        // ---- Characters --------------------------------------------------------------------------

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
