using System.Globalization;
using System.Text;
using System.Xml;

namespace Vigie.Training.Times;

/// <summary>Whether a TimeBank document is used to tune the rules (dev) or only to report on them (test).</summary>
public enum TimeBankPart
{
    Dev,
    Test,
}

/// <summary>A gold TIMEX3 of a TimeBank document: offsets into the document's plain text.</summary>
public sealed record TimeBankTimex(int Start, int End, string Text, string Type, string? Value, string? Mod);

/// <summary>One ISO-TimeML document: its plain text (tags removed), its creation time and its gold time expressions.</summary>
public sealed record TimeBankDocument(string Name, string Text, DateOnly Created, IReadOnlyList<TimeBankTimex> Timexes, TimeBankPart Part);

/// <summary>
/// Reads the French TimeBank (or any ISO-TimeML folder) at evaluation time; none of its text is copied
/// into the repository (LGPL-LR). The creation time is the TIMEX3 whose functionInDocument is
/// CREATION_TIME (inside DCT). The split is fixed: files sorted by name, the even positions (0, 2, 4 …)
/// are the dev half the rules were tuned on, the odd positions the test half.
/// </summary>
public static class TimeBankCorpus
{
    /// <summary>The French TimeBank inside the shared data folder.</summary>
    public static string DefaultFolder(string sharedData) => Path.Combine(sharedData, "times", "fr-timebank");

    /// <summary>Every .tml file of <paramref name="folder"/> (or of its Data subfolder), with its part.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is not ISO-TimeML with a creation time.</exception>
    public static IReadOnlyList<TimeBankDocument> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var data = Directory.Exists(Path.Combine(folder, "Data")) ? Path.Combine(folder, "Data") : folder;
        if (!Directory.Exists(data))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder. Give the TimeBank folder with --data, or put ../shared beside the repository.");
        }

        var files = Directory.GetFiles(data, "*.tml").Order(StringComparer.Ordinal).ToArray();
        return [.. files.Select((path, i) => Read(path, i % 2 == 0 ? TimeBankPart.Dev : TimeBankPart.Test))];
    }

    public static TimeBankDocument Read(string path, TimeBankPart part)
    {
        ArgumentNullException.ThrowIfNull(path);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var timexes = new List<TimeBankTimex>();
        var open = new Stack<(int Start, string Type, string? Value, string? Mod)>();
        DateOnly? created = null;
        var inText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3":
                    if (reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        created ??= Date(reader.GetAttribute("value"), path);
                    }
                    else if (inText && !reader.IsEmptyElement)
                    {
                        open.Push((text.Length, reader.GetAttribute("type") ?? "DATE", reader.GetAttribute("value"), reader.GetAttribute("mod")));
                    }

                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open.Count > 0:
                    var (start, type, value, mod) = open.Pop();
                    timexes.Add(new TimeBankTimex(start, text.Length, text.ToString(start, text.Length - start), type, value, mod));
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        return new TimeBankDocument(
            Path.GetFileNameWithoutExtension(path),
            text.ToString(),
            created ?? throw new InvalidDataException($"{path}: no creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")."),
            [.. timexes.OrderBy(t => t.Start)],
            part);
    }

    private static DateOnly Date(string? value, string path) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{path}: the creation time \"{value}\" is not YYYY-MM-DD.");
}
