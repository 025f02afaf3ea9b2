using Vigie.Training.Actors;

namespace Vigie.Tests.Actors;

public sealed class ActorCasesTests
{
    [Fact]
    public void A_case_line_gives_the_text_without_its_marks_and_the_span_they_marked()
    {
        var c = ActorCases.Parse("role-01\tfr\t2019-04-04\t[[Le secrétaire général de l'OTAN]] a salué.\tJens Stoltenberg", 3, "cases.tsv");

        Assert.Equal("Le secrétaire général de l'OTAN a salué.", c.Text);
        Assert.Equal("Le secrétaire général de l'OTAN", c.Target);
        Assert.Equal(("role", "fr", new DateOnly(2019, 4, 4), "Jens Stoltenberg"), (c.Category, c.Language, c.Date!.Value, c.Expected));
    }

    [Theory]
    [InlineData("a\tfr\t2019-04-04\tno marks\tX")]
    [InlineData("a\tfr\t2019-04-04\t[[one]] [[two]]\tX")]
    [InlineData("a\tfr\t04/04/2019\t[[one]]\tX")]
    [InlineData("a\tfr\t[[one]]\tX")]
    public void Malformed_lines_are_refused_with_their_number(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => ActorCases.Parse(line, 7, "cases.tsv"));
        Assert.StartsWith("cases.tsv:7:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_case_file_of_the_repository_reads_and_covers_every_kind_of_case()
    {
        var root = Vigie.Training.Languages.LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory);
        var cases = ActorCases.Load(Path.Combine(root, ActorCases.DefaultPath));

        Assert.True(cases.Count >= 200);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        Assert.Subset(cases.Select(c => c.Category).ToHashSet(), new HashSet<string> { "title", "role", "capital", "demonym", "fuzzy", "ambiguous", "pronoun" });
        Assert.Contains(cases, c => c.Language == "fr");
        Assert.Contains(cases, c => c.Language == "en");
    }

    [Fact]
    public void The_entity_at_a_span_prefers_the_same_span_then_one_around_it_then_most_of_it()
    {
        var russia = new Vigie.Actors.ResolvedEntity("e1", "Russia", Vigie.Kb.ActorKind.Country, "RUS", [], null, [new(3, 9, Vigie.Actors.MentionSource.Kb)]);
        var usa = new Vigie.Actors.ResolvedEntity("e2", "United States", Vigie.Kb.ActorKind.Country, "USA", [], null, [new(25, 34, Vigie.Actors.MentionSource.Kb)]);

        Assert.Same(russia, ActorEvaluation.EntityAt([russia, usa], 0, 9));
        Assert.Null(ActorEvaluation.EntityAt([russia, usa], 12, 34));
        Assert.Same(usa, ActorEvaluation.EntityAt([russia, usa], 25, 34));
    }
}
