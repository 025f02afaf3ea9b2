using System.Globalization;

namespace Vigie.Training.Kb;

/// <summary>
/// Given names from INSEE's file of first names (Licence Ouverte, "Source: INSEE"), as the go-france
/// repository totals them: those given at least <see cref="MinCount"/> times in France, 1900-2022. They
/// tell the linker that "Scott Bessent" and « Aïcha Traoré » are people when no title says so.
/// </summary>
internal static class GivenNames
{
    public const int MinCount = 50;

    public static IReadOnlyList<string> Read(string shared)
    {
        var names = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(shared, "lexicons/names-fr-insee/prenoms_sorted_by_count.csv")))
        {
            var comma = line.LastIndexOf(',');
            if (comma <= 0 || line[0] == '_' || !int.TryParse(line.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < MinCount)
            {
                continue;
            }

            var name = line[..comma];
            if (name.Length >= 2 && name.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                names.Add(Vigie.Text.TextFold.FoldWithoutDiacritics(name));
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
