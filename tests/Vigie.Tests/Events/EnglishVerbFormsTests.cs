using Vigie.Events.Lexicons;

namespace Vigie.Tests.Events;

public sealed class EnglishVerbFormsTests
{
    [Theory]
    [InlineData("ratify", "ratify ratifies ratified ratifying")]
    [InlineData("invite", "invites invited inviting")]
    [InlineData("reach", "reaches reached reaching")]
    [InlineData("convene", "convenes convened convening")]
    [InlineData("obey", "obeys obeyed obeying")]
    public void A_lemma_gives_its_inflected_forms(string lemma, string forms) =>
        Assert.Equal(forms.Split(' ').ToHashSet(), EnglishVerbForms.Of(lemma).Where(f => forms.Split(' ').Contains(f)).ToHashSet());
}
