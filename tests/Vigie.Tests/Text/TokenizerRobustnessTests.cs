using Vigie.Text;
using static Vigie.Tests.Text.TextTestKit;

namespace Vigie.Tests.Text;

public sealed class TokenizerRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\t \u00A0\u202F\u2009\u3000")]
    [InlineData("\u0000\u0001\u001F\u007F\u0085\u200B\uFEFF")]
    public void Blank_text_has_no_tokens(string text)
    {
        Assert.Empty(Tokenize("fr", text));
        Assert.Empty(Split("fr", text));
    }

    [Fact]
    public void Tokens_are_appended_to_the_output()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Symbol) };
        new Tokenizer(TextRules.French).Tokenize("un deux", tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(0, 1, TokenKind.Symbol), tokens[0]);
        Assert.Equal(new Token(0, 2, TokenKind.Word), tokens[1]);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var tokenizer = new Tokenizer(TextRules.French);
        Assert.Throws<ArgumentNullException>(() => tokenizer.Tokenize(null!, []));
        Assert.Throws<ArgumentNullException>(() => tokenizer.Tokenize("a", null!));
        Assert.Throws<ArgumentNullException>(() => new Tokenizer(null!));
        Assert.Same(TextRules.French, tokenizer.Rules);
    }

    [Fact]
    public void Control_characters_separate_tokens()
    {
        Assert.Equal(["a", "b", "c"], Texts("fr", "a\u0000b\u0007c"));
    }

    [Fact]
    public void Han_ideographs_are_one_token_each()
    {
        Assert.Equal(["中", "国", "人"], Texts("und", "中国人"));
        Assert.Equal(["𠀋", "𠀌"], Texts("und", "\U0002000B\U0002000C"));
    }

    [Fact]
    public void Kana_are_one_token_each_and_hangul_words_are_whole()
    {
        Assert.Equal(["カ", "タ", "カ", "ナ"], Texts("und", "カタカナ"));
        Assert.Equal(["대한민국", "서울"], Texts("und", "대한민국 서울"));
    }

    [Fact]
    public void Right_to_left_words_are_whole()
    {
        Assert.Equal(["مرحبا", "،", "عالم"], Texts("und", "مرحبا، عالم"));
        Assert.Equal(["צה״ל"], Texts("und", "צה״ל"));
    }

    [Fact]
    public void Combining_marks_stay_with_their_letter()
    {
        var text = "Cafe\u0301 cre\u0300me";
        Assert.Equal(["Cafe\u0301", "cre\u0300me"], Texts("fr", text));
    }

    [Fact]
    public void Emoji_are_one_symbol_per_grapheme()
    {
        Assert.Equal(
            ["👍🏽/Symbol", "👩‍💻/Symbol", "🇺🇦/Symbol", "❤️/Symbol"],
            Tagged("und", "👍🏽 👩‍💻 🇺🇦 ❤️"));
    }

    [Fact]
    public void Lone_surrogates_are_symbols()
    {
        Assert.Equal(["a/Word", "\uD83D/Symbol", "b/Word", "\uDE00/Symbol"], Tagged("und", "a \uD83D b \uDE00"));
        Assert.Equal(["a/Word", "\uD83D/Symbol"], Tagged("und", "a\uD83D"));
    }

    [Fact]
    public void A_prepended_mark_before_a_space_does_not_take_the_space()
    {
        var tokens = Tokenize("und", "\u0600 1");
        Assert.Equal(new Token(0, 1, TokenKind.Symbol), tokens[0]);
        Assert.Equal(new Token(2, 3, TokenKind.Number), tokens[1]);
    }

    [Fact]
    public void Numbers_in_other_digits()
    {
        Assert.Equal(["٢٠٢٤/Number", "１２/Number", "४२/Number"], Tagged("und", "٢٠٢٤ １２ ४२"));
    }

    [Fact]
    public void A_long_word_without_punctuation_is_one_token()
    {
        var text = new string('a', 100_000);
        Assert.Equal([new Token(0, text.Length, TokenKind.Word)], Tokenize("fr", text));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("und")]
    public void Tokenizing_and_splitting_allocate_nothing_but_their_output(string language)
    {
        var text = string.Concat(Enumerable.Repeat(
            "« L’OTAN a-t-il dit 1 500 ? » Oui. M. Dupont, p. ex. https://x.fr/a 😀 Russia's U.S. 3,5 % le 1er etc. Puis jean@x.fr — fin… 北京。\n",
            20));
        var rules = TextRules.For(language);
        var tokenizer = new Tokenizer(rules);
        var splitter = new SentenceSplitter(rules);
        var tokens = new List<Token>(text.Length);
        var sentences = new List<TextSpan>(text.Length);
        tokenizer.Tokenize(text, tokens);
        splitter.Split(text, tokens, sentences);

        tokens.Clear();
        sentences.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        tokenizer.Tokenize(text, tokens);
        splitter.Split(text, tokens, sentences);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(sentences);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_same_tokenizer_gives_the_same_tokens_from_many_threads()
    {
        var tokenizer = new Tokenizer(TextRules.French);
        const string Text = "« L’OTAN a-t-il dit 1 500 ? » Oui. M. Dupont, p. ex. https://x.fr/a 😀";
        var expected = new List<Token>();
        tokenizer.Tokenize(Text, expected);

        var results = new List<Token>[64];
        Parallel.For(0, results.Length, i =>
        {
            var tokens = new List<Token>();
            for (var round = 0; round < 50; round++)
            {
                tokens.Clear();
                tokenizer.Tokenize(Text, tokens);
            }

            results[i] = tokens;
        });

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
