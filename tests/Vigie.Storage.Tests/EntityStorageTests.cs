using Vigie.Documents;
using Vigie.Entities;
using Vigie.Languages;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Storage.Tests;

public sealed class EntityStorageTests
{
    private static Analysis WithMentions(string text, params (string Surface, int Nth, EntityType Type)[] mentions)
    {
        var article = Article.Create(text, language: "fr");
        var list = mentions.Select(m =>
        {
            var at = -1;
            for (var i = 0; i <= m.Nth; i++)
            {
                at = article.Text.IndexOf(m.Surface, at + 1, StringComparison.Ordinal);
            }

            return new EntityMention(at, at + m.Surface.Length, m.Type, 0.9);
        }).OrderBy(m => m.Start).ToArray();
        return new Analysis(article, new LanguageGuess("fr", 1), [new TextSpan(0, article.Text.Length)], [], list);
    }

    [Fact]
    public void Storing_an_article_keeps_its_entities_and_mentions()
    {
        using var temp = new TempStore();
        var analysis = WithMentions(
            "Mark Rutte a parlé de l’OTAN à Prague, puis Rutte a rappelé le rôle de l’OTAN.",
            ("Mark Rutte", 0, EntityType.Person), ("OTAN", 0, EntityType.Organization), ("Prague", 0, EntityType.Location),
            ("Rutte", 1, EntityType.Person), ("OTAN", 1, EntityType.Organization));

        temp.Store.Store([analysis]);
        var entities = temp.Reopen().Entities(analysis.Article.Id);

        Assert.Equal(["e1:Mark Rutte:person", "e2:OTAN:organization", "e3:Prague:place", "e4:Rutte:person"], entities.Select(e => $"{e.Id}:{e.Name}:{e.Kind}"));
        Assert.Equal(2, entities[1].Mentions.Count);
        Assert.All(entities.SelectMany(e => e.Mentions), m =>
        {
            Assert.Equal(m.Text, analysis.Article.Text[m.Start..m.End]);
            Assert.Equal("ner", m.How);
        });
        Assert.All(entities, e => Assert.Empty(e.Roles));
    }

    [Fact]
    public void Storing_the_same_article_again_does_not_double_its_entities()
    {
        using var temp = new TempStore();
        var analysis = WithMentions("Le président s’est rendu à Pékin.", ("Pékin", 0, EntityType.Location));

        temp.Store.Store([analysis]);
        temp.Store.Store([analysis]);

        Assert.Single(temp.Store.Entities(analysis.Article.Id)).Mentions.Single();
    }

    [Fact]
    public void Articles_analysed_by_the_pipeline_store_the_entities_the_contract_shows()
    {
        using var temp = new TempStore();
        var analysis = TempStore.Analyse(Article.Create("Le secrétaire général de l’OTAN, Mark Rutte, s’est rendu à Prague jeudi.", language: "fr"));

        temp.Store.Store([analysis]);

        Assert.Equal(
            Contract.AnalysisJson.ToRecord(analysis).Entities.Select(e => (e.Id, e.Name, e.Kind, e.Mentions.Count)),
            temp.Store.Entities(analysis.Article.Id).Select(e => (e.Id, e.Name, e.Kind, e.Mentions.Count)));
        Assert.NotEmpty(temp.Store.Entities(analysis.Article.Id));
    }

    [Fact]
    public void An_unknown_article_has_no_entities()
    {
        using var temp = new TempStore();

        Assert.Empty(temp.Store.Entities("sha256:0000"));
    }
}
