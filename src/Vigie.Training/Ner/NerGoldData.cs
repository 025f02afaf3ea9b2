namespace Vigie.Training.Ner;

/// <summary>Reads gold data given on the command line: a brat folder (.txt + .ann), a CoNLL/IOB file, or a folder of them.</summary>
public static class NerGoldData
{
    private static readonly string[] ConllExtensions = [".conll", ".bio", ".iob", ".iob2", ".tsv", ".txt"];

    public static IReadOnlyList<NerDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return [.. ConllReader.ReadFile(path, Path.GetFileName(path), "data")];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No gold data at '{path}': give a brat folder (.txt + .ann) or CoNLL/IOB files.", path);
        }

        if (Directory.EnumerateFiles(path, "*.ann", SearchOption.AllDirectories).Any())
        {
            return [.. BratReader.ReadFolder(path, "data", path)];
        }

        var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => ConllExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return files.Length > 0
            ? [.. files.SelectMany(f => ConllReader.ReadFile(f, Path.GetRelativePath(path, f).Replace('\\', '/'), "data"))]
            : throw new FileNotFoundException($"No brat (.ann) or CoNLL files under '{path}'.", path);
    }
}
