using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class QuotesCommandTests
{
    [Fact]
    public void Stored_quotes_are_listed_as_text_json_and_csv()
    {
        using var work = new Workspace();
        var file = work.File("a.txt", "date 2025-04-02 « Nous resterons au large des côtes », a déclaré l’amiral Anne Ferrand.\nSource: Le Veilleur");
        work.Vigie("ingest", file);

        var text = work.Vigie("quotes", "--speaker", "ferrand");
        var json = work.Vigie("quotes", "--format", "json");
        var csv = work.Vigie("quotes", "--format", "csv");
        var none = work.Vigie("quotes", "--speaker", "personne");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Nous resterons au large des côtes", text.Output, StringComparison.Ordinal);
        var quote = JsonDocument.Parse(Assert.Single(json.OutputLines)).RootElement;
        Assert.Equal("l’amiral Anne Ferrand", quote.GetProperty("speakerText").GetString());
        Assert.Equal("2025-04-02", quote.GetProperty("published").GetString());
        Assert.Equal("2025-04-02", quote.GetProperty("said").GetString());
        Assert.StartsWith("said,published,source,speaker", csv.OutputLines.First(), StringComparison.Ordinal);
        Assert.Contains("Le Veilleur", csv.OutputLines.ElementAt(1), StringComparison.Ordinal);
        Assert.Equal(4, none.ExitCode);
    }
}
