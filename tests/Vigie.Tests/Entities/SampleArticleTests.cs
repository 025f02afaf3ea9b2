using System.Text.RegularExpressions;
using Vigie.Documents;
using Vigie.Entities;
using Vigie.Pipeline;
using Vigie.Training.Languages;

namespace Vigie.Tests.Entities;

/// <summary>Golden checks on the team's sample articles (samples/articles): a handful of obvious names each model must find.</summary>
public sealed partial class SampleArticleTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    private static HashSet<(string, EntityType)> Mentions(string file, string language)
    {
        var root = LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory);
        var raw = File.ReadAllText(Path.Combine(root, "samples", "articles", file));
        var body = SourceLine().Replace(DateHeader().Replace(raw, "", 1), "");
        var analysis = Pipeline.Analyze(Article.Create(body, language: language));
        return [.. analysis.Mentions.Select(m => (analysis.Article.Text[m.Start..m.End], m.Type))];
    }

    [Theory]
    [InlineData("2025-03-14-fr-sommet-defense-varsovie.txt", "Varsovie", EntityType.Location)]
    [InlineData("2025-03-14-fr-sommet-defense-varsovie.txt", "Sébastien Lecornu", EntityType.Person)]
    [InlineData("2025-03-14-fr-sommet-defense-varsovie.txt", "Boris Pistorius", EntityType.Person)]
    [InlineData("2025-03-14-fr-sommet-defense-varsovie.txt", "Bruxelles", EntityType.Location)]
    [InlineData("2025-03-14-fr-sommet-defense-varsovie.txt", "OTAN", EntityType.Organization)]
    public void French_samples_give_their_obvious_names(string file, string name, EntityType type) =>
        Assert.Contains((name, type), Mentions(file, "fr"));

    [Theory]
    [InlineData("2025-04-09-en-south-china-sea-joint-patrol.txt", "Manila", EntityType.Location)]
    [InlineData("2025-04-09-en-south-china-sea-joint-patrol.txt", "Japan", EntityType.Location)]
    [InlineData("2025-04-09-en-south-china-sea-joint-patrol.txt", "South China Sea", EntityType.Location)]
    [InlineData("2025-07-16-en-somalia-african-union-mission-funding.txt", "African Union", EntityType.Organization)]
    [InlineData("2025-07-16-en-somalia-african-union-mission-funding.txt", "Addis Ababa", EntityType.Location)]
    [InlineData("2025-07-16-en-somalia-african-union-mission-funding.txt", "Fatima Diallo", EntityType.Person)]
    [InlineData("2025-07-16-en-somalia-african-union-mission-funding.txt", "Uganda", EntityType.Location)]
    public void English_samples_give_their_obvious_names(string file, string name, EntityType type) =>
        Assert.Contains((name, type), Mentions(file, "en"));

    [Fact]
    public void French_and_English_have_embedded_models_and_German_has_none()
    {
        Assert.True(Vigie.Entities.Tagging.EntityTagger.HasModel("fr"));
        Assert.True(Vigie.Entities.Tagging.EntityTagger.HasModel("en"));
        Assert.False(Vigie.Entities.Tagging.EntityTagger.HasModel("de"));
        Assert.Null(Vigie.Entities.Tagging.EntityTagger.ForLanguage("de"));
        Assert.Same(Vigie.Entities.Tagging.EntityTagger.ForLanguage("fr"), Vigie.Entities.Tagging.EntityTagger.ForLanguage("fr"));
        Assert.True(Vigie.Entities.Tagging.EntityTagger.ForLanguage("en")!.FeatureCount > 100_000);
    }

    [Fact]
    public void A_language_without_a_model_gets_no_mentions()
    {
        var analysis = Pipeline.Analyze(Article.Create("Angela Merkel traf am Montag in Berlin den Präsidenten.", language: "de"));

        Assert.Empty(analysis.Mentions);
        Assert.NotEmpty(analysis.Tokens);
    }

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2}\s*")]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"\n\s*Source:.*\s*$")]
    private static partial Regex SourceLine();
}
