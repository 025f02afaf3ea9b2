using Vigie.Training.Languages;
using Vigie.Training.Quotes;

namespace Vigie.Tests.Quotes;

public sealed class QuoteCaseFileTests
{
    private static string Folder => Path.Combine(LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory), "tests", "data", "quotes");

    [Fact]
    public void The_team_cases_parse_and_are_enough()
    {
        var french = QuoteCaseFile.Read(Path.Combine(Folder, "cases.fr.txt"), "fr");
        var english = QuoteCaseFile.Read(Path.Combine(Folder, "cases.en.txt"), "en");
        var all = french.Concat(english).ToList();

        Assert.True(all.Count >= 80, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Text), c.Id));
        Assert.All(all.SelectMany(c => c.Expected), e => Assert.Contains(e.Kind, new[] { "direct", "mixed", "indirect" }));
        Assert.True(all.Count(c => !c.Tags.SequenceEqual(["easy"])) * 2 >= all.Count, "at least half the cases are hard");
    }

    [Fact]
    public void Every_expected_start_is_in_its_text()
    {
        foreach (var language in new[] { "fr", "en" })
        {
            foreach (var quoteCase in QuoteCaseFile.Read(Path.Combine(Folder, $"cases.{language}.txt"), language))
            {
                Assert.All(quoteCase.Expected, e => Assert.Contains(e.Starts, quoteCase.Text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void A_separator_after_the_last_case_adds_no_case()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigie-quote-cases-{Guid.NewGuid():N}.fr.txt");
        File.WriteAllText(path, "# t-001 easy\ndate 2025-01-02\n« Nous rouvrirons lundi », a déclaré Anne Roux.\n=> direct | Anne Roux | a déclaré | Nous rouvrirons lundi\n---\n");
        try
        {
            var quoteCase = Assert.Single(QuoteCaseFile.Read(path, "fr"));
            Assert.Equal("t-001", quoteCase.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
