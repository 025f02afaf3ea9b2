using System.Globalization;

namespace Vigie.Training.Quotes;

/// <summary>
/// Reads quote test cases (tests/data/quotes/cases.LANG.txt). Cases are separated by a line "---";
/// a case is "# ID TAGS…", "date YYYY-MM-DD", the article's paragraphs, then one line per expected
/// quote "=> KIND | SPEAKER | CUE | STARTS" (SPEAKER null for none, CUE - for none), or "=> none".
/// </summary>
public static class QuoteCaseFile
{
    public static IReadOnlyList<QuoteCase> Read(string path, string language)
    {
        var cases = new List<QuoteCase>();
        var blocks = File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n---\n");
        // A separator after the last case leaves an empty block, which is no case.
        foreach (var block in blocks.Where(b => !string.IsNullOrWhiteSpace(b.Replace("---", "", StringComparison.Ordinal))))
        {
            var lines = block.Trim('\n').Split('\n');
            if (lines.Length < 3 || !lines[0].StartsWith("# ", StringComparison.Ordinal))
            {
                throw new FormatException($"{path}: a case must start with '# ID TAGS', a 'date' line and its text (near '{lines[0]}').");
            }

            var header = lines[0][2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var date = DateOnly.ParseExact(lines[1].Replace("date ", "", StringComparison.Ordinal).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = lines.Skip(2).TakeWhile(line => !line.StartsWith("=> ", StringComparison.Ordinal));
            var expected = lines.Skip(2).Where(line => line.StartsWith("=> ", StringComparison.Ordinal)).Select(line => line[3..].Trim())
                .Where(line => line != "none").Select(Expectation).ToList();
            cases.Add(new QuoteCase(header[0], header[1..], language, date, string.Join('\n', body).Trim(), expected));
        }

        return cases;
    }

    private static ExpectedQuote Expectation(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != 4)
        {
            throw new FormatException($"An expectation is 'KIND | SPEAKER | CUE | STARTS', not '{line}'.");
        }

        return new ExpectedQuote(parts[0], parts[1] == "null" ? null : parts[1], parts[2] == "-" ? null : parts[2], parts[3]);
    }
}
