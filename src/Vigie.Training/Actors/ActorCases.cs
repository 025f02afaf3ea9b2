using System.Globalization;
using System.Text;

namespace Vigie.Training.Actors;

/// <summary>
/// One resolution case: a short text in a language at a date, one span of it marked with <c>[[…]]</c>,
/// and what that span must resolve to: an actor's canonical name or knowledge-base id, or <c>-</c> when
/// it must stay unresolved (no knowledge-base actor; a document-local entity is fine).
/// </summary>
public sealed record ActorCase(int Line, string Id, string Language, DateOnly? Date, string Text, int Start, int End, string Expected)
{
    /// <summary>The kind of case: the id's prefix ("role" for "role-07").</summary>
    public string Category => Id.Contains('-', StringComparison.Ordinal) ? Id[..Id.LastIndexOf('-')] : Id;

    public string Target => Text[Start..End];
}

/// <summary>Reads the case file (tests/data/actors/cases.tsv): <c>id lang date text expected</c>, tab-separated, # comments.</summary>
public static class ActorCases
{
    /// <summary>Where the cases are, relative to the repository root.</summary>
    public const string DefaultPath = "tests/data/actors/cases.tsv";

    public static IReadOnlyList<ActorCase> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cases = new List<ActorCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            cases.Add(Parse(line, number, path));
        }

        return cases;
    }

    public static ActorCase Parse(string line, int number, string source)
    {
        ArgumentNullException.ThrowIfNull(line);
        var f = line.Split('\t');
        if (f.Length != 5)
        {
            throw new InvalidDataException($"{source}:{number}: expected 5 tab-separated fields (id, lang, date, text, expected), found {f.Length}.");
        }

        DateOnly? date = f[2] is "-" or "" ? null
            : DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new InvalidDataException($"{source}:{number}: '{f[2]}' is not a date (YYYY-MM-DD or -).");
        var open = f[3].IndexOf("[[", StringComparison.Ordinal);
        var close = f[3].IndexOf("]]", StringComparison.Ordinal);
        if (open < 0 || close < open || f[3].IndexOf("[[", open + 2, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidDataException($"{source}:{number}: the text must mark exactly one span with [[…]].");
        }

        var text = string.Concat(f[3].AsSpan(0, open), f[3].AsSpan(open + 2, close - open - 2), f[3].AsSpan(close + 2));
        return new ActorCase(number, f[0], f[1], date, text, open, close - 2, f[4].Trim());
    }
}
