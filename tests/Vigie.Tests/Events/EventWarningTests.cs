using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventWarningTests
{
    [Theory]
    [InlineData("fr", "Le ministre turc a averti la Grèce qu’elle paierait cher toute provocation.", "THREATEN")]
    [InlineData("en", "Turkey warned Greece that it would pay for any provocation.", "THREATEN")]
    [InlineData("fr", "Le ministre turc a averti que la Grèce prépare une provocation.", "ACCUSE")]
    public void A_warning_of_what_will_befall_the_one_warned_is_a_threat(string language, string text, string type) =>
        Assert.Equal(type, Assert.Single(Find(language, text), e => e.Counts).TypeName);

    [Theory]
    [InlineData("en", "Venezuela warned on Friday that it would answer any incursion with force.", "THREATEN")]
    [InlineData("fr", "Le Niger a averti lundi qu’il riposterait à toute agression.", "THREATEN")]
    [InlineData("en", "The governor warned that prices would rise.", "ACCUSE")]
    public void A_warning_of_what_the_warner_will_do_is_a_threat(string language, string text, string type) =>
        Assert.Equal(type, Assert.Single(Find(language, text), e => e.Counts).TypeName);

    [Theory]
    [InlineData("en", "The rebels' spokesman warned on Monday that any convoy crossing the river would be “a legitimate target for our fighters”.", "THREATEN")]
    [InlineData("fr", "Le chef d’état-major a averti jeudi que toute incursion des troupes voisines serait « écrasée en quelques heures ».", "THREATEN")]
    [InlineData("en", "The central bank warned that the reform would miss its inflation goal.", "ACCUSE")]
    public void A_warning_that_the_one_warned_will_be_struck_is_a_threat(string language, string text, string type) =>
        Assert.Equal(type, Assert.Single(Find(language, text), e => e.Counts).TypeName);
}
