using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Tests.Kb;

namespace Vigie.Tests.Actors;

public sealed class EntityRecordsTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().UseKnowledgeBase(TestKnowledgeBase.Value).Build();

    [Fact]
    public void The_contract_lists_entities_with_kind_roles_kb_and_how_each_mention_was_found()
    {
        var article = Article.Create("Le secrétaire général de l’OTAN a parlé. Il a cité la Chine et M. Dupont.", new DateOnly(2025, 6, 24), language: "fr");

        var record = AnalysisJson.ToRecord(Pipeline.Analyze(article));

        var rutte = record.Entities[0];
        Assert.Equal(("e1", "Mark Rutte", "person", "NLD", "Q57792"), (rutte.Id, rutte.Name, rutte.Kind, rutte.Country, rutte.Kb));
        Assert.Equal(["Secretary General of NATO"], rutte.Roles);
        Assert.Equal([("Le secrétaire général de l’OTAN", "role"), ("Il", "coref")], rutte.Mentions.Select(m => (m.Text, m.How)));
        Assert.All(record.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, article.Text[m.Start..m.End]));
        Assert.Contains(record.Entities, e => e is { Name: "NATO", Kind: "organization", Kb: "Q7184" });
        Assert.Contains(record.Entities, e => e is { Name: "China", Kind: "country", Country: "CHN" });
        var dupont = Assert.Single(record.Entities, e => e.Name == "Dupont");
        Assert.Equal(("person", null, "ner"), (dupont.Kind, dupont.Kb, dupont.Mentions.Single().How));
    }

    [Fact]
    public void Entities_survive_the_json_round_trip()
    {
        var article = Article.Create("Pékin a annoncé des exercices.", new DateOnly(2025, 3, 1), language: "fr");
        var record = AnalysisJson.ToRecord(Pipeline.Analyze(article));

        var back = AnalysisJson.Deserialize(AnalysisJson.Serialize(record))!;

        Assert.Equal("China", Assert.Single(back.Entities).Name);
        Assert.Equal(record.Entities[0].Mentions, back.Entities[0].Mentions);
    }
}
