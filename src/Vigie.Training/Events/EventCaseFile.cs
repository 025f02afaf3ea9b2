using System.Globalization;

namespace Vigie.Training.Events;

/// <summary>
/// Reads event test cases (tests/data/events/cases.LANG.txt). Cases are separated by a line "---"; a
/// case is "# ID TAGS…", an optional "date YYYY-MM-DD", the text, then one line per expected event
/// "=> TYPE[/mode] | SOURCES | TARGETS | TRIGGER" (names separated by ";", "-" for none), or "=> none"; other lines
/// starting with "#" (the reason of a "none") are comments.
/// </summary>
public static class EventCaseFile
{
    public static IReadOnlyList<EventCase> Read(string path, string language)
    {
        var cases = new List<EventCase>();
        foreach (var block in File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n---\n"))
        {
            var lines = block.Trim('\n').Split('\n').Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
            var start = lines.FindIndex(line => line.StartsWith("# ", StringComparison.Ordinal));
            if (start < 0)
            {
                continue;
            }

            var header = lines[start][2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            DateOnly? date = null;
            var body = lines.Skip(start + 1).ToList();
            if (body.Count > 0 && body[0].TrimStart().StartsWith("date ", StringComparison.Ordinal)
                && DateOnly.TryParseExact(body[0].Trim()[5..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = day;
                body.RemoveAt(0);
            }

            // "# reason" lines after an expectation are comments, not text.
            var text = string.Join('\n', body.Where(line => !line.StartsWith("=>", StringComparison.Ordinal) && !line.StartsWith('#'))).Trim();
            var expected = body.Where(line => line.StartsWith("=>", StringComparison.Ordinal)).Select(line => line[2..].Trim())
                .Where(line => !line.Equals("none", StringComparison.OrdinalIgnoreCase)).Select(line => Expectation(path, line)).ToList();
            cases.Add(new EventCase(header.Length > 0 ? header[0] : $"case-{cases.Count}", header.Skip(1).ToList(), language, date, text, expected, cases.Count));
        }

        return cases;
    }

    private static ExpectedEvent Expectation(string path, string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            throw new FormatException($"{path}: an expectation is 'TYPE[/mode] | SOURCES | TARGETS | TRIGGER', not '{line}'.");
        }

        var typeAndMode = parts[0].Split('/', 2, StringSplitOptions.TrimEntries);
        return new ExpectedEvent(typeAndMode[0].ToUpperInvariant(), typeAndMode.Length > 1 ? typeAndMode[1] : null, Names(parts[1]), Names(parts[2]),
            parts.Length > 3 && parts[3] != "-" ? parts[3] : null);
    }

    private static List<string> Names(string field) =>
        field == "-" ? [] : [.. field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
