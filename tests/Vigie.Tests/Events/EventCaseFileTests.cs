using Vigie.Events;
using Vigie.Training.Events;
using Vigie.Training.Languages;

namespace Vigie.Tests.Events;

public sealed class EventCaseFileTests
{
    private static string French => Path.Combine(LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory), "tests", "data", "events", "cases.fr.txt");

    [Fact]
    public void The_french_cases_parse_cover_the_16_types_and_hold_negatives()
    {
        var cases = EventCaseFile.Read(French, "fr");
        var types = cases.SelectMany(c => c.Expected).Select(e => e.Type).ToHashSet();

        Assert.True(cases.Count >= 120, $"{cases.Count} cases");
        Assert.All(Enum.GetValues<EventType>(), type => Assert.Contains(type.ToString().ToUpperInvariant(), types));
        Assert.Contains(cases, c => c.Expected.Count == 0);
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Text), c.Id));
    }
}
