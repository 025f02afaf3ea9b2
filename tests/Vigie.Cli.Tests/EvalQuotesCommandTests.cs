namespace Vigie.Cli.Tests;

public sealed class EvalQuotesCommandTests
{
    [Fact]
    public void A_malformed_quote_case_file_is_named_with_what_is_wrong()
    {
        using var work = new Workspace();
        var file = work.File("broken.fr.txt", "« Nous rouvrirons lundi », a déclaré Anne Roux.\n");

        var result = work.Vigie("eval", "quotes", "--data", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.fr.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("# ID TAGS", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }
}
