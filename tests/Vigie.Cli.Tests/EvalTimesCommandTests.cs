using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class EvalTimesCommandTests
{
    private const string Document = """
        <?xml version='1.0' encoding='UTF-8'?>
        <TimeML>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="2025-09-05" /></DCT>
        <TEXT>Le ministre a parlé <TIMEX3 tid="t2" type="DATE" value="2025-09-04">jeudi</TIMEX3> pendant <TIMEX3 tid="t3" type="DURATION" value="PT2H">deux heures</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Scores_an_iso_timeml_folder_as_a_table_per_part()
    {
        using var work = new Workspace();
        work.File("corpus/a.tml", Document);
        work.File("corpus/b.tml", Document.Replace("value=\"2025-09-04\">jeudi", "value=\"2025-09-03\">hier", StringComparison.Ordinal));

        var result = work.Vigie("eval", "times", "--data", Path.Combine(work.Folder, "corpus"), "--errors", "5");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("dev: 1 documents, 2 gold expressions, 2 found", result.Output, StringComparison.Ordinal);
        Assert.Contains("test: 1 documents", result.Output, StringComparison.Ordinal);
        Assert.Contains("| **all** | 4 | 4 |", result.Output, StringComparison.Ordinal);
        Assert.Contains("value    b gold «hier» 2025-09-03 | found «hier» 2025-09-04", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_the_counts_of_every_part()
    {
        using var work = new Workspace();
        work.File("corpus/a.tml", Document);

        var result = work.Vigie("eval", "times", "--data", Path.Combine(work.Folder, "corpus"), "--format", "json");

        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var all = json.RootElement.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("part").GetString() == "all");
        Assert.Equal(2, all.GetProperty("overall").GetProperty("gold").GetInt32());
        Assert.Equal(2, all.GetProperty("overall").GetProperty("strictForRecall").GetInt32());
        Assert.Equal(1.0, all.GetProperty("overall").GetProperty("valueF1").GetDouble());
    }

    [Fact]
    public void A_missing_folder_is_said_plainly()
    {
        using var work = new Workspace();

        var result = work.Vigie("eval", "times", "--data", Path.Combine(work.Folder, "nowhere"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("nowhere", result.Error, StringComparison.Ordinal);
    }
}
