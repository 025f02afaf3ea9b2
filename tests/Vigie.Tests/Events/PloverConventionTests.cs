using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>Type conventions of the PLOVER manual that the English lexicon follows (signing stays AGREE, as issue 6 and the seed's gold reading code it).</summary>
public sealed class PloverConventionTests
{
    [Theory]
    [InlineData("Kenya and Uganda signed a trade agreement in Nairobi.")]
    [InlineData("The Chilean parliament ratified the fisheries treaty.")]
    public void Signing_or_ratifying_an_agreement_is_an_agreement_in_both_languages(string text) =>
        Assert.Contains(Find("en", text), e => e.Counts && e.TypeName == "AGREE");

    [Fact]
    public void Withdrawing_peacekeepers_or_aid_is_a_sanction()
    {
        var e = Assert.Single(Find("en", "Ghana withdrew its peacekeepers from Liberia."), e => e.Counts);

        Assert.Equal(("SANCTION", "withdraw"), (e.TypeName, e.Mode));
    }

    [Fact]
    public void An_announced_withdrawal_of_peacekeepers_is_a_threat() =>
        Assert.Contains(Find("en", "Ghana said it will withdraw its peacekeepers from Liberia."), e => e.Counts && e.TypeName == "THREATEN");

    [Fact]
    public void Being_prepared_to_attack_is_a_mobilization_not_an_agreement()
    {
        var counted = Find("en", "The Serbian army prepared to attack the rebel villages.").Where(e => e.Counts).ToList();

        Assert.Contains(counted, e => e.TypeName == "MOBILIZE");
        Assert.DoesNotContain(counted, e => e.TypeName == "AGREE");
    }

    [Theory]
    [InlineData("Turkey reopened the Kapikule crossing to lorries from Bulgaria.")]
    [InlineData("Tajikistan opened the Panj bridge to aid convoys.")]
    public void Opening_a_crossing_or_a_bridge_is_a_retreat_giving_access(string text) =>
        Assert.Contains(Find("en", text), e => e.Counts && e.TypeName == "RETREAT");

    [Fact]
    public void Sending_people_to_investigate_is_an_investigation_not_aid()
    {
        var e = Assert.Single(Find("en", "The OSCE dispatched ten experts to Georgia to investigate the shooting."), e => e.Counts);

        Assert.Equal(("ACCUSE", "investigate"), (e.TypeName, e.Mode));
    }

    [Fact]
    public void Ordering_a_medium_to_stop_publishing_is_censorship_not_a_request()
    {
        var e = Assert.Single(Find("en", "The military junta ordered Radio Soleil to cease broadcasting."), e => e.Counts);

        Assert.Equal(("COERCE", "censor"), (e.TypeName, e.Mode));
    }

    [Fact]
    public void Returning_somewhere_for_talks_is_a_consultation() =>
        Assert.Contains(Find("en", "Armenian and Azerbaijani diplomats returned to Vienna for talks on Karabakh."), e => e.Counts && e.TypeName == "CONSULT");

    [Fact]
    public void Urging_others_to_back_someone_is_a_support_as_in_cameo_053() =>
        Assert.Contains(Find("en", "The Mexican foreign minister urged Latin American states to back the Bolivian government."), e => e.Counts && e.TypeName == "SUPPORT");
}
