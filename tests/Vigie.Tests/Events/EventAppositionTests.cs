using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>A participle set off by commas before the verb qualifies the subject: it is no act, and the subject is found across it.</summary>
public sealed class EventAppositionTests
{
    [Theory]
    [InlineData("fr", "Deux géologues chiliens, enlevés en mai près de la frontière, ont été libérés lundi par l’ELN.", "Deux géologues chiliens")]
    [InlineData("fr", "Pablo Rojas et Ana Soto, arrêtés en mars à Lima, ont été relâchés mardi par la police péruvienne.", "Pablo Rojas; Ana Soto")]
    [InlineData("en", "Two Chilean geologists, abducted in May near the border, were released on Monday by the ELN.", "Two Chilean geologists")]
    public void A_participle_between_commas_is_no_act_and_the_phrase_before_it_is_the_subject(string language, string text, string target)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal(("RETREAT", target), (e.TypeName, Words(text, e.Targets)));
    }

    [Fact]
    public void A_participle_after_a_comma_that_closes_no_aside_is_still_read()
    {
        const string text = "La police péruvienne a relâché mardi les deux géologues, arrêtés en mars.";

        var e = Assert.Single(Find("fr", text), e => e.Counts);

        Assert.Equal("RETREAT", e.TypeName);
    }
}
