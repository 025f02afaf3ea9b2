using System.Text.Json;

namespace Vigie.Cli.Tests;

/// <summary>The seed article's times, through the real reader, pipeline and contract (needs ../shared).</summary>
public sealed class AnalyzeTimesTests
{
    [Fact]
    public void The_seed_dates_jeudi_gives_vague_ranges_for_the_recent_days_and_dates_rutte_s_speech()
    {
        using var work = new Workspace();
        var seed = Path.Combine(Workspace.Seeds, "000_c75f2f8ed8d84f52.txt");

        var result = work.Vigie("analyze", seed, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var text = json.RootElement.GetProperty("text").GetString()!;
        var times = json.RootElement.GetProperty("times").EnumerateArray().Select(t => new
        {
            Text = t.GetProperty("text").GetString(),
            Start = t.GetProperty("start").GetInt32(),
            End = t.GetProperty("end").GetInt32(),
            Type = t.GetProperty("type").GetString(),
            Value = t.GetProperty("value").GetString(),
            Approximate = t.GetProperty("approximate").GetBoolean(),
            Anchor = t.GetProperty("anchor").GetString(),
        }).ToList();

        Assert.All(times, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal(
            [
                ("jeudi", "date", "2025-09-04", false),
                ("ces derniers jours", "date", "2025-08-29/2025-09-05", true),
                ("il y a quelques jours", "date", "2025-08-29/2025-09-03", true),
                ("il y a quelques jours", "date", "2025-08-29/2025-09-03", true),
            ],
            times.Select(t => (t.Text, t.Type, t.Value, t.Approximate)));
        Assert.All(times, t => Assert.Equal("publication", t.Anchor));

        // Rutte's speech is dated once, « jeudi »: his other quotes and the warning he gives share that day.
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().Select(q => (q.GetProperty("date").GetString(), q.GetProperty("date_from").GetString())).ToList();
        Assert.Equal(8, quotes.Count(q => q is ("2025-09-04", "text" or "speech")));
        var warning = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "ACCUSE");
        Assert.Equal(("2025-09-04", "speech"), (warning.GetProperty("date").GetString(), warning.GetProperty("date_from").GetString()));

        // Not dates: an aspect of the event and a horizon.
        foreach (var words in new[] { "pour la première fois", "à long terme" })
        {
            var start = text.IndexOf(words, StringComparison.Ordinal);
            Assert.True(start >= 0);
            Assert.DoesNotContain(times, t => t.Start < start + words.Length && start < t.End);
        }
    }
}
