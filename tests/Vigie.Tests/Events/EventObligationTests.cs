using Vigie.Events;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventObligationTests
{
    [Theory]
    [InlineData("Norway said on Monday that Iceland must stop whaling.", "Norway", "Iceland")]
    [InlineData("Iceland must stop whaling, the Norwegian minister said.", "the Norwegian minister", "Iceland")]
    public void The_one_who_must_act_is_the_target_of_the_request(string text, string source, string target)
    {
        var e = Assert.Single(Find("en", text), e => e.Counts && e.Type == EventType.Request);

        Assert.Equal((source, target), (Words(text, e.Sources), Words(text, e.Targets)));
    }
}
