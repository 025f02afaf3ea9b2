using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class NerCommandTests
{
    [Theory]
    [InlineData("train")]
    [InlineData("eval")]
    public void The_ner_subcommands_teach_with_examples(string parent)
    {
        using var work = new Workspace();

        var result = work.Vigie(parent, "ner", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"vigie {parent} ner --lang", result.Output, StringComparison.Ordinal);
        Assert.Contains("--format", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_scores_a_brat_folder_per_type_and_overall()
    {
        using var work = new Workspace();
        const string Text = "Le secrétaire général de l’OTAN, Mark Rutte, s’est rendu à Prague jeudi.";
        work.File("gold/a.txt", Text);
        work.File("gold/a.ann", "T1\tOrganization 27 31\tOTAN\nT2\tPerson 33 43\tMark Rutte\nT3\tLocation 59 65\tPrague\nT4\tDate 66 71\tjeudi\n");

        var result = work.Vigie("eval", "ner", "--lang", "fr", "--data", Path.Combine(work.Folder, "gold"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.OutputLines.Single());
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(3, overall.GetProperty("gold").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(["PER", "ORG", "LOC", "MISC"], json.RootElement.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.True(json.RootElement.GetProperty("tokensPerSecond").GetDouble() > 0);
    }

    [Fact]
    public void Eval_reads_conll_files_and_prints_a_table()
    {
        using var work = new Workspace();
        var file = work.File("gold.conll", "Mark B-PER\nRutte I-PER\nvisited O\nPrague B-LOC\n. O\n");

        var result = work.Vigie("eval", "ner", "--lang", "en", "--data", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("| **all** | 2 |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_says_what_to_do_when_the_data_is_missing()
    {
        using var work = new Workspace();

        var result = work.Vigie("eval", "ner", "--lang", "fr", "--data", Path.Combine(work.Folder, "nothing-here"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("brat", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_a_corpus_is_refused()
    {
        using var work = new Workspace();

        Assert.Equal(2, work.Vigie("train", "ner", "--lang", "de").ExitCode);
    }
}
