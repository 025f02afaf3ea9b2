using Vigie.Text;
using static Vigie.Tests.Text.TextTestKit;

namespace Vigie.Tests.Text;

public sealed class TokenizerFrenchTests
{
    private const string Fr = "fr";

    [Fact]
    public void Tokens_are_offsets_into_the_text()
    {
        var tokens = Tokenize(Fr, "l’OTAN a-t-il");
        Assert.Equal(
            [
                new Token(0, 2, TokenKind.Elision),
                new Token(2, 6, TokenKind.Word),
                new Token(7, 8, TokenKind.Word),
                new Token(8, 13, TokenKind.Clitic),
            ],
            tokens);
    }

    [Theory]
    [InlineData("M.")]
    [InlineData("MM.")]
    [InlineData("Mme.")]
    [InlineData("Mlle.")]
    [InlineData("Dr.")]
    [InlineData("Pr.")]
    [InlineData("St.")]
    [InlineData("etc.")]
    [InlineData("cf.")]
    [InlineData("env.")]
    [InlineData("janv.")]
    [InlineData("févr.")]
    public void Abbreviations_keep_their_period(string abbreviation)
    {
        Assert.Equal([abbreviation, "Dupont"], Texts(Fr, abbreviation + " Dupont"));
    }

    [Fact]
    public void A_word_that_is_no_abbreviation_loses_its_period()
    {
        Assert.Equal(["Dupont", "."], Texts(Fr, "Dupont."));
        Assert.Equal(["art", "."], Texts(Fr, "art."));
    }

    [Theory]
    [InlineData("p. ex.")]
    [InlineData("av. J.-C.")]
    [InlineData("apr. J.-C.")]
    [InlineData("c.-à-d.")]
    public void Abbreviations_of_several_parts_are_one_token(string abbreviation)
    {
        Assert.Equal(["la", abbreviation, "fin"], Texts(Fr, $"la {abbreviation} fin"));
    }

    [Fact]
    public void Some_abbreviations_need_a_number_after_them()
    {
        Assert.Equal(["le", "5", "sept.", "1950"], Texts(Fr, "le 5 sept. 1950"));
        Assert.Equal(["ils", "étaient", "sept", "."], Texts(Fr, "ils étaient sept."));
        Assert.Equal(["p.", "12"], Texts(Fr, "p. 12"));
        Assert.Equal(["la", "lettre", "p", "."], Texts(Fr, "la lettre p."));
    }

    [Fact]
    public void Initials_keep_their_period()
    {
        Assert.Equal(["J.", "R.", "R.", "Tolkien"], Texts(Fr, "J. R. R. Tolkien"));
        Assert.Equal(["J.-P.", "Sartre"], Texts(Fr, "J.-P. Sartre"));
        Assert.Equal(["J.R.R.", "Tolkien"], Texts(Fr, "J.R.R. Tolkien"));
    }

    [Fact]
    public void A_lower_case_letter_with_a_period_is_no_initial()
    {
        Assert.Equal(["point", "a", "."], Texts(Fr, "point a."));
    }

    [Theory]
    [InlineData("l’OTAN", "l’", "OTAN")]
    [InlineData("l'OTAN", "l'", "OTAN")]
    [InlineData("qu’il", "qu’", "il")]
    [InlineData("d’abord", "d’", "abord")]
    [InlineData("j’ai", "j’", "ai")]
    [InlineData("n’est", "n’", "est")]
    [InlineData("s’il", "s’", "il")]
    [InlineData("c’est", "c’", "est")]
    [InlineData("m’a", "m’", "a")]
    [InlineData("t’es", "t’", "es")]
    [InlineData("jusqu’ici", "jusqu’", "ici")]
    [InlineData("lorsqu’elle", "lorsqu’", "elle")]
    [InlineData("puisqu’on", "puisqu’", "on")]
    [InlineData("quoiqu’il", "quoiqu’", "il")]
    [InlineData("L’Élysée", "L’", "Élysée")]
    [InlineData("QU’IL", "QU’", "IL")]
    [InlineData("d’1", "d’", "1")]
    public void Elisions_are_split_off_with_their_apostrophe(string text, string elision, string word)
    {
        Assert.Equal([$"{elision}/Elision", $"{word}/{(char.IsDigit(word[0]) ? "Number" : "Word")}"], Tagged(Fr, text));
    }

    [Theory]
    [InlineData("aujourd’hui")]
    [InlineData("aujourd'hui")]
    [InlineData("prud’hommes")]
    [InlineData("prud'hommes")]
    [InlineData("quelqu’un")]
    [InlineData("presqu’île")]
    [InlineData("entr’acte")]
    public void Words_with_an_inner_apostrophe_stay_whole(string word)
    {
        Assert.Equal([$"{word}/Word"], Tagged(Fr, word));
    }

    [Fact]
    public void An_apostrophe_before_no_letter_is_no_elision()
    {
        Assert.Equal(["l", "’"], Texts(Fr, "l’"));
        Assert.Equal(TokenKind.CloseQuote, KindOf(Fr, "l’ ", "’"));
    }

    [Theory]
    [InlineData("a-t-il", "a", "-t-il")]
    [InlineData("dit-il", "dit", "-il")]
    [InlineData("a-t-elle", "a", "-t-elle")]
    [InlineData("peut-on", "peut", "-on")]
    [InlineData("disent-ils", "disent", "-ils")]
    [InlineData("sont-elles", "sont", "-elles")]
    [InlineData("Faut-il", "Faut", "-il")]
    [InlineData("va-t-on", "va", "-t-on")]
    [InlineData("puis-je", "puis", "-je")]
    [InlineData("est-ce", "est", "-ce")]
    [InlineData("croyez-vous", "croyez", "-vous")]
    [InlineData("A-T-IL", "A", "-T-IL")]
    [InlineData("pense-t‑il", "pense", "-t‑il")]
    public void Inverted_pronouns_are_split_off_with_their_hyphen(string text, string verb, string pronoun)
    {
        Assert.Equal([$"{verb}/Word", $"{pronoun}/Clitic"], Tagged(Fr, text));
    }

    [Theory]
    [InlineData("porte-avions")]
    [InlineData("Saint-Pétersbourg")]
    [InlineData("Jean-Yves")]
    [InlineData("arc-en-ciel")]
    [InlineData("peut-être")]
    [InlineData("elle-même")]
    [InlineData("celui-ci")]
    [InlineData("rendez-vous")]
    [InlineData("Rendez-Vous")]
    [InlineData("Jong-il")]
    [InlineData("Jean‑Yves")]
    [InlineData("Marie‐Claire")]
    [InlineData("sud-coréen")]
    public void Hyphenated_words_stay_whole(string word)
    {
        Assert.Equal([$"{word}/Word"], Tagged(Fr, word));
    }

    [Fact]
    public void A_dash_between_words_is_punctuation()
    {
        Assert.Equal(["Paris/Word", "–/Punctuation", "Berlin/Word"], Tagged(Fr, "Paris–Berlin"));
        Assert.Equal(["Paris/Word", "-/Punctuation", "Berlin/Word"], Tagged(Fr, "Paris - Berlin"));
    }

    [Theory]
    [InlineData("1 500")]
    [InlineData("1\u00A0500")]
    [InlineData("1\u202F500")]
    [InlineData("1\u2009500")]
    [InlineData("10 000 000")]
    [InlineData("3,5")]
    [InlineData("1 500,25")]
    [InlineData("1,500.25")]
    [InlineData("2025-09-05")]
    [InlineData("05/09/2025")]
    [InlineData("12h30")]
    [InlineData("8h")]
    [InlineData("14:30")]
    [InlineData("1er")]
    [InlineData("1re")]
    [InlineData("1ère")]
    [InlineData("3e")]
    [InlineData("2ème")]
    [InlineData("2nd")]
    [InlineData("1ᵉʳ")]
    public void Numbers_are_one_token(string number)
    {
        Assert.Equal([$"{number}/Number", "soldats/Word"], Tagged(Fr, number + " soldats"));
    }

    [Fact]
    public void Two_numbers_side_by_side_are_not_glued()
    {
        Assert.Equal(["en", "2024", "1 500", "soldats"], Texts(Fr, "en 2024 1 500 soldats"));
        Assert.Equal(["1", "2345"], Texts(Fr, "1 2345"));
        Assert.Equal(["12", "34"], Texts(Fr, "12 34"));
        Assert.Equal(["1 500", "1 500"], Texts(Fr, "1 500 1 500"));
        Assert.Equal(["3,5", "100"], Texts(Fr, "3,5 100"));
        Assert.Equal(["1", "500"], Texts(Fr, "1  500"));
    }

    [Fact]
    public void Percentages_are_a_number_and_a_symbol()
    {
        Assert.Equal(["3,5/Number", "%/Symbol"], Tagged(Fr, "3,5 %"));
        Assert.Equal(["3,5/Number", "%/Symbol"], Tagged(Fr, "3,5\u00A0%"));
        Assert.Equal(["3,5/Number", "%/Symbol"], Tagged(Fr, "3,5%"));
    }

    [Fact]
    public void Digit_letter_mixes_are_words()
    {
        Assert.Equal(["5G/Word", "100km/Word", "A320/Word", "COVID-19/Word"], Tagged(Fr, "5G 100km A320 COVID-19"));
        Assert.Equal(["XXe/Word"], Tagged(Fr, "XXe"));
    }

    [Fact]
    public void Guillemets_are_quotes()
    {
        Assert.Equal(["«/OpenQuote", "oui/Word", "»/CloseQuote"], Tagged(Fr, "« oui »"));
        Assert.Equal(["«/OpenQuote", "oui/Word", "»/CloseQuote"], Tagged(Fr, "«\u202Foui\u202F»"));
        Assert.Equal(["‹/OpenQuote", "oui/Word", "›/CloseQuote"], Tagged(Fr, "‹oui›"));
    }

    [Fact]
    public void Straight_quotes_open_after_a_space_and_close_before_one()
    {
        Assert.Equal(["il/Word", "dit/Word", "\"/OpenQuote", "oui/Word", "\"/CloseQuote", "./Punctuation"], Tagged(Fr, "il dit \"oui\"."));
        Assert.Equal(["(/Punctuation", "\"/OpenQuote", "oui/Word", "\"/CloseQuote", ")/Punctuation"], Tagged(Fr, "(\"oui\")"));
    }

    [Fact]
    public void Spaced_straight_quotes_pair_up()
    {
        Assert.Equal(["\"/OpenQuote", "oui/Word", "\"/CloseQuote"], Tagged(Fr, "\" oui \""));
    }

    [Fact]
    public void Ellipses_and_combined_marks_are_one_token()
    {
        Assert.Equal(["Quoi", "?!", "Bon", "…", "Et", "..."], Texts(Fr, "Quoi ?! Bon… Et..."));
    }

    [Fact]
    public void Dashes_are_punctuation()
    {
        Assert.Equal(["—/Punctuation", "Oui/Word", "–/Punctuation", "non/Word"], Tagged(Fr, "— Oui – non"));
    }

    [Fact]
    public void Web_and_mail_addresses_are_one_token_without_trailing_punctuation()
    {
        Assert.Equal(
            ["Voir/Word", "https://exemple.fr/a?b=c/Url", "./Punctuation"],
            Tagged(Fr, "Voir https://exemple.fr/a?b=c."));
        Assert.Equal(["www.lemonde.fr/Url", ",/Punctuation"], Tagged(Fr, "www.lemonde.fr,"));
        Assert.Equal(["lemonde.fr/Url"], Tagged(Fr, "lemonde.fr"));
        Assert.Equal(["redaction@exemple.fr/Email", "./Punctuation"], Tagged(Fr, "redaction@exemple.fr."));
    }

    [Fact]
    public void Two_sentences_glued_by_a_period_are_no_address()
    {
        Assert.Equal(["fini/Word", "./Punctuation", "Puis/Word"], Tagged(Fr, "fini.Puis"));
    }

    [Fact]
    public void Inclusive_writing_and_ampersands_stay_inside_words()
    {
        Assert.Equal(["les", "étudiant·e·s", "d’", "AT&T"], Texts(Fr, "les étudiant·e·s d’AT&T"));
    }
}
