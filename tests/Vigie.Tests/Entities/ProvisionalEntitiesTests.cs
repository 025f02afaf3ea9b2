using Vigie.Entities;

namespace Vigie.Tests.Entities;

public sealed class ProvisionalEntitiesTests
{
    [Fact]
    public void Mentions_group_by_folded_text_and_type_in_order_of_first_mention()
    {
        var (text, mentions) = NerTestKit.Parse(
            "[ORG L’OTAN] et [PER Mark Rutte] à [LOC Prague]; [PER Rutte] a parlé de [ORG l'otan] et de [LOC PRAGUE], puis de [PER Prague].");

        var entities = ProvisionalEntities.Group(text, mentions);

        Assert.Equal(["e1", "e2", "e3", "e4", "e5"], entities.Select(e => e.Id));
        Assert.Equal(["L’OTAN", "Mark Rutte", "Prague", "Rutte", "Prague"], entities.Select(e => e.Name));
        Assert.Equal(["organization", "person", "place", "person", "person"], entities.Select(e => e.Kind));
        Assert.Equal(["L’OTAN", "l'otan"], entities[0].Mentions.Select(m => m.Text));
        Assert.Equal(["Prague", "PRAGUE"], entities[2].Mentions.Select(m => m.Text));
        Assert.All(entities, e =>
        {
            Assert.Null(e.Country);
            Assert.Null(e.Kb);
            Assert.Empty(e.Roles);
            Assert.All(e.Mentions, m =>
            {
                Assert.Equal("ner", m.How);
                Assert.Equal(m.Text, text[m.Start..m.End]);
            });
        });
    }

    [Fact]
    public void The_name_is_the_longest_form()
    {
        // A soft hyphen folds away: both forms are one entity, named by the longer.
        var (text, mentions) = NerTestKit.Parse("[LOC Corée du Nord] puis [LOC Co\u00ADrée du Nord]");

        Assert.Equal("Co\u00ADrée du Nord", ProvisionalEntities.Group(text, mentions).Single().Name);
    }

    [Fact]
    public void No_mention_no_entity() => Assert.Empty(ProvisionalEntities.Group("rien", []));
}
