using Vigie.Text;
using static Vigie.Tests.Text.TextTestKit;

namespace Vigie.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Il pleut. Il vente.")]
    [InlineData("Il pleut ! Il vente.")]
    [InlineData("Il pleut ? Il vente.")]
    [InlineData("Il pleut… Il vente.")]
    [InlineData("Il pleut... Il vente.")]
    [InlineData("Il pleut ?! Il vente.")]
    [InlineData("Il pleut.\u00A0Il vente.")]
    public void Final_punctuation_and_a_capital_end_a_sentence(string text)
    {
        Assert.Equal(2, Sentences("fr", text).Length);
    }

    [Theory]
    [InlineData("Il pleut. il vente.")]
    [InlineData("Il pleut… puis il vente.")]
    [InlineData("Il a 3.5 ans.")]
    [InlineData("M. Dupont est là.")]
    [InlineData("Le Dr. Leroy est là.")]
    [InlineData("J. R. R. Tolkien est là.")]
    [InlineData("Il est parti.Puis revenu.")]
    [InlineData("Le 5 sept. 1950.")]
    [InlineData("Voir lemonde.fr pour la suite.")]
    public void No_split_where_a_period_ends_nothing(string text)
    {
        Assert.Equal([text], Sentences("fr", text));
    }

    [Fact]
    public void Sentences_are_spans_of_the_text()
    {
        const string Text = "  Il pleut.  Il vente.  ";
        Assert.Equal([new TextSpan(2, 11), new TextSpan(13, 22)], Split("fr", Text));
    }

    [Fact]
    public void A_closing_quote_or_bracket_belongs_to_the_sentence_it_closes()
    {
        Assert.Equal(["« Je pars. »", "Il part."], Sentences("fr", "« Je pars. » Il part."));
        Assert.Equal(["« Je pars ! »", "Il part."], Sentences("fr", "« Je pars ! » Il part."));
        Assert.Equal(["(Voir plus haut.)", "Il continue."], Sentences("fr", "(Voir plus haut.) Il continue."));
        Assert.Equal(["He said \"no.\"", "Then he left."], Sentences("en", "He said \"no.\" Then he left."));
        Assert.Equal(["“We won.”", "They cheered."], Sentences("en", "“We won.” They cheered."));
    }

    [Fact]
    public void A_quotation_followed_by_lower_case_text_stays_in_its_sentence()
    {
        Assert.Equal(["« Je pars. » a-t-il dit."], Sentences("fr", "« Je pars. » a-t-il dit."));
        Assert.Equal(["« Où ? » demanda-t-elle."], Sentences("fr", "« Où ? » demanda-t-elle."));
        Assert.Equal(["« Je pars. », dit-il."], Sentences("fr", "« Je pars. », dit-il."));
        Assert.Equal(["\"Where?\" he asked."], Sentences("en", "\"Where?\" he asked."));
    }

    [Theory]
    [InlineData("Titre\nTexte.")]
    [InlineData("Titre\r\nTexte.")]
    [InlineData("Titre\n\nTexte.")]
    [InlineData("Titre\u2028Texte.")]
    [InlineData("Titre\u2029Texte.")]
    [InlineData("Titre \n Texte.")]
    public void A_line_break_always_ends_a_sentence(string text)
    {
        Assert.Equal(["Titre", "Texte."], Sentences("fr", text));
    }

    [Fact]
    public void A_line_break_after_final_punctuation_ends_the_sentence_once()
    {
        Assert.Equal(["Un.", "Deux."], Sentences("fr", "Un.\nDeux."));
        Assert.Equal(["Un.", "« deux »"], Sentences("fr", "Un.\n« deux »"));
        Assert.Equal(["« Un.", "» deux"], Sentences("fr", "« Un.\n» deux"));
    }

    [Fact]
    public void Sentence_final_abbreviations_end_a_sentence_before_a_capital()
    {
        Assert.Equal(["Des pommes, etc.", "Puis rien."], Sentences("fr", "Des pommes, etc. Puis rien."));
        Assert.Equal(["Des pommes, etc. puis rien."], Sentences("fr", "Des pommes, etc. puis rien."));
        Assert.Equal(["She joined Acme Inc.", "It grew."], Sentences("en", "She joined Acme Inc. It grew."));
        Assert.Equal(["Call at 5 p.m.", "Thanks."], Sentences("en", "Call at 5 p.m. Thanks."));
    }

    [Fact]
    public void Other_abbreviations_never_end_a_sentence()
    {
        Assert.Equal(["Il a vu M. Dupont."], Sentences("fr", "Il a vu M. Dupont."));
        Assert.Equal(["He met Dr. Jones in the U.S. Army."], Sentences("en", "He met Dr. Jones in the U.S. Army."));
    }

    [Fact]
    public void Abbreviations_come_from_the_rules_of_the_language()
    {
        const string Text = "He called the Dr. Smith answered.";
        Assert.Single(Sentences("en", Text));
        Assert.Equal(["He called the Dr.", "Smith answered."], Sentences("und", Text));
    }

    [Fact]
    public void Ideographic_full_stops_need_no_space()
    {
        Assert.Equal(["你好。", "我很好！", "谢谢？"], Sentences("und", "你好。我很好！谢谢？"));
    }

    [Fact]
    public void Dialogue_dashes_start_sentences()
    {
        Assert.Equal(["— Tu viens ?", "— Non."], Sentences("fr", "— Tu viens ? — Non."));
    }

    [Fact]
    public void Numbers_can_start_a_sentence()
    {
        Assert.Equal(["Il y a eu des morts.", "1 500 soldats sont partis."], Sentences("fr", "Il y a eu des morts. 1 500 soldats sont partis."));
    }

    [Fact]
    public void Splitter_arguments_are_checked()
    {
        var splitter = new SentenceSplitter(TextRules.English);
        Assert.Throws<ArgumentNullException>(() => splitter.Split(null!, [], []));
        Assert.Throws<ArgumentNullException>(() => splitter.Split("a", null!, []));
        Assert.Throws<ArgumentNullException>(() => splitter.Split("a", [], null!));
        Assert.Throws<ArgumentNullException>(() => new SentenceSplitter(null!));
        Assert.Same(TextRules.English, splitter.Rules);
    }

    [Fact]
    public void Sentences_are_appended_to_the_output()
    {
        const string Text = "A. B.";
        var tokens = Tokenize("en", Text);
        var sentences = new List<TextSpan> { new(0, 0) };
        new SentenceSplitter(TextRules.English).Split(Text, tokens, sentences);
        Assert.Equal([new TextSpan(0, 0), new TextSpan(0, 5)], sentences);
    }
}
