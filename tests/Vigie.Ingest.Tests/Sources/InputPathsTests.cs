using Vigie.Ingest.Sources;

namespace Vigie.Ingest.Tests.Sources;

public sealed class InputPathsTests
{
    [Fact]
    public void Folders_are_read_recursively_in_order_without_hidden_files()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "b");
        folder.File("a/c.jsonl", "{}");
        folder.File("a/.hidden.txt", "h");

        var inputs = InputPaths.Expand([folder.Path]).Select(input => Path.GetRelativePath(folder.Path, input.Path)).ToList();

        Assert.Equal(["a/c.jsonl", "b.txt"], inputs);
    }

    [Fact]
    public void Globs_match_files_below_their_root()
    {
        using var folder = new TempFolder();
        folder.File("x/one.html", "1");
        folder.File("x/y/two.html", "2");
        folder.File("x/y/three.txt", "3");

        var shallow = InputPaths.Expand([Path.Combine(folder.Path, "x", "*.html")]).Select(i => Path.GetFileName(i.Path));
        var deep = InputPaths.Expand([Path.Combine(folder.Path, "x", "**", "*.html")]).Select(i => Path.GetFileName(i.Path));

        Assert.Equal(["one.html"], shallow);
        Assert.Equal(["one.html", "two.html"], deep.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Paths_that_lead_nowhere_become_rejections()
    {
        var inputs = InputPaths.Expand(["/no/such/file.txt", "/no/such/*.txt"]).ToList();

        Assert.All(inputs, input => Assert.NotNull(input.Problem));
        Assert.Contains("no such file", inputs[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Contains("no file matches", inputs[1].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_means_standard_input() => Assert.True(InputPaths.Expand(["-"]).Single().IsStdin);
}
