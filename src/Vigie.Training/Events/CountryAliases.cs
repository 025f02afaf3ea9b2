using System.Text.Json;

namespace Vigie.Training.Events;

/// <summary>
/// Other words for a country's English name, for scoring actor words before actor resolution: its French
/// name and demonyms and its English demonym (« Russie », « russe », "Russian" for "Russia"), read from
/// ../shared/data/kb/countries-mledoze (ODbL; used in place, nothing derived is shipped).
/// </summary>
public static class CountryAliases
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string? sharedData)
    {
        var path = sharedData is null ? null : Path.Combine(sharedData, "kb", "countries-mledoze", "countries.json");
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (path is null || !File.Exists(path))
        {
            return aliases;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var names = new List<string>();
            if (country.TryGetProperty("translations", out var translations) && translations.TryGetProperty("fra", out var french))
            {
                names.Add(french.GetProperty("common").GetString() ?? "");
            }

            if (country.TryGetProperty("demonyms", out var demonyms))
            {
                foreach (var language in new[] { "fra", "eng" })
                {
                    if (demonyms.TryGetProperty(language, out var forms))
                    {
                        names.Add(forms.GetProperty("m").GetString() ?? "");
                        names.Add(forms.GetProperty("f").GetString() ?? "");
                    }
                }
            }

            var english = country.GetProperty("name").GetProperty("common").GetString() ?? "";
            aliases[english] = [.. names.Where(n => n.Length > 2).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        return aliases;
    }
}
