using Vigie.Pipeline;
using Vigie.Training.Times;

namespace Vigie.Tests.Times;

/// <summary>The ISO-TimeML reader and the scores of <c>vigie eval times</c>, on documents written for the test.</summary>
public sealed class TimeEvaluationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigie-timeml-" + Guid.NewGuid().ToString("N"));

    public TimeEvaluationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text, string created = "2025-09-05")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, $"""
            <?xml version='1.0' encoding='UTF-8'?>
            <TimeML>
            <DOCID>{name}</DOCID>
            <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="{created}" /></DCT>
            <TEXT>{text}</TEXT>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1" />
            </TimeML>
            """);
        return path;
    }

    [Fact]
    public void The_reader_keeps_the_plain_text_the_creation_time_and_the_gold_offsets()
    {
        var path = Write("a.tml", """Le ministre a <EVENT eid="e1">parlé</EVENT> <TIMEX3 tid="t2" type="DATE" value="2025-09-04">jeudi</TIMEX3> &amp; <TIMEX3 tid="t3" type="DURATION" value="P3D" mod="APPROX">environ trois jours</TIMEX3>.""");

        var document = TimeBankCorpus.Read(path, TimeBankPart.Dev);

        Assert.Equal("Le ministre a parlé jeudi & environ trois jours.", document.Text);
        Assert.Equal(new DateOnly(2025, 9, 5), document.Created);
        Assert.Equal(
            [new TimeBankTimex(20, 25, "jeudi", "DATE", "2025-09-04", null), new TimeBankTimex(28, 47, "environ trois jours", "DURATION", "P3D", "APPROX")],
            document.Timexes);
    }

    [Fact]
    public void Files_sorted_by_name_alternate_between_dev_and_test()
    {
        foreach (var name in new[] { "c.tml", "a.tml", "b.tml" })
        {
            Write(name, "Rien.");
        }

        var documents = TimeBankCorpus.Load(_folder);

        Assert.Equal([("a", TimeBankPart.Dev), ("b", TimeBankPart.Test), ("c", TimeBankPart.Dev)], documents.Select(d => (d.Name, d.Part)));
    }

    [Fact]
    public void A_file_without_creation_time_is_refused_with_its_name()
    {
        var path = Path.Combine(_folder, "x.tml");
        File.WriteAllText(path, "<TimeML><TEXT>Hier.</TEXT></TimeML>");

        var error = Assert.Throws<InvalidDataException>(() => TimeBankCorpus.Read(path, TimeBankPart.Dev));

        Assert.Contains("x.tml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_relaxed_and_value_scores_count_as_documented()
    {
        // Gold: « parti » (missed), « trois jours » (found as « Il y a trois jours »: relaxed only, another
        // value), « pommes » (missed); found « Jeudi » is spurious.
        Write("a.tml", """Jeudi, le ministre est <TIMEX3 tid="t2" type="DATE" value="2025-09-04">parti</TIMEX3>. Il y a <TIMEX3 tid="t3" type="DURATION" value="P3D">trois jours</TIMEX3>, il pleuvait. Les <TIMEX3 tid="t4" type="SET" value="P1D">pommes</TIMEX3> tombent.""");

        var result = TimeEvaluation.Evaluate(AnalysisPipelineBuilder.CreateDefault().Build(), TimeBankCorpus.Load(_folder));

        var all = result.Part("all").Overall;
        Assert.Equal((3, 2), (all.Gold, all.System));
        Assert.Equal((0, 0), (all.StrictForPrecision, all.StrictForRecall));
        Assert.Equal((1, 1), (all.RelaxedForPrecision, all.RelaxedForRecall));
        Assert.Equal(0.5, all.RelaxedPrecision);
        Assert.Equal((0, 0.0), (all.ValueForRecall, all.ValueF1));
        Assert.Equal(["extent", "missed", "missed", "spurious"], result.Errors.Select(e => e.Kind).Order(StringComparer.Ordinal));
        Assert.Contains("| **all** | 3 | 2 |", TimeEvaluation.Format(result), StringComparison.Ordinal);
    }
}
