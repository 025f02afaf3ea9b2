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
public sealed partial class Tokenizer
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
    private ref partial struct Scanner(string text, TextRules rules, List<Token> output)
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

    }
}
