using System.Globalization;
using System.Text;
using CsCheck;
using Vigie.Text;

namespace Vigie.Tests.Text;

/// <summary>
/// Invariants of the tokenizer, the sentence splitter and the folding, on generated text: every
/// script, control characters, lone surrogates, unbalanced quotes, pieces of the hard cases.
/// </summary>
public sealed class TextPropertyTests
{
    private static readonly string[] Languages = ["fr", "en", "und"];

    /// <summary>Pieces of text, from single characters of every kind to the tokenizer's hard cases.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char['A', 'Z'].Select(c => c.ToString())),
        (3, Gen.Char["0123456789"].Select(c => c.ToString())),
        (5, Gen.OneOf(" ", " ", " ", "\u00A0", "\u202F", "\u2009", "\t", "\n", "\r\n", "\n\n", "\u2028")),
        (4, Gen.OneOf(".", ",", ";", ":", "!", "?", "…", "...", "?!", "(", ")", "[", "]", "—", "–", "-", "/", "%", "€", "@", "#", "&", "·", "。", "！")),
        (4, Gen.OneOf("«", "»", "“", "”", "‘", "’", "\"", "'", "ʼ", "‹", "›", "„", "´", "`")),
        (3, Gen.OneOf(
            "l’", "qu'", "jusqu’", "a-t-il", "dit-il", "-t-", "M.", "U.S.", "J.-C.", "e.g.", "etc.", "p. ex.", "av. J.-C.", "sept. ",
            "No. ", "1 500", "3,5", "1,500.25", "12h30", "2025-09-05", "05/09/2025", "1er", "21st", "Russia's", "soldiers'",
            "aujourd’hui", "rendez-vous", "https://x.fr/a_(b)", "http://", "www.", "www.a.fr", "a@b.fr", "x@", "lemonde.fr",
            "é", "œ", "ß")),
        (2, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString())),
        (1, Gen.Char['\u3040', '\u30FF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0600', '\u06FF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0900', '\u097F'].Select(c => c.ToString())),
        (1, Gen.Char['\u0E00', '\u0E7F'].Select(c => c.ToString())),
        (1, Gen.Char['\u0300', '\u036F'].Select(c => c.ToString())),
        (2, Gen.OneOf("😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "❤️", "1\uFE0F\u20E3", "\uD800", "\uDC00", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0600", "\U0002000B")),
        (2, Gen.Char.Select(c => c.ToString())));

    /// <summary>Mixed text of up to a few hundred characters.</summary>
    private static readonly Gen<string> MixedText = Piece.Array[0, 120].Select(string.Concat);

    /// <summary>Any text: mixed pieces, CsCheck's own strings, or any UTF-16 code units.</summary>
    private static readonly Gen<string> AnyText = Gen.Frequency(
        (6, MixedText),
        (2, Gen.String),
        (2, Gen.Char.Array[0, 200].Select(chars => new string(chars))));

    private static readonly Gen<string> Language = Gen.OneOf(Languages);

    [Fact]
    public void Tokens_cover_the_text_in_order_without_overlap()
    {
        Gen.Select(Language, AnyText).Sample((language, text) => AssertTokenInvariants(text, TextTestKit.Tokenize(language, text)), iter: 3000);
    }

    [Fact]
    public void Sentences_are_trimmed_ordered_token_aligned_and_one_line_each()
    {
        Gen.Select(Language, AnyText).Sample((language, text) => AssertSentenceInvariants(language, text), iter: 3000);
    }

    [Fact]
    public void Lines_are_tokenized_and_split_on_their_own()
    {
        var lineBreak = Gen.OneOf("\n", "\r\n", "\n\n", "\u2029");
        Gen.Select(Language, MixedText, lineBreak, MixedText).Sample((language, first, separator, second) =>
        {
            var joined = first + separator + second;
            var shift = first.Length + separator.Length;

            var expectedTokens = TextTestKit.Tokenize(language, first)
                .Concat(TextTestKit.Tokenize(language, second).Select(t => new Token(t.Start + shift, t.End + shift, t.Kind)));
            Assert.Equal(expectedTokens, TextTestKit.Tokenize(language, joined));

            var expectedSentences = TextTestKit.Split(language, first)
                .Concat(TextTestKit.Split(language, second).Select(s => new TextSpan(s.Start + shift, s.End + shift)));
            Assert.Equal(expectedSentences, TextTestKit.Split(language, joined));
        }, iter: 1000);
    }

    [Fact]
    public void Text_without_final_punctuation_or_line_break_is_one_sentence()
    {
        var noFinal = Piece
            .Where(p => !p.Any(c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f' || TextChars.IsSentenceTerminal(c)))
            .Array[1, 100]
            .Select(string.Concat);
        Gen.Select(Language, noFinal).Sample((language, text) =>
        {
            var expected = TextTestKit.Tokenize(language, text).Count == 0 ? 0 : 1;
            Assert.Equal(expected, TextTestKit.Split(language, text).Count);
        }, iter: 1000);
    }

    [Fact]
    public void Tokenizing_is_deterministic_across_threads()
    {
        // CsCheck samples on several threads at once: the shared tokenizers must not interfere.
        var tokenizers = Languages.ToDictionary(l => l, l => new Tokenizer(TextRules.For(l)));
        Gen.Select(Language, AnyText).Sample((language, text) =>
        {
            var first = new List<Token>();
            var second = new List<Token>();
            tokenizers[language].Tokenize(text, first);
            tokenizers[language].Tokenize(text, second);
            Assert.Equal(first, second);
        }, iter: 1000);
    }

    [Fact]
    public void French_elisions_split_off_any_word()
    {
        var elision = Gen.OneOf("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "L", "D", "Qu", "QU");
        var apostrophe = Gen.OneOf("'", "’", "ʼ");
        var word = Gen.String["abcdefghijklmnopqrstuvwxyzéèàùâêîôûçœ"].Where(w => w.Length > 0);
        Gen.Select(elision, apostrophe, word).Sample((e, a, w) =>
        {
            var text = e + a + w;
            Assert.Equal([$"{e}{a}/Elision", $"{w}/Word"], TextTestKit.Tagged("fr", text));
        }, iter: 1000);
    }

    [Fact]
    public void French_inverted_pronouns_split_off_any_verb()
    {
        var verb = Gen.String["abcdefghijklmnopqrstuvwxyzéè"].Where(w => w.Length > 0);
        var pronoun = Gen.OneOf("-il", "-elle", "-on", "-ils", "-elles", "-t-il", "-t-elle", "-t-on", "-je", "-tu", "-nous", "-vous");
        Gen.Select(verb, pronoun).Where((v, p) => !TextRules.French.IsUnsplittable(v + p)).Sample((v, p) =>
        {
            Assert.Equal([$"{v}/Word", $"{p}/Clitic"], TextTestKit.Tagged("fr", v + p));
        }, iter: 1000);
    }

    [Fact]
    public void Hyphenated_words_without_a_pronoun_stay_whole()
    {
        var part = Gen.String["abcdefghijklmnopqrstuvwxyzéè"].Where(w => w.Length > 0);
        Gen.Select(part, part).Where((_, b) => !TextRules.French.IsInvertedPronoun(b)).Sample((a, b) =>
        {
            var word = a + "-" + b;
            Assert.Equal([$"{word}/Word"], TextTestKit.Tagged("fr", word));
        }, iter: 1000);
    }

    [Fact]
    public void Formatted_numbers_are_one_token()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var english = CultureInfo.GetCultureInfo("en-US");
        var format = Gen.OneOf("N0", "N2", "F1", "F0");
        Gen.Select(Gen.Long[0, 999_999_999_999], format).Sample((value, f) =>
        {
            var inFrench = value.ToString(f, french);
            var inEnglish = value.ToString(f, english);
            Assert.Equal([$"{inFrench}/Number"], TextTestKit.Tagged("fr", inFrench));
            Assert.Equal([$"{inEnglish}/Number"], TextTestKit.Tagged("en", inEnglish));
        }, iter: 1000);
    }

    [Fact]
    public void A_number_never_takes_a_following_number_of_more_than_three_digits()
    {
        Gen.Select(Gen.Int[0, 999], Gen.Int[1000, 999_999]).Sample((a, b) =>
        {
            var text = $"{a} {b}";
            Assert.Equal([$"{a}", $"{b}"], TextTestKit.Texts("fr", text));
        }, iter: 500);
    }

    [Fact]
    public void Long_text_without_punctuation_is_one_sentence()
    {
        var words = Gen.String["abcdefghijklmnopqrstuvwxyz "].Array[200, 400].Select(parts => string.Join(' ', parts));
        Gen.Select(Language, words).Sample((language, text) =>
        {
            var tokens = TextTestKit.Tokenize(language, text);
            Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, tokens.Count);
            Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
            Assert.Single(TextTestKit.Split(language, text));
        }, iter: 50);
    }

    [Fact]
    public void A_megabyte_without_punctuation_tokenizes()
    {
        // Linear time is what lets this finish; the test only runs it and checks the result.
        var letters = new string('a', 1 << 20);
        Assert.Equal([new Token(0, letters.Length, TokenKind.Word)], TextTestKit.Tokenize("fr", letters));

        var builder = new StringBuilder(1 << 20);
        var random = new Random(42);
        var count = 0;
        while (builder.Length < 1 << 20)
        {
            builder.Append((char)('a' + random.Next(26)), 1 + random.Next(12)).Append(' ');
            count++;
        }

        var words = builder.ToString();
        foreach (var language in Languages)
        {
            var tokens = TextTestKit.Tokenize(language, words);
            Assert.Equal(count, tokens.Count);
            AssertTokenInvariants(words, tokens);
            Assert.Single(TextTestKit.Split(language, words));
        }
    }

    [Fact]
    public void Long_hard_repetitions_tokenize()
    {
        string[] patterns = ["a.", "a.a.a@", "U.S.", "l'", "a-t-", "1 ", "1,", "\"", "« ", "ab.cd.", "😀", "\u0301", "www.", "sept. ", "etc. "];
        foreach (var pattern in patterns)
        {
            var text = new StringBuilder(1 << 18).Insert(0, pattern, (1 << 18) / pattern.Length).ToString();
            foreach (var language in Languages)
            {
                var tokens = TextTestKit.Tokenize(language, text);
                AssertTokenInvariants(text, tokens);
                Assert.NotEmpty(TextTestKit.Split(language, text));
            }
        }
    }

    [Fact]
    public void Folding_is_idempotent_and_never_longer()
    {
        AnyText.Sample(text =>
        {
            var folded = TextFold.Fold(text);
            Assert.True(folded.Length <= text.Length);
            Assert.Equal(folded, TextFold.Fold(folded));
            Assert.True(TextFold.FoldedEquals(text, folded));

            var bare = TextFold.FoldWithoutDiacritics(text);
            Assert.True(bare.Length <= TextFold.MaxLengthWithoutDiacritics(text.Length));
            Assert.Equal(bare, TextFold.FoldWithoutDiacritics(bare));
        }, iter: 3000);
    }

    [Fact]
    public void Typographic_variants_fold_alike()
    {
        var variants = new Dictionary<char, string>
        {
            ['\''] = "'’‘ʼ′`",
            [' '] = " \u00A0\u202F\u2009\u2007",
            ['-'] = "-‐‑–—",
        };
        var plain = Gen.String["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZÉé' -"];
        Gen.Select(plain, Gen.Int).Sample((text, seed) =>
        {
            var random = new Random(seed);
            var varied = string.Concat(text.Select(c =>
                variants.TryGetValue(c, out var options) ? options[random.Next(options.Length)] : random.Next(2) == 0 ? char.ToUpperInvariant(c) : c));
            Assert.Equal(TextFold.Fold(text), TextFold.Fold(varied));
            Assert.True(TextFold.FoldedEquals(text, varied));
        }, iter: 1000);
    }

    [Fact]
    public void Folding_without_diacritics_leaves_only_unaccented_latin_for_french_text()
    {
        var french = Gen.String["abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ '-"];
        french.Sample(text =>
        {
            var bare = TextFold.FoldWithoutDiacritics(text);
            Assert.All(bare, c => Assert.True(c is (>= 'a' and <= 'z') or ' ' or '\'' or '-', $"U+{(int)c:X4} left in \"{bare}\""));
        }, iter: 1000);
    }

    /// <summary>A separator as the tests define it, independently of the tokenizer.</summary>
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '\u200B' or '\uFEFF';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static void AssertTokenInvariants(string text, List<Token> tokens)
    {
        // Plain conditions before any message: this runs on millions of tokens.
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
            {
                Assert.Fail($"{token} is empty, out of the text ({text.Length}) or before the previous end ({previousEnd}).");
            }

            if (!Enum.IsDefined(token.Kind) || IsSeparator(text[token.Start]) || IsSeparator(text[token.End - 1]))
            {
                Assert.Fail($"{token} has kind {token.Kind} or starts or ends with a separator.");
            }

            for (var i = token.Start; i < token.End; i++)
            {
                if (IsLineBreak(text[i]))
                {
                    Assert.Fail($"{token} holds a line break at {i}.");
                }

                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i] && !IsSeparator(text[i]))
            {
                Assert.Fail($"U+{(int)text[i]:X4} at {i} is in no token.");
            }
        }
    }

    private static void AssertSentenceInvariants(string language, string text)
    {
        var tokens = TextTestKit.Tokenize(language, text);
        var sentences = TextTestKit.Split(language, text);
        Assert.Equal(tokens.Count == 0, sentences.Count == 0);

        var starts = tokens.Select(t => t.Start).ToHashSet();
        var ends = tokens.Select(t => t.End).ToHashSet();
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Start >= previousEnd, $"{sentence} overlaps the previous sentence.");
            Assert.True(sentence.End > sentence.Start, $"{sentence} is empty.");
            Assert.True(sentence.End <= text.Length, $"{sentence} ends after the text.");
            Assert.False(char.IsWhiteSpace(text[sentence.Start]), $"{sentence} starts with white space.");
            Assert.False(char.IsWhiteSpace(text[sentence.End - 1]), $"{sentence} ends with white space.");
            Assert.Contains(sentence.Start, starts);
            Assert.Contains(sentence.End, ends);
            Assert.False(text.AsSpan(sentence.Start, sentence.Length).ContainsAny("\n\r\v\f\u0085\u2028\u2029"), $"{sentence} spans a line break.");
            previousEnd = sentence.End;
        }

        // Every token is in exactly one sentence.
        var s = 0;
        foreach (var token in tokens)
        {
            while (s < sentences.Count && sentences[s].End <= token.Start)
            {
                s++;
            }

            Assert.True(s < sentences.Count && sentences[s].Start <= token.Start && token.End <= sentences[s].End, $"{token} is in no sentence.");
        }
    }
}
