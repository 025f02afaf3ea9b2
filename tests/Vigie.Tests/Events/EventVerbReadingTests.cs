using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventVerbReadingTests
{
    [Theory]
    [InlineData("fr", "Des drones russes ont frappé des installations électriques.", "ASSAULT", "Des drones russes")]
    [InlineData("fr", "Le ministre a vivement critiqué la Commission européenne.", "ACCUSE", "Le ministre")]
    [InlineData("fr", "La Norvège a condamné lundi l’attaque du convoi humanitaire.", "ACCUSE", "La Norvège")]
    [InlineData("en", "Italy announced a suspension of air links with Serbia.", "SANCTION", "Italy")]
    [InlineData("en", "A Saudi businessman is suing the United States.", "ACCUSE", "A Saudi businessman")]
    public void A_participle_after_an_auxiliary_is_a_verb_not_a_noun(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }

    [Fact]
    public void A_word_after_a_modal_is_a_verb_not_a_noun()
    {
        const string Text = "The Kenyan president will visit Uganda to mediate in the dispute, his office said.";

        var e = Assert.Single(Find("en", Text), e => e.Counts);

        Assert.Equal(("AGREE", "The Kenyan president"), (e.TypeName, Words(Text, e.Sources)));
    }

    [Fact]
    public void A_gerund_after_a_preposition_takes_no_subject_from_before_it()
    {
        var counted = Find("en", "Police arrested a student for his role in rioting in Tunis.").Where(e => e.Counts).ToList();

        Assert.Contains(counted, e => e.TypeName == "COERCE");
        Assert.DoesNotContain(counted, e => e.TypeName == "PROTEST");
    }

    [Theory]
    [InlineData("fr", "Trente écoliers enlevés en mars dans le nord du pays ont été libérés jeudi par leurs ravisseurs.", "ASSAULT")]
    [InlineData("fr", "Amnesty International a appelé Lomé à libérer les trois journalistes incarcérés depuis mars.", "COERCE")]
    public void A_past_participle_right_after_a_noun_qualifies_it(string language, string text, string type) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts && e.TypeName == type);

    [Fact]
    public void A_participle_after_an_auxiliary_and_a_word_is_the_verb_s() =>
        Assert.Contains(Find("fr", "L’Union africaine s’est dite disposée jeudi à alléger ses sanctions contre le Mali."), e => e.Counts && e.TypeName == "AGREE");
}
