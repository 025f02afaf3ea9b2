using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class EventsCommandTests
{
    [Fact]
    public void Stored_events_are_listed_as_text_json_csv_and_plover()
    {
        using var work = new Workspace();
        var file = work.File("a.txt", "date 2025-04-02 La Russie et la Chine ont signé un accord à Moscou. Le Japon n’a pas attaqué la Corée.\nSource: Le Veilleur");
        work.Vigie("ingest", file);

        var text = work.Vigie("events", "--actor", "chine");
        var json = work.Vigie("events", "--format", "json");
        var plover = work.Vigie("events", "--format", "plover", "--type", "agree");
        var csv = work.Vigie("events", "--format", "csv", "--all");
        var none = work.Vigie("events", "--type", "ASSAULT");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("AGREE", text.Output, StringComparison.Ordinal);
        var stored = JsonDocument.Parse(Assert.Single(json.OutputLines)).RootElement;
        Assert.Equal("La Russie; la Chine", stored.GetProperty("sourceText").GetString());
        Assert.Equal("2025-04-02", stored.GetProperty("date").GetString());
        var record = JsonDocument.Parse(Assert.Single(plover.OutputLines)).RootElement;
        Assert.Equal("AGREE", record.GetProperty("event").GetString());
        Assert.Equal(2, record.GetProperty("source").GetArrayLength());
        Assert.Equal("Moscou", record.GetProperty("location").GetString());
        Assert.StartsWith("date,type,mode,status", csv.OutputLines.First(), StringComparison.Ordinal);
        Assert.Contains(csv.OutputLines, line => line.Contains("negated", StringComparison.Ordinal));
        Assert.Equal(4, none.ExitCode);
    }
}
