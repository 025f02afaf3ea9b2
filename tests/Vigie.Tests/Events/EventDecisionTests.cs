using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventDecisionTests
{
    [Theory]
    [InlineData("fr", "Le gouvernement serbe a décidé de libérer les prisonniers.", "RETREAT")]
    [InlineData("en", "Serbia decided to release the prisoners.", "RETREAT")]
    public void A_decision_to_act_reports_the_act(string language, string text, string type) =>
        Assert.Contains(Find(language, text), e => e.Counts && e.TypeName == type);
}
