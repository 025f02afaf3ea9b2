using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class ActorsCommandTests
{
    [Fact]
    public void Actors_finds_a_person_by_surname_with_the_roles_held_at_a_date()
    {
        using var work = new Workspace();

        var result = work.Vigie("actors", "Rutte", "--at", "2025-01-01", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var first = JsonDocument.Parse(result.OutputLines.First());
        Assert.Equal("Q57792", first.RootElement.GetProperty("id").GetString());
        var role = Assert.Single(first.RootElement.GetProperty("roles").EnumerateArray());
        Assert.Equal("Secretary General of NATO", role.GetProperty("title").GetString());
    }

    [Fact]
    public void Actors_finds_who_held_a_title_at_a_date()
    {
        using var work = new Workspace();

        var result = work.Vigie("actors", "Secretary General of NATO", "--at", "2019-06-01", "-n", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Jens Stoltenberg", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actors_exits_with_4_when_nothing_matches()
    {
        using var work = new Workspace();

        Assert.Equal(4, work.Vigie("actors", "Xqzzyvw").ExitCode);
    }

    [Fact]
    public void An_actor_added_to_the_overlay_is_linked_at_once_without_rebuilding()
    {
        using var work = new Workspace();
        var article = work.File("a.txt", "date 2026-02-01 Jeanne Doe a rencontré ses homologues. La ministre a salué l’accord.");

        var added = work.Vigie("kb", "add", "Jeanne Doe", "--kind", "person", "--country", "FRA", "--gender", "f",
            "--role", "foreign_minister France 2026-01-12 - Minister for Europe and Foreign Affairs of France");
        var analysed = work.Vigie("analyze", article, "--format", "json");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Contains("user:jeanne-doe", File.ReadAllText(Path.Combine(work.Folder, "kb-overlay.kb")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(analysed.OutputLines));
        var jeanne = json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("kb").GetString() == "user:jeanne-doe");
        Assert.Equal("Minister for Europe and Foreign Affairs of France", jeanne.GetProperty("roles")[0].GetString());
        Assert.Contains(jeanne.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("how").GetString() == "coref");
    }

    [Fact]
    public void Kb_add_refuses_an_ambiguous_name_and_a_bad_role_and_writes_nothing()
    {
        using var work = new Workspace();

        var ambiguous = work.Vigie("kb", "add", "Washington", "--alias", "DC");
        var badRole = work.Vigie("kb", "add", "Jane Doe", "--role", "emperor France 2026-01-01");

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("--id", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode);
        Assert.False(File.Exists(Path.Combine(work.Folder, "kb-overlay.kb")));
    }

    [Fact]
    public void Analyze_prints_the_seed_entities_in_the_contract()
    {
        using var work = new Workspace();
        var seed = Path.Combine(Workspace.Seeds, "000_c75f2f8ed8d84f52.txt");

        var result = work.Vigie("analyze", seed, "--format", "json");

        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var rutte = entities.Single(e => e.GetProperty("name").GetString() == "Mark Rutte");
        Assert.Equal("e1", rutte.GetProperty("id").GetString());
        Assert.Equal("person", rutte.GetProperty("kind").GetString());
        var how = rutte.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("how").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "role", "kb", "alias", "coref", "fuzzy" }, how);
        Assert.Contains(entities, e => e.GetProperty("name").GetString() == "China" && e.GetProperty("kind").GetString() == "country");
    }
}
