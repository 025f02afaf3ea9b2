using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_reports_words_per_second_and_can_keep_its_store()
    {
        using var work = new Workspace();
        var kept = Path.Combine(work.Folder, "kept.db");

        var run = work.Vigie("bench", "--articles", "30", "--format", "json", "--keep-store", kept);
        var again = work.Vigie("bench", "--articles", "30", "--keep-store", kept);

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(30, result.GetProperty("articles").GetInt32());
        Assert.True(result.GetProperty("words").GetInt64() > 30 * 20, "every bench article has words");
        var stats = JsonDocument.Parse(VigieProcess.Run(kept, "stats", "--format", "json").Output).RootElement;
        Assert.Equal(30, stats.GetProperty("articles").GetInt32());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
    }
}
