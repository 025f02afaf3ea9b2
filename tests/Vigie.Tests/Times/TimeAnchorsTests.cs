using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Tests.Times;

public sealed class TimeAnchorsTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    private static Analysis Analyse(string text, DateOnly? published = null) =>
        Pipeline.Analyze(Article.Create(text, published ?? new DateOnly(2025, 9, 5), language: "fr"));

    private static TextSpan SpanOf(Analysis analysis, string words)
    {
        var start = analysis.Article.Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"« {words} » is not in the text");
        return new TextSpan(start, start + words.Length);
    }

    [Fact]
    public void A_time_in_the_sentence_governs_a_quotation_of_it()
    {
        var analysis = Analyse("Dans un discours prononcé jeudi à Prague, M. Rutte a noté que « les États membres sont confrontés à des menaces graves ».");

        var governing = TimeAnchors.For(analysis, SpanOf(analysis, "les États membres sont confrontés à des menaces graves"));

        Assert.Equal("2025-09-04", governing.Value);
        Assert.False(governing.FromPublication);
        Assert.Equal("jeudi", governing.Expression!.Value.In(analysis.Article.Text).ToString());
    }

    [Fact]
    public void Without_a_time_in_the_sentence_the_publication_date_stands_and_says_so()
    {
        var analysis = Analyse("Jeudi, le sommet s’est ouvert. Il a poursuivi : « Leurs industries produisent des armes lourdes ».");

        var governing = TimeAnchors.For(analysis, SpanOf(analysis, "Leurs industries produisent des armes lourdes"));

        Assert.Equal("2025-09-05", governing.Value);
        Assert.True(governing.FromPublication);
        Assert.Null(governing.Expression);
    }

    [Fact]
    public void A_time_of_the_same_clause_wins_over_a_nearer_one_of_the_next_clause()
    {
        var analysis = Analyse("Mardi, le ministre a démissionné ; le 3 mars, son successeur a été nommé.");

        Assert.Equal("2025-09-02", TimeAnchors.For(analysis, SpanOf(analysis, "démissionné")).Value);
        Assert.Equal("2025-03-03", TimeAnchors.For(analysis, SpanOf(analysis, "nommé")).Value);
    }

    [Fact]
    public void Without_a_time_in_the_clause_the_nearest_of_the_sentence_governs()
    {
        var analysis = Analyse("Le ministre a démissionné ; le 3 mars, son successeur a été nommé.");

        var governing = TimeAnchors.For(analysis, SpanOf(analysis, "démissionné"));

        Assert.Equal("2025-03-03", governing.Value);
        Assert.False(governing.FromPublication);
    }

    [Fact]
    public void A_time_inside_the_span_governs_it()
    {
        var analysis = Analyse("Les deux pays ont signé hier un protocole de coopération.");

        Assert.Equal("2025-09-04", TimeAnchors.For(analysis, SpanOf(analysis, "ont signé hier un protocole")).Value);
    }

    [Fact]
    public void Durations_sets_and_references_to_now_govern_nothing()
    {
        var analysis = Analyse("Les patrouilles, qui passent chaque jour depuis trois ans, sont maintenant renforcées.");

        var governing = TimeAnchors.For(analysis, SpanOf(analysis, "renforcées"));

        Assert.True(governing.FromPublication);
        Assert.Equal("2025-09-05", governing.Value);
    }

    [Fact]
    public void Without_a_publication_date_the_fallback_has_no_value()
    {
        var analysis = Pipeline.Analyze(Article.Create("Le ministre a démissionné.", language: "fr"));

        var governing = TimeAnchors.For(analysis, SpanOf(analysis, "démissionné"));

        Assert.True(governing.FromPublication);
        Assert.Null(governing.Value);
    }

    [Fact]
    public void Another_sentence_never_governs()
    {
        var analysis = Analyse("Le sommet s’est ouvert jeudi. Le ministre a démissionné.");

        Assert.True(TimeAnchors.For(analysis, SpanOf(analysis, "démissionné")).FromPublication);
    }
}
