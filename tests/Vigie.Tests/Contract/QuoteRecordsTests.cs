using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Contract;

public sealed class QuoteRecordsTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    [Fact]
    public void A_quote_is_dated_by_the_time_of_its_cue_never_by_one_it_quotes()
    {
        var article = Article.Create("Le ministre Jean Valcourt a déclaré jeudi : « Nous signerons lundi. » Puis il a ajouté : « Rien ne presse avant lundi. »", new DateOnly(2025, 9, 5), language: "fr");

        var quotes = AnalysisJson.ToRecord(Pipeline.Analyze(article)).Quotes;

        // The second quote is not dated by the « lundi » it quotes, but by the speech of the same speaker.
        Assert.Equal([("2025-09-04", "text"), ("2025-09-04", "speech")], quotes.Select(q => (q.Date, q.DateFrom)));
    }

    [Fact]
    public void A_speaker_dated_on_two_days_shares_neither_with_undated_quotes()
    {
        var article = Article.Create("Le ministre Jean Valcourt a déclaré mardi : « Nous signerons. » Il a affirmé jeudi : « Rien ne presse. » Il a ajouté : « Le texte est prêt. »", new DateOnly(2025, 9, 5), language: "fr");

        var quotes = AnalysisJson.ToRecord(Pipeline.Analyze(article)).Quotes;

        Assert.Equal([("2025-09-02", "text"), ("2025-09-04", "text"), ("2025-09-05", "publication")], quotes.Select(q => (q.Date, q.DateFrom)));
    }

    [Fact]
    public void A_quote_of_an_undated_article_has_no_date()
    {
        var article = Article.Create("Le ministre Jean Valcourt a déclaré : « Nous signerons lundi. »", language: "fr");

        var quote = Assert.Single(AnalysisJson.ToRecord(Pipeline.Analyze(article)).Quotes);

        Assert.Null(quote.Date);
        Assert.Null(quote.DateFrom);
    }

    [Fact]
    public void What_follows_the_cue_after_a_comma_does_not_date_the_quote()
    {
        var article = Article.Create("« Regardez les images », a-t-il déclaré, en évoquant le sommet d’il y a trois jours.", new DateOnly(2025, 9, 5), language: "fr");

        var quote = Assert.Single(AnalysisJson.ToRecord(Pipeline.Analyze(article)).Quotes);

        Assert.Equal(("2025-09-05", "publication"), (quote.Date, quote.DateFrom));
    }
}
