using System.Globalization;
using Vigie.Entities;

namespace Vigie.Training.Ner;

/// <summary>
/// Reads brat standoff annotation: a <c>.txt</c> file and its <c>.ann</c> (text-bound lines
/// <c>T1⇥Type start end⇥words</c>). Types map through <see cref="NerTypeMapping"/>; nested mentions are
/// flattened to the outermost (the longer first at equal start); discontinuous ones are skipped.
/// </summary>
public static class BratReader
{
    /// <summary>Every <c>.txt</c> with an <c>.ann</c> beside it under <paramref name="folder"/>, in ordinal order of path.</summary>
    public static IEnumerable<NerDocument> ReadFolder(string folder, string source, string idRoot)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var ann in Directory.GetFiles(folder, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var txt = Path.ChangeExtension(ann, ".txt");
            if (File.Exists(txt))
            {
                var id = Path.GetRelativePath(idRoot, Path.ChangeExtension(ann, null)).Replace('\\', '/');
                yield return Read(id, source, File.ReadAllText(txt), File.ReadLines(ann));
            }
        }
    }

    public static NerDocument Read(string id, string source, string text, IEnumerable<string> annotationLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotationLines);
        var spans = new List<NerSpan>();
        foreach (var line in annotationLines)
        {
            if (!line.StartsWith('T'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            var parts = fields[1].Split(' ');
            if (parts.Length != 3 || NerTypeMapping.Map(parts[0]) is not { } type
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start < 0 || end > text.Length || end <= start)
            {
                continue;
            }

            spans.Add(new NerSpan(start, end, type));
        }

        return new NerDocument(id, source, text, Outermost(spans), null);
    }

    /// <summary>The mentions that no other contains (the longer first at equal start; of two crossing ones, the first).</summary>
    public static IReadOnlyList<NerSpan> Outermost(IEnumerable<NerSpan> spans)
    {
        var kept = new List<NerSpan>();
        var end = -1;
        foreach (var span in spans.Distinct().OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Type))
        {
            if (span.Start >= end)
            {
                kept.Add(span);
                end = span.End;
            }
        }

        return kept;
    }

    /// <summary>Writes a document as brat standoff (for tests and for exporting predictions).</summary>
    public static string Annotations(IEnumerable<NerSpan> spans, string text)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(text);
        var lines = spans.Select((s, i) => $"T{i + 1}\t{Name(s.Type)} {s.Start} {s.End}\t{text[s.Start..s.End]}");
        return string.Join('\n', lines) + "\n";
    }

    private static string Name(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Location => "Location",
        _ => "Misc",
    };
}
