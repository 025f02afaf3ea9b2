using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void The_seed_reads_with_its_metadata_and_without_header_or_footer()
    {
        using var work = new Workspace();
        var seed = Path.Combine(Workspace.Seeds, "000_c75f2f8ed8d84f52.txt");

        var result = work.Vigie("analyze", seed, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var root = json.RootElement;
        Assert.Equal("2025-09-05", root.GetProperty("published").GetString());
        Assert.Equal("Médias", root.GetProperty("source").GetString());
        Assert.Equal("fr", root.GetProperty("language").GetString());
        Assert.Equal(seed, root.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("title").ValueKind);
        var text = root.GetProperty("text").GetString()!;
        Assert.StartsWith("Le secrétaire général", text, StringComparison.Ordinal);
        Assert.DoesNotContain("date 2025", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", text, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", root.GetProperty("id").GetString(), StringComparison.Ordinal);
        foreach (var key in new[] { "url", "sentences", "entities", "quotes", "times", "events" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"the contract has '{key}'");
        }
    }

    [Fact]
    public void Sentences_are_offsets_into_the_text()
    {
        using var work = new Workspace();
        var file = work.File("note.txt", "date 2025-04-01 The minister landed in Oslo. She met M. Støre on Monday.\n\nTalks went on.");

        var result = work.Vigie("analyze", file, "--format", "json");

        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var text = json.RootElement.GetProperty("text").GetString()!;
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToList();
        Assert.Equal("The minister landed in Oslo.", sentences[0]);
        Assert.Equal("Talks went on.", sentences[^1]);
    }

    [Fact]
    public void Json_lines_on_standard_input_keep_path_and_title()
    {
        using var work = new Workspace();

        var result = VigieProcess.RunWithInput(work.Database,
            "{\"text\":\"Le porte-avions a quitté Toulon mardi.\",\"title\":\"Départ\"}\n{\"text\":\"The frigate docked in Bergen.\"}\n",
            "analyze", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["<stdin>:1", "<stdin>:2"], lines.Select(l => l.GetProperty("path").GetString()));
        Assert.Equal("Départ", lines[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_text_digest_names_the_article_and_its_metadata()
    {
        using var work = new Workspace();
        var file = work.File("brief.txt", "date 2025-05-06 Les ministres se sont réunis à Lisbonne.\nSource: Le Veilleur");

        var result = work.Vigie("analyze", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-05-06", result.Output, StringComparison.Ordinal);
        Assert.Contains("Le Veilleur", result.Output, StringComparison.Ordinal);
        Assert.Contains("Les ministres se sont réunis à Lisbonne.", result.Output, StringComparison.Ordinal);
    }
}
