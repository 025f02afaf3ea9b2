using Vigie.Events.Lexicons;

namespace Vigie.Tests.Events;


public sealed class FrenchVerbFormsTests
{
    [Theory]
    [InlineData("signer", "signé signées signent signa signait signant signera signeraient")]
    [InlineData("engager", "engagé engagea engageait engageant engagent")]
    [InlineData("déployer", "déployé déploie déploient déploiera")]
    [InlineData("appeler", "appelé appelle appellent appela")]
    [InlineData("rejeter", "rejeté rejette rejettent")]
    [InlineData("menacer", "menacé menaça menacent")]
    [InlineData("envahir", "envahi envahit envahissent envahirent envahira")]
    public void A_lemma_gives_its_inflected_forms(string lemma, string forms)
    {
        var all = FrenchVerbForms.Of(lemma).Select(f => Vigie.Text.TextFold.FoldWithoutDiacritics(f)).ToHashSet();

        Assert.All(forms.Split(' '), form => Assert.Contains(Vigie.Text.TextFold.FoldWithoutDiacritics(form), all));
    }

    [Fact]
    public void An_irregular_verb_must_be_written_out() => Assert.Throws<FormatException>(() => FrenchVerbForms.Of("prendre"));
}
