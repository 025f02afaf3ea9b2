using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Times;
using Vigie.Times.Rules;

namespace Vigie.Tests.Times;

public sealed class TimeRulesTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR-ca", "fr")]
    [InlineData("en_GB", "en")]
    [InlineData("de", "und")]
    [InlineData("", "und")]
    public void For_takes_the_primary_language_subtag(string code, string expected) =>
        Assert.Equal(expected, TimeRules.For(code).Language);

    [Theory]
    [InlineData("{month} {nosuchclass}", "nosuchclass")]
    [InlineData("le <en> {month}", "<context>")]
    [InlineData("<en>", "nothing outside")]
    [InlineData("{month}? le?", "optional")]
    [InlineData("l'an trois", "not one")]
    [InlineData("!le {month} !'s {year}", "!negative")]
    public void A_malformed_pattern_is_refused_with_the_reason(string pattern, string reason)
    {
        var data = FrenchTimeRules.Data with { Patterns = [new TimePattern(pattern, TimePatternKind.Date)] };

        var error = Assert.Throws<ArgumentException>(() => new TimeRules(data));

        Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_and_day_lists_need_their_full_length()
    {
        var data = DefaultTimeRules.Data with { Months = [["janvier"]] };

        Assert.Throws<ArgumentException>(() => new TimeRules(data));
    }

    [Fact]
    public void Without_rules_of_its_own_a_language_still_gets_dates_and_times_in_figures()
    {
        var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
        var article = Article.Create("Am 2025-09-03 um 14:30 Uhr trafen sich die Minister.", new DateOnly(2025, 9, 5), language: "de");

        var times = pipeline.Analyze(article).Times;

        Assert.Equal(["2025-09-03", "2025-09-03T14:30"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_language_is_added_as_data()
    {
        // Spanish month names (CLDR es/ca-gregorian.json) and two patterns: nothing else is needed.
        var spanish = new TimeRulesData
        {
            Language = "es",
            Months =
            [
                ["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"], ["septiembre"],
                ["octubre"], ["noviembre"], ["diciembre"],
            ],
            Patterns =
            [
                new("el? {day} de {month} de {year}", TimePatternKind.Date),
                new("el? {day} de {month}", TimePatternKind.Date),
            ],
        };
        var pipeline = new AnalysisPipelineBuilder().AddTimeRules(new TimeRules(spanish)).Build();
        var article = Article.Create("El acuerdo se firmó el 3 de septiembre de 2025 y el próximo será el 12 de octubre.", new DateOnly(2025, 9, 5), language: "es");

        var analysis = pipeline.Analyze(article);

        Assert.Contains("es", pipeline.Languages);
        Assert.Equal(
            [("el 3 de septiembre de 2025", "2025-09-03"), ("el 12 de octubre", "2025-10-12")],
            analysis.Times.Select(t => (t.In(article.Text).ToString(), t.Value)));
    }

    [Fact]
    public void The_tagger_reads_any_token_list_of_the_text_stage()
    {
        const string text = "Hier soir, le port a fermé.";
        var tokens = new List<Token>();
        var sentences = new List<TextSpan>();
        new Tokenizer(TextRules.French).Tokenize(text, tokens);
        new SentenceSplitter(TextRules.French).Split(text, tokens, sentences);

        var times = new TimeTagger(TimeRules.French).Tag(text, tokens, sentences, new DateOnly(2025, 3, 1));

        var time = Assert.Single(times);
        Assert.Equal((0, 9, TimeType.Time, "2025-02-28TEV"), (time.Start, time.End, time.Type, time.Value));
        Assert.Equal("{relday} {partofday}", time.Rule);
        Assert.Empty(new TimeTagger(TimeRules.French).Tag("", [], [], null));
    }
}
