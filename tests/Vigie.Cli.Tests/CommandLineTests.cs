namespace Vigie.Cli.Tests;

public sealed class CommandLineTests
{
    public static TheoryData<string> Commands => ["demo", "analyze", "ingest", "search", "show", "stats", "rejected", "quotes", "actors", "kb", "train", "eval", "bench", "serve"];

    [Theory]
    [InlineData("kb", "build")]
    [InlineData("kb", "add")]
    [InlineData("eval", "actors")]
    public void Subcommands_teach_with_examples(string command, string subcommand)
    {
        using var work = new Workspace();

        var result = work.Vigie(command, subcommand, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"vigie {command} {subcommand}", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_teaches_with_examples(string command)
    {
        using var work = new Workspace();

        var result = work.Vigie(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"vigie {command}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_lists_the_commands()
    {
        using var work = new Workspace();

        var result = work.Vigie("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in Commands)
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wrong_command_line_exits_with_2_and_says_why()
    {
        using var work = new Workspace();

        var unknown = work.Vigie("search", "x", "--no-such-option");
        var badDate = work.Vigie("search", "x", "--from", "05/09/2025");
        var badFormat = work.Vigie("stats", "--format", "xml");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--no-such-option", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("YYYY-MM-DD", badDate.Error, StringComparison.Ordinal);
        Assert.Equal(2, badFormat.ExitCode);
    }

    [Fact]
    public void Finding_nothing_exits_with_4()
    {
        using var work = new Workspace();

        Assert.Equal(4, work.Vigie("search", "introuvable").ExitCode);
        var show = work.Vigie("show", "abcdef");
        Assert.Equal(4, show.ExitCode);
        Assert.Contains("abcdef", show.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_a_clear_failure()
    {
        using var work = new Workspace();
        var notADatabase = work.File("notes.db", "these are notes, not a database");

        var result = VigieProcess.Run(notADatabase, "stats");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
