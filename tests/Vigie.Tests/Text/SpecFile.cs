using System.Globalization;
using System.Text;

namespace Vigie.Tests.Text;

/// <summary>One example of a spec file: where it is, its input and the expected output lines.</summary>
internal sealed record SpecExample(string File, int Line, string Section, string Input, IReadOnlyList<string> Expected);

/// <summary>
/// Reads the golden spec files of Text/Specs, in the manner of the CommonMark and Markdig specs.
/// </summary>
/// <remarks>
/// An example sits between a line "~~~ example" and a line "~~~": the input (one or more lines), a
/// line holding a single ".", then the expected output, one item a line. "\uXXXX" stands for that
/// character in inputs and outputs ("\u00A0" for a non-breaking space) and "\n" for a line break in
/// inputs. A line "## Title" names the section of the examples after it; every other line outside
/// an example is a comment.
/// </remarks>
internal static class SpecFile
{
    private const string Open = "~~~ example";
    private const string Close = "~~~";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Text", "Specs");

    /// <summary>The examples of a spec file of Text/Specs, or of <paramref name="folder"/>/Specs.</summary>
    public static IReadOnlyList<SpecExample> Load(string fileName, string folder = "Text")
    {
        var path = Path.Combine(AppContext.BaseDirectory, folder, "Specs", fileName);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var examples = new List<SpecExample>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }

            if (line.TrimEnd() != Open)
            {
                continue;
            }

            var start = i + 1;
            var input = new List<string>();
            var expected = new List<string>();
            var inOutput = false;
            for (i = start; ; i++)
            {
                if (i >= lines.Length)
                {
                    throw new InvalidDataException($"{fileName}:{start}: example without its closing \"{Close}\".");
                }

                var current = lines[i];
                if (current.TrimEnd() == Close)
                {
                    break;
                }

                if (!inOutput && current == ".")
                {
                    inOutput = true;
                    continue;
                }

                (inOutput ? expected : input).Add(Unescape(current));
            }

            if (!inOutput || input.Count == 0)
            {
                throw new InvalidDataException($"{fileName}:{start}: an example needs an input, a \".\" line and an output.");
            }

            examples.Add(new SpecExample(fileName, start, section, string.Join('\n', input), expected));
        }

        return examples;
    }

    /// <summary>Rows for a theory: the file and the index of each example, named after its line and input.</summary>
    public static IEnumerable<TheoryDataRow<string, int>> Rows(string fileName, string folder = "Text") =>
        Load(fileName, folder).Select((example, index) => new TheoryDataRow<string, int>(fileName, index)
        {
            TestDisplayName = $"{fileName}:{example.Line} [{example.Section}] {Abbreviate(example.Input)}",
        });

    private static string Abbreviate(string input)
    {
        var flat = input.Replace("\n", "⏎", StringComparison.Ordinal);
        return flat.Length <= 60 ? flat : string.Concat(flat.AsSpan(0, 57), "...");
    }

    private static string Unescape(string line)
    {
        if (!line.Contains('\\', StringComparison.Ordinal))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 5 < line.Length && line[i + 1] == 'u'
                && int.TryParse(line.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 5;
            }
            else if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == 'n')
            {
                builder.Append('\n');
                i++;
            }
            else
            {
                builder.Append(line[i]);
            }
        }

        return builder.ToString();
    }
}
