using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_demo_ingests_the_samples_once_and_prints_a_digest()
    {
        using var work = new Workspace();

        var first = work.Vigie("demo");
        var second = work.Vigie("demo");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Vigie demo", first.Output, StringComparison.Ordinal);
        Assert.Contains("Latest articles", first.Output, StringComparison.Ordinal);
        Assert.Contains(" 0 stored", second.Output, StringComparison.Ordinal);
        var stats = JsonDocument.Parse(work.Vigie("stats", "--format", "json").Output).RootElement;
        Assert.True(stats.GetProperty("articles").GetInt32() >= 12, "at least 12 sample articles");
        Assert.Equal(0, stats.GetProperty("rejections").GetInt32());
        var languages = stats.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("value").GetString()).ToList();
        Assert.Contains("fr", languages);
        Assert.Contains("en", languages);
    }

    [Fact]
    public void Show_prints_a_stored_article_by_id_prefix()
    {
        using var work = new Workspace();
        var file = work.File("a.txt", "date 2025-07-07 Le sous-marin est rentré à Brest après trois mois en mer.\nSource: Le Veilleur");
        work.Vigie("ingest", file);
        var id = JsonDocument.Parse(work.Vigie("search", "sous-marin", "--format", "json").OutputLines.First()).RootElement.GetProperty("id").GetString()!;

        var text = work.Vigie("show", id[7..15]);
        var json = work.Vigie("show", id, "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Le sous-marin est rentré à Brest", text.Output, StringComparison.Ordinal);
        Assert.Equal(id, JsonDocument.Parse(json.Output).RootElement.GetProperty("id").GetString());
    }
}
