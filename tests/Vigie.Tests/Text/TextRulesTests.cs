using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Text.Rules;

namespace Vigie.Tests.Text;

public sealed class TextRulesTests
{
    [Fact]
    public void French_rules_are_for_french()
    {
        var rules = TextRules.For("fr");
        Assert.Equal("fr", rules.Language);
        Assert.Same(TextRules.French, rules);
        Assert.NotSame(TextRules.Default, rules);
    }

    [Fact]
    public void English_rules_are_for_english()
    {
        var rules = TextRules.For("en");
        Assert.Equal("en", rules.Language);
        Assert.Same(TextRules.English, rules);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("und")]
    [InlineData("")]
    [InlineData("french")]
    [InlineData("e")]
    public void Other_languages_get_the_default_rules(string language)
    {
        var rules = TextRules.For(language);
        Assert.Same(TextRules.Default, rules);
        Assert.Equal("und", rules.Language);
    }

    [Theory]
    [InlineData("FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr_BE", "fr")]
    [InlineData("en-GB", "en")]
    [InlineData("EN", "en")]
    public void Case_and_region_do_not_matter(string language, string expected)
    {
        Assert.Equal(expected, TextRules.For(language).Language);
    }

    [Fact]
    public void For_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => TextRules.For(null!));
    }

    [Fact]
    public void The_default_pipeline_has_french_and_english_rules()
    {
        var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
        Assert.Equal(["en", "fr"], pipeline.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pipeline_tokenizes_with_the_rules_of_the_article_language()
    {
        var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
        const string Text = "Selon l’OTAN, a-t-il dit. Russia's army moved.";

        var french = pipeline.Analyze(Article.Create(Text, language: "fr"));
        var german = pipeline.Analyze(Article.Create(Text, language: "de"));

        var frenchTokens = french.Tokens.Select(t => french.Article.Text[t.Start..t.End]).ToArray();
        var germanTokens = german.Tokens.Select(t => german.Article.Text[t.Start..t.End]).ToArray();
        Assert.Contains("l’", frenchTokens);
        Assert.Contains("-t-il", frenchTokens);
        Assert.Contains("l’OTAN", germanTokens);
        Assert.Contains("a-t-il", germanTokens);
        Assert.Equal(2, french.Sentences.Count);
    }

    [Fact]
    public void Algorithms_ask_the_rules_not_the_language_code()
    {
        var noElisions = new TextRules(FrenchTextRules.Data with { Elisions = [] });
        Assert.Equal("fr", noElisions.Language);
        Assert.Equal(["l’OTAN"], Texts(noElisions, "l’OTAN"));

        var italian = new TextRules(new TextRulesData { Language = "it", Elisions = ["l", "dell", "all"] });
        Assert.Equal(["dell’", "Italia"], Texts(italian, "dell’Italia"));
    }

    [Fact]
    public void The_legacy_constructor_takes_abbreviations_with_or_without_their_period()
    {
        var rules = new TextRules("de", ["Nr", "bzw."]);
        Assert.Equal("de", rules.Language);
        Assert.Equal(["Nr.", "5", "bzw.", "6"], Texts(rules, "Nr. 5 bzw. 6"));
    }

    [Fact]
    public void Digit_groups_cannot_be_separated_by_a_line_break_or_a_letter()
    {
        Assert.Throws<ArgumentException>(() => new TextRules(DefaultTextRules.Data with { NumberGroupSeparators = "\n" }));
        Assert.Throws<ArgumentException>(() => new TextRules(DefaultTextRules.Data with { NumberGroupSeparators = "x" }));
        Assert.Throws<ArgumentException>(() => new TextRules(DefaultTextRules.Data with { Language = " " }));
    }

    [Fact]
    public void Abbreviations_are_case_sensitive_but_may_be_capitalised()
    {
        var rules = TextRules.French;
        Assert.True(rules.IsAbbreviation("M"));
        Assert.True(rules.IsAbbreviation("etc"));
        Assert.True(rules.IsAbbreviation("Etc"));
        Assert.False(rules.IsAbbreviation("m"));
        Assert.False(rules.IsAbbreviation("ETCETERA"));
        Assert.False(rules.IsAbbreviation(""));
    }

    [Fact]
    public void Elisions_clitics_and_pronouns_ignore_case()
    {
        Assert.True(TextRules.French.IsElision("QU"));
        Assert.True(TextRules.French.IsInvertedPronoun("IL"));
        Assert.True(TextRules.English.IsCliticSuffix("S"));
        Assert.False(TextRules.English.IsElision("l"));
        Assert.False(TextRules.French.IsCliticSuffix("s"));
    }

    [Fact]
    public void Unsplittable_words_match_on_their_folded_key()
    {
        Assert.True(TextRules.French.IsUnsplittable("Rendez‑vous"));
        Assert.True(TextRules.French.IsUnsplittable("m’as-tu-vu"));
        Assert.False(TextRules.French.IsUnsplittable("dit-il"));
    }

    [Fact]
    public void Abbreviation_phrases_match_across_any_horizontal_space()
    {
        Assert.Equal(6, TextRules.French.MatchAbbreviationPhrase("p. ex. un", 0));
        Assert.Equal(6, TextRules.French.MatchAbbreviationPhrase("p.\u00A0ex. un", 0));
        Assert.Equal(8, TextRules.French.MatchAbbreviationPhrase("P.   ex. un", 0));
        Assert.Equal(0, TextRules.French.MatchAbbreviationPhrase("p.\nex. un", 0));
        Assert.Equal(0, TextRules.French.MatchAbbreviationPhrase("p. exemple", 0));
        Assert.Equal(0, TextRules.English.MatchAbbreviationPhrase("p. ex. un", 0));
    }

    [Fact]
    public void Ordinal_suffixes_are_per_language()
    {
        Assert.True(TextRules.French.IsOrdinalSuffix("er"));
        Assert.False(TextRules.French.IsOrdinalSuffix("st"));
        Assert.True(TextRules.English.IsOrdinalSuffix("st"));
        Assert.False(TextRules.Default.IsOrdinalSuffix("er"));
    }

    [Fact]
    public void Only_french_groups_digits_with_a_plain_space()
    {
        Assert.True(TextRules.French.IsNumberGroupSeparator(' '));
        Assert.False(TextRules.English.IsNumberGroupSeparator(' '));
        Assert.True(TextRules.English.IsNumberGroupSeparator('\u202F'));
        Assert.False(TextRules.Default.IsNumberGroupSeparator(' '));
    }

    private static string[] Texts(TextRules rules, string text)
    {
        var tokens = new List<Token>();
        new Tokenizer(rules).Tokenize(text, tokens);
        return [.. tokens.Select(t => text[t.Start..t.End])];
    }
}
