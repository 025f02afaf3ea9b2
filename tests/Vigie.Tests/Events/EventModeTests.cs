using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>Two acts of one type told with two modes are two acts; an attack's modes name the weapons of one strike.</summary>
public sealed class EventModeTests
{
    [Theory]
    [InlineData("fr", "Les gendarmes ont interpellé mardi onze personnes et saisi trois fusils d’assaut à Arica.")]
    [InlineData("en", "Police arrested 14 suspected members of the gang on Friday and seized property worth 20 million pesos.")]
    public void An_arrest_and_a_seizure_joined_by_and_are_two_acts(string language, string text)
    {
        var modes = Find(language, text).Where(e => e.Counts).Select(e => $"{e.TypeName}/{e.Mode}").ToList();

        Assert.Equal(["COERCE/arrest", "COERCE/seize"], modes);
    }

    [Fact]
    public void Mentions_of_one_arrest_still_merge()
    {
        const string text = "Bolivian police arrested the former minister Luis Vaca on Monday. Police arrested him at his home in Sucre.";

        Assert.Single(Find("en", text), e => e.Counts);
    }
}
