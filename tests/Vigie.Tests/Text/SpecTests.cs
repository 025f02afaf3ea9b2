using Vigie.Text;

namespace Vigie.Tests.Text;

/// <summary>The golden examples of Text/Specs, one test case each.</summary>
public sealed class SpecTests
{
    public static IEnumerable<TheoryDataRow<string, int>> TokenExamples() =>
        SpecFile.Rows("tokens.fr.txt").Concat(SpecFile.Rows("tokens.en.txt")).Concat(SpecFile.Rows("tokens.und.txt"));

    public static IEnumerable<TheoryDataRow<string, int>> SentenceExamples() =>
        SpecFile.Rows("sentences.fr.txt").Concat(SpecFile.Rows("sentences.en.txt"));

    [Theory]
    [MemberData(nameof(TokenExamples))]
    public void Tokens(string file, int index)
    {
        var example = SpecFile.Load(file)[index];
        var language = LanguageOf(file);
        var expected = example.Expected.Select(ParseToken).ToArray();
        var actual = TextTestKit.Tagged(language, example.Input);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(SentenceExamples))]
    public void Sentences(string file, int index)
    {
        var example = SpecFile.Load(file)[index];
        var actual = TextTestKit.Sentences(LanguageOf(file), example.Input);
        Assert.Equal(example.Expected, actual);
    }

    [Fact]
    public void Every_spec_file_has_examples_in_every_section()
    {
        foreach (var file in new[] { "tokens.fr.txt", "tokens.en.txt", "tokens.und.txt", "sentences.fr.txt", "sentences.en.txt" })
        {
            var examples = SpecFile.Load(file);
            Assert.True(examples.Count >= 10, $"{file} has only {examples.Count} examples.");
            Assert.All(examples, e => Assert.False(string.IsNullOrEmpty(e.Section), $"{file}:{e.Line} has no section."));
        }
    }

    /// <summary>"tokens.fr.txt" is French.</summary>
    private static string LanguageOf(string file) => file.Split('.')[1];

    /// <summary>"1 500   Number" is the token "1 500" of kind Number: the kind is the last field.</summary>
    private static string ParseToken(string line)
    {
        var trimmed = line.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0 || !Enum.TryParse<TokenKind>(trimmed[(space + 1)..], out var kind))
        {
            throw new InvalidDataException($"\"{line}\" is no \"token Kind\" line.");
        }

        return $"{trimmed[..space].TrimEnd()}/{kind}";
    }
}
