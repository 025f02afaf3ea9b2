using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Training;

namespace Vigie.Tests.Entities;

/// <summary>
/// The article that started the project (../shared/seeds) read with the shipped models: its people,
/// places and organisations must be found, each as the span of the name itself. A check, not a target:
/// nothing was tuned on this article. Needs ../shared: fails with "../shared is missing" when absent.
/// </summary>
public sealed class SeedArticleTests
{
    private const string Seed = "000_c75f2f8ed8d84f52.txt";

    private static Analysis AnalyseSeed()
    {
        var data = SharedData.Require();
        var path = Path.Combine(data, "..", "seeds", Seed);
        Assert.True(File.Exists(path), $"../shared missing: the seed article {path} is not there.");
        var text = File.ReadAllText(path);
        var article = Article.Create(text[(text.IndexOf("2025-09-05", StringComparison.Ordinal) + 10)..].Replace("Source: Médias", "", StringComparison.Ordinal), language: "fr");
        return AnalysisPipelineBuilder.CreateDefault().Build().Analyze(article);
    }

    [Fact]
    public void The_seed_article_yields_its_people_places_and_organisations()
    {
        var analysis = AnalyseSeed();
        var text = analysis.Article.Text;
        var found = analysis.Mentions.Select(m => (Text: text[m.Start..m.End], m.Type)).ToHashSet();

        (string, Vigie.Entities.EntityType)[] expected =
        [
            ("Mark Rutte", Vigie.Entities.EntityType.Person),
            ("Xi Jinping", Vigie.Entities.EntityType.Person),
            ("Vladimir Poutine", Vigie.Entities.EntityType.Person),
            ("Narendra Modi", Vigie.Entities.EntityType.Person),
            ("Prague", Vigie.Entities.EntityType.Location),
            ("Pékin", Vigie.Entities.EntityType.Location),
            ("Russie", Vigie.Entities.EntityType.Location),
            ("Chine", Vigie.Entities.EntityType.Location),
            ("Iran", Vigie.Entities.EntityType.Location),
            ("Corée du Nord", Vigie.Entities.EntityType.Location),
            ("OTAN", Vigie.Entities.EntityType.Organization),
            ("IISS", Vigie.Entities.EntityType.Organization),
        ];
        var missing = expected.Where(e => !found.Contains(e)).ToArray();
        Assert.True(missing.Length == 0, $"missing: {string.Join(", ", missing)}; found: {string.Join(", ", found)}");
    }

    [Fact]
    public void Names_after_an_elided_article_start_after_the_apostrophe()
    {
        var analysis = AnalyseSeed();
        var text = analysis.Article.Text;

        foreach (var name in new[] { "OTAN", "Iran" })
        {
            var at = text.IndexOf("l’" + name, StringComparison.Ordinal) + 2;
            Assert.Contains(analysis.Mentions, m => m.Start == at && m.End == at + name.Length);
        }
    }
}
