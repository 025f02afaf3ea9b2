using System.Globalization;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Tests.Text;
using Vigie.Times;

namespace Vigie.Tests.Times;

/// <summary>
/// The golden examples of Times/Specs, one test case each: a publication date and a text in, the time
/// expressions out (text, type, value, and whether the value is approximate).
/// </summary>
/// <remarks>
/// In an example the first input line is the publication date (YYYY-MM-DD, or "none"), the other lines
/// the text. Each expected line is <c>words → type value [approx] [mod=MOD] [anchor=ANCHOR]</c>, in text
/// order; "null" is a null value; no expected line means no expression at all. Type and value are
/// always checked, approx both ways, mod and anchor when given.
/// </remarks>
public sealed class TimeSpecTests
{
    private const string Folder = "Times";
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    public static IEnumerable<TheoryDataRow<string, int>> French() => SpecFile.Rows("times.fr.txt", Folder);

    public static IEnumerable<TheoryDataRow<string, int>> English() => SpecFile.Rows("times.en.txt", Folder);

    [Theory]
    [MemberData(nameof(French))]
    [MemberData(nameof(English))]
    public void Example(string file, int index)
    {
        var example = SpecFile.Load(file, Folder)[index];
        var language = file.Split('.')[1];
        var lines = example.Input.Split('\n');
        var published = lines[0] == "none" ? (DateOnly?)null : DateOnly.ParseExact(lines[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = Article.Create(string.Join('\n', lines.Skip(1)), published, language: language);

        var found = Pipeline.Analyze(article).Times;

        var expected = example.Expected.Select(Parse).ToArray();
        var actual = found.Select((time, i) => Show(time, article.Text, i < expected.Length ? expected[i] : null)).ToArray();
        Assert.Equal(expected.Select(e => e.Shown), actual);
    }

    [Fact]
    public void The_spec_files_hold_at_least_150_examples_in_sections()
    {
        var examples = SpecFile.Load("times.fr.txt", Folder).Concat(SpecFile.Load("times.en.txt", Folder)).ToArray();

        Assert.True(examples.Length >= 150, $"only {examples.Length} examples");
        Assert.All(examples, e => Assert.False(string.IsNullOrEmpty(e.Section), $"{e.File}:{e.Line} has no section."));
    }

    private sealed record Expectation(string Shown, bool CheckMod, bool CheckAnchor);

    /// <summary>"jeudi → date 2025-09-04" as it will be compared: flags normalised, approx always shown.</summary>
    private static Expectation Parse(string line)
    {
        var arrow = line.IndexOf(" → ", StringComparison.Ordinal);
        if (arrow <= 0)
        {
            throw new InvalidDataException($"\"{line}\" is no \"words → type value\" line.");
        }

        var fields = line[(arrow + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            throw new InvalidDataException($"\"{line}\" needs a type and a value.");
        }

        var mod = fields.FirstOrDefault(f => f.StartsWith("mod=", StringComparison.Ordinal));
        var anchor = fields.FirstOrDefault(f => f.StartsWith("anchor=", StringComparison.Ordinal));
        var approx = fields.Contains("approx");
        var shown = Format(line[..arrow], fields[0], fields[1], approx, mod, anchor);
        return new Expectation(shown, mod is not null, anchor is not null);
    }

    private static string Show(TimeExpression time, string text, Expectation? expected)
    {
        var mod = expected?.CheckMod == true ? "mod=" + (TimeRecords.ModifierName(time.Modifier) ?? "none") : null;
        var anchor = expected?.CheckAnchor == true ? "anchor=" + (TimeRecords.AnchorName(time.Anchor) ?? "none") : null;
        return Format(time.In(text).ToString(), TimeRecords.TypeName(time.Type), time.Value ?? "null", time.Approximate, mod, anchor);
    }

    private static string Format(string words, string type, string value, bool approx, string? mod, string? anchor) =>
        string.Join(' ', new[] { $"{words} → {type} {value}", approx ? "approx" : null, mod, anchor }.Where(p => p is not null));
}
