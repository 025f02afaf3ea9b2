using System.Text.RegularExpressions;
using Vigie.Kb;

namespace Vigie.Training.Kb;

/// <summary>
/// Cities: GeoNames cities15000 (CC BY 4.0) with their English and ASCII names, alternate names (for
/// cities of 100,000 people or more, and capitals), names in eight languages from CLDR's exemplar cities
/// (Unicode-3.0), and the capital of every state.
/// </summary>
internal static partial class CitySource
{
    /// <summary>Cities at least this large keep their alternate names (« Pékin », "Peking" for Beijing).</summary>
    public const long AlternateNamesFrom = 100_000;

    public static string Id(string geonameId) => "geonames:" + geonameId;

    public static int Add(KbDraft draft, string shared, IReadOnlyList<CountryRow> countries)
    {
        var iso3 = countries.ToDictionary(c => c.Iso2, c => c.Iso3, StringComparer.Ordinal);
        var byZone = new Dictionary<string, List<(string Id, string Name, string Ascii)>>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, List<(string Id, string Name, string Ascii, string Code)>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var line in File.ReadLines(Path.Combine(shared, "kb/geonames/cities15000.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 18 || !iso3.TryGetValue(f[8], out var country))
            {
                continue;
            }

            var id = Id(f[0]);
            var population = long.TryParse(f[14], out var p) ? p : 0;
            draft.Define(id, ActorKind.Place, f[1], KbPart.Core, country, CountrySources.Id(country), weight: population);
            draft.Alias(id, KbPart.Core, KbTier.Bulk, f[1], ActorAlias.AnyLanguage);
            draft.Alias(id, KbPart.Core, KbTier.Bulk, f[2], ActorAlias.AnyLanguage);
            if (population >= AlternateNamesFrom || f[7] == "PPLC")
            {
                foreach (var alternate in f[3].Split(','))
                {
                    if (IsUsableAlternate(alternate))
                    {
                        draft.Alias(id, KbPart.Core, KbTier.Bulk, alternate, ActorAlias.AnyLanguage, AliasKind.Name, AliasFlags.Alternate);
                    }
                }
            }

            if (!byZone.TryGetValue(f[17], out var inZone))
            {
                byZone[f[17]] = inZone = [];
            }

            inZone.Add((id, f[1], f[2]));
            if (f[7] is "PPLC" or "PPLA" or "PPLG")
            {
                if (!capitals.TryGetValue(country, out var list))
                {
                    capitals[country] = list = [];
                }

                list.Add((id, f[1], f[2], f[7]));
            }

            count++;
        }

        AddCapitals(draft, countries, capitals);
        AddExemplarCities(draft, shared, byZone);
        return count;
    }

    /// <summary>An alternate name worth indexing: a capitalised word in Latin or Cyrillic letters, not a code ("BJS"), not a lower-case transliteration.</summary>
    private static bool IsUsableAlternate(string name) =>
        name.Length >= 3 && char.IsUpper(name[0]) && !name.Any(char.IsDigit) && !name.Contains('(', StringComparison.Ordinal) && !name.All(c => !char.IsLetter(c) || char.IsUpper(c)) && PlainName().IsMatch(name);

    private static void AddCapitals(KbDraft draft, IReadOnlyList<CountryRow> countries, Dictionary<string, List<(string Id, string Name, string Ascii, string Code)>> candidates)
    {
        foreach (var country in countries)
        {
            if (country.Capital.Length == 0 || !candidates.TryGetValue(country.Iso3, out var list))
            {
                continue;
            }

            var named = list.Where(c => c.Name == country.Capital || c.Ascii == country.Capital).ToList();
            var capital = named.FirstOrDefault(c => c.Code == "PPLC");
            if (capital.Id is null)
            {
                capital = named.Count == 1 ? named[0] : list.Count(c => c.Code == "PPLC") == 1 ? list.First(c => c.Code == "PPLC") : default;
            }

            if (capital.Id is not null)
            {
                draft.Capital(CountrySources.Id(country.Iso3), capital.Id);
            }
        }
    }

    /// <summary>CLDR's exemplar city names (« Moscou », "Moskau", « Pékin » where the time zone is named after the city).</summary>
    private static void AddExemplarCities(KbDraft draft, string shared, Dictionary<string, List<(string Id, string Name, string Ascii)>> byZone)
    {
        foreach (var language in KbSourceText.Languages)
        {
            var path = Path.Combine(shared, $"lexicons/cldr/{language}/timeZoneNames.json");
            using var json = KbSourceText.Json(path);
            var zones = json.RootElement.GetProperty("main").GetProperty(language).GetProperty("dates").GetProperty("timeZoneNames").GetProperty("zone");
            foreach (var (zone, city) in Exemplars(zones, ""))
            {
                var plain = KbSourceText.WithoutParentheses(city, out _);
                var english = zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ');
                if (!byZone.TryGetValue(zone, out var inZone) || plain.Contains('[', StringComparison.Ordinal))
                {
                    continue;
                }

                var match = inZone.Where(c => c.Name == english || c.Ascii == english).ToList();
                if (match.Count == 1)
                {
                    draft.Alias(match[0].Id, KbPart.Core, KbTier.Main, plain, language);
                }
            }
        }
    }

    private static IEnumerable<(string Zone, string City)> Exemplars(System.Text.Json.JsonElement node, string path)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (property.Value.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                continue;
            }

            var zone = path.Length == 0 ? property.Name : path + "/" + property.Name;
            if (property.Value.TryGetProperty("exemplarCity", out var city))
            {
                yield return (zone, city.GetString()!);
            }
            else
            {
                foreach (var inner in Exemplars(property.Value, zone))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"^[\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}\p{IsCyrillic}]+$")]
    private static partial Regex PlainName();
}
