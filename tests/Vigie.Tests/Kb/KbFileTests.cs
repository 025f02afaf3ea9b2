using Vigie.Kb;

namespace Vigie.Tests.Kb;

public sealed class KbFileTests
{
    [Fact]
    public void Statements_define_actors_aliases_roles_and_capitals()
    {
        var kb = TestKnowledgeBase.Value;

        var rutte = kb.Find("Q57792")!;
        Assert.Equal("Mark Rutte", rutte.Name);
        Assert.Equal(ActorKind.Person, rutte.Kind);
        Assert.Equal(Gender.Male, rutte.Gender);
        Assert.Contains(rutte.Aliases, a => a.Text == "Rutte" && a.Kind == AliasKind.Surname);
        var role = Assert.Single(rutte.Roles, r => r.Office == Office.Leader);
        Assert.Equal(("Q7184", (DateOnly?)new DateOnly(2024, 10, 1), (DateOnly?)null), (role.Of, role.Start, role.End));
        Assert.Equal("geonames:1816670", kb.Find("country:CHN")!.Capital);
        Assert.Equal("country:CHN", kb.Find("geonames:1816670")!.CapitalOf);
        Assert.True(kb.Find("geonames:1")!.Aliases[0].IsCommonWord);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_the_rest_is_applied()
    {
        var builder = new KnowledgeBaseBuilder();
        var problems = KbFile.Read(new StringReader("""
            actor	x:1	person	Jane Doe
            actor	x:2	wizard	Merlin
            alias	x:9	fr	Personne
            role	x:1	president	country:FRA	2020-01-01
            role	x:1	head_of_state	country:FRA	2020-13-01
            role	x:1	head_of_state	country:FRA	2021-01-01	2020-01-01
            alias	x:1	fr	Jeanne Doe
            bogus	x:1
            """), builder, "overlay.kb");

        Assert.Equal([2, 3, 4, 5, 6, 8], problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.Equal("overlay.kb", p.Source));
        Assert.Contains("unknown kind 'wizard'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no actor 'x:9'", problems[1].Message, StringComparison.Ordinal);
        var kb = builder.Build();
        Assert.Equal("Jeanne Doe", Assert.Single(kb.Find("x:1")!.Aliases).Text);
        Assert.Empty(kb.Find("x:1")!.Roles);
    }

    [Fact]
    public void The_first_definition_names_an_actor_unless_the_later_overrides()
    {
        var builder = new KnowledgeBaseBuilder();
        KbFile.Read(new StringReader("actor\tQ7184\torganization\tNATO\n"), builder, "core");
        KbFile.Read(new StringReader("actor\tQ7184\torganization\tNorth Atlantic Treaty Organisation\n"), builder, "share-alike");
        Assert.Equal("NATO", builder.Build().Find("Q7184")!.Name);

        KbFile.Read(new StringReader("actor\tQ7184\torganization\tThe Alliance\n"), builder, "overlay", overrides: true);
        Assert.Equal("The Alliance", builder.Build().Find("Q7184")!.Name);
    }

    [Fact]
    public void Written_statements_read_back_the_same()
    {
        var text = new StringWriter { NewLine = "\n" };
        var writer = new KbWriter(text);
        writer.Actor("x:1", ActorKind.Person, "Jane\tDoe", "FRA", null, Gender.Female, 0);
        writer.Alias("x:1", new ActorAlias("Doe", "fr", AliasKind.Surname, AliasFlags.CommonWord));
        writer.Role("x:1", new ActorRole(Office.ForeignMinister, "country:FRA", "Minister for Europe and Foreign Affairs of France", new DateOnly(2026, 1, 12), null));

        var kb = TestKnowledgeBase.Load(text.ToString());

        var jane = kb.Find("x:1")!;
        Assert.Equal(("Jane Doe", Gender.Female, "FRA"), (jane.Name, jane.Gender, jane.Country));
        Assert.Equal(new ActorAlias("Doe", "fr", AliasKind.Surname, AliasFlags.CommonWord), jane.Aliases.Single());
        Assert.Equal(new DateOnly(2026, 1, 12), jane.Roles.Single().Start);
    }
}
