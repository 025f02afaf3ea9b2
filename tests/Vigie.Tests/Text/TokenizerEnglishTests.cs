using Vigie.Text;
using static Vigie.Tests.Text.TextTestKit;

namespace Vigie.Tests.Text;

public sealed class TokenizerEnglishTests
{
    private const string En = "en";

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Mrs.")]
    [InlineData("Ms.")]
    [InlineData("Dr.")]
    [InlineData("St.")]
    [InlineData("Gov.")]
    [InlineData("Sen.")]
    [InlineData("Gen.")]
    [InlineData("Jan.")]
    [InlineData("Calif.")]
    [InlineData("U.S.")]
    [InlineData("U.K.")]
    [InlineData("U.N.")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    [InlineData("a.m.")]
    [InlineData("p.m.")]
    public void Abbreviations_keep_their_period(string abbreviation)
    {
        Assert.Equal([abbreviation, "Smith"], Texts(En, abbreviation + " Smith"));
    }

    [Fact]
    public void Lower_case_abbreviation_lookalikes_are_words()
    {
        Assert.Equal(["he", "is", "ill", "."], Texts(En, "he is ill."));
        Assert.Equal(["the", "mass", "."], Texts(En, "the mass."));
    }

    [Fact]
    public void Number_abbreviations_need_a_number()
    {
        Assert.Equal(["No.", "10"], Texts(En, "No. 10"));
        Assert.Equal(["said", "no", "."], Texts(En, "said no."));
        Assert.Equal(["pp.", "12", "-", "15"], Texts(En, "pp. 12-15"));
    }

    [Fact]
    public void Initials_keep_their_period()
    {
        Assert.Equal(["George", "W.", "Bush"], Texts(En, "George W. Bush"));
        Assert.Equal(["J.", "K.", "Rowling"], Texts(En, "J. K. Rowling"));
    }

    [Theory]
    [InlineData("Russia's", "Russia", "'s")]
    [InlineData("Russia’s", "Russia", "’s")]
    [InlineData("it's", "it", "'s")]
    [InlineData("they'll", "they", "'ll")]
    [InlineData("we've", "we", "'ve")]
    [InlineData("I'm", "I", "'m")]
    [InlineData("you're", "you", "'re")]
    [InlineData("she'd", "she", "'d")]
    [InlineData("NATO's", "NATO", "'s")]
    [InlineData("O'Brien's", "O'Brien", "'s")]
    [InlineData("Macron’s", "Macron", "’s")]
    public void Clitics_are_split_off_with_their_apostrophe(string text, string host, string clitic)
    {
        Assert.Equal([$"{host}/Word", $"{clitic}/Clitic"], Tagged(En, text));
    }

    [Theory]
    [InlineData("don't")]
    [InlineData("can't")]
    [InlineData("won't")]
    [InlineData("shouldn’t")]
    [InlineData("O'Brien")]
    [InlineData("O’Neill")]
    [InlineData("rock'n'roll")]
    [InlineData("y'all")]
    public void Negations_and_names_stay_whole(string word)
    {
        Assert.Equal([$"{word}/Word"], Tagged(En, word));
    }

    [Fact]
    public void A_plural_possessive_apostrophe_is_a_clitic()
    {
        Assert.Equal(["the/Word", "soldiers/Word", "'/Clitic", "families/Word"], Tagged(En, "the soldiers' families"));
        Assert.Equal(["the/Word", "soldiers/Word", "’/Clitic", "families/Word"], Tagged(En, "the soldiers’ families"));
    }

    [Fact]
    public void An_apostrophe_closing_a_single_quote_is_a_quote()
    {
        Assert.Equal(
            ["'/OpenQuote", "the/Word", "bosses/Word", "'/CloseQuote"],
            Tagged(En, "'the bosses'"));
        Assert.Equal(
            ["‘/OpenQuote", "the/Word", "bosses/Word", "’/CloseQuote"],
            Tagged(En, "‘the bosses’"));
    }

    [Fact]
    public void Clitics_after_numbers_and_hyphenated_words()
    {
        Assert.Equal(["1990/Number", "'s/Clitic"], Tagged(En, "1990's"));
        Assert.Equal(["F-16/Word", "'s/Clitic"], Tagged(En, "F-16's"));
    }

    [Fact]
    public void French_words_in_english_text_keep_their_apostrophe()
    {
        Assert.Equal(["l’OTAN/Word"], Tagged(En, "l’OTAN"));
        Assert.Equal(["a-t-il/Word"], Tagged(En, "a-t-il"));
    }

    [Theory]
    [InlineData("1,500")]
    [InlineData("1,500,000")]
    [InlineData("1,500.25")]
    [InlineData("3.5")]
    [InlineData("0.25")]
    [InlineData("21st")]
    [InlineData("2nd")]
    [InlineData("3rd")]
    [InlineData("4th")]
    [InlineData("10:30")]
    [InlineData("1\u202F500")]
    public void Numbers_are_one_token(string number)
    {
        Assert.Equal([$"{number}/Number", "people/Word"], Tagged(En, number + " people"));
    }

    [Fact]
    public void A_plain_space_does_not_group_digits_in_english()
    {
        Assert.Equal(["1/Number", "500/Number"], Tagged(En, "1 500"));
    }

    [Fact]
    public void French_ordinals_are_words_in_english()
    {
        Assert.Equal(["1er/Word"], Tagged(En, "1er"));
    }

    [Fact]
    public void Currency_and_percent_are_symbols()
    {
        Assert.Equal(["$/Symbol", "3.50/Number", "or/Word", "3.5/Number", "%/Symbol"], Tagged(En, "$3.50 or 3.5%"));
    }

    [Fact]
    public void Straight_double_quotes_are_decided_by_context()
    {
        Assert.Equal(
            ["\"/OpenQuote", "Yes/Word", ",/Punctuation", "\"/CloseQuote", "she/Word", "said/Word"],
            Tagged(En, "\"Yes,\" she said"));
        Assert.Equal(
            ["said/Word", ":/Punctuation", "\"/OpenQuote", "go/Word", "\"/CloseQuote"],
            Tagged(En, "said:\"go\""));
    }

    [Fact]
    public void Curly_quotes_are_quotes()
    {
        Assert.Equal(["“/OpenQuote", "Go/Word", "”/CloseQuote"], Tagged(En, "“Go”"));
    }

    [Fact]
    public void Hyphenated_words_stay_whole()
    {
        Assert.Equal(["a", "19-year-old", "well-known", "mother-in-law"], Texts(En, "a 19-year-old well-known mother-in-law"));
    }

    [Fact]
    public void Addresses()
    {
        Assert.Equal(["https://example.com/a_(b)/Url"], Tagged(En, "https://example.com/a_(b)"));
        Assert.Equal(["(/Punctuation", "https://example.com/a/Url", ")/Punctuation"], Tagged(En, "(https://example.com/a)"));
        Assert.Equal(["press@example.co.uk/Email", "!/Punctuation"], Tagged(En, "press@example.co.uk!"));
        Assert.Equal(["bbc.co.uk/news/Url"], Tagged(En, "bbc.co.uk/news"));
    }
}
