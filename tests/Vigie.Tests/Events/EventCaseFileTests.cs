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

    [Fact]
    public void The_reason_after_a_none_is_a_comment_not_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigie-cases-{Guid.NewGuid():N}.en.txt");
        File.WriteAllText(path, "# en-1 negative future\ndate 2025-03-04\nThe envoys will meet next week.\n=> none\n# reason: a future meeting\n");
        try
        {
            var single = Assert.Single(EventCaseFile.Read(path, "en"));

            Assert.Equal("The envoys will meet next week.", single.Text);
            Assert.Empty(single.Expected);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
