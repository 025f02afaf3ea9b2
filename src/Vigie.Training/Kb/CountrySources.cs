using System.Text.Json;
using Vigie.Kb;

namespace Vigie.Training.Kb;

/// <summary>One row of GeoNames' countryInfo.</summary>
internal sealed record CountryRow(string Iso2, string Iso3, string Name, string Capital, long Population);

/// <summary>
/// States: GeoNames countryInfo (codes, English name, capital, population; CC BY 4.0), their names in eight
/// languages from i18n-iso-countries (MIT), CLDR (Unicode-3.0) and GeoNames (CC BY 4.0), our demonyms, and
/// mledoze/countries' names and demonyms in the separate ODbL file.
/// </summary>
internal static class CountrySources
{
    public static IReadOnlyList<CountryRow> ReadCountryInfo(string shared)
    {
        var rows = new List<CountryRow>();
        foreach (var line in KbSourceText.DataLines(Path.Combine(shared, "kb/geonames/countryInfo.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length < 8 || f[1].Length != 3)
            {
                continue;
            }

            rows.Add(new CountryRow(f[0], f[1], f[4], f[5], long.TryParse(f[7], out var population) ? population : 0));
        }

        return rows;
    }

    public static string Id(string iso3) => "country:" + iso3;

    public static void Add(KbDraft draft, string shared, IReadOnlyList<CountryRow> rows)
    {
        var byIso2 = rows.ToDictionary(r => r.Iso2, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            draft.Define(Id(row.Iso3), ActorKind.Country, row.Name, KbPart.Core, row.Iso3, weight: row.Population);
            AddName(draft, row.Iso3, row.Name, "en");
        }

        foreach (var language in KbSourceText.Languages)
        {
            using var json = KbSourceText.Json(Path.Combine(shared, $"kb/i18n-iso-countries/langs/{language}.json"));
            foreach (var country in json.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (!byIso2.TryGetValue(country.Name, out var row))
                {
                    continue;
                }

                var names = country.Value.ValueKind == JsonValueKind.Array
                    ? country.Value.EnumerateArray().Select(v => v.GetString()!)
                    : [country.Value.GetString()!];
                foreach (var name in names)
                {
                    AddName(draft, row.Iso3, name, language);
                }
            }
        }

        foreach (var language in KbSourceText.Languages)
        {
            using var json = KbSourceText.Json(Path.Combine(shared, $"lexicons/cldr/{language}/territories.json"));
            var territories = json.RootElement.GetProperty("main").GetProperty(language).GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (var territory in territories.EnumerateObject())
            {
                var code = territory.Name.Split('-')[0];
                if (byIso2.TryGetValue(code, out var row))
                {
                    AddName(draft, row.Iso3, territory.Value.GetString()!, language);
                }
            }
        }

        var byGeonameId = ReadGeonameIds(shared);
        using (var translations = KbSourceText.Json(Path.Combine(shared, "kb/geonames/country_translations.json")))
        {
            foreach (var country in translations.RootElement.EnumerateObject())
            {
                if (!byGeonameId.TryGetValue(country.Name, out var iso3))
                {
                    continue;
                }

                foreach (var language in KbSourceText.Languages)
                {
                    if (country.Value.TryGetProperty(language, out var name))
                    {
                        AddName(draft, iso3, name.GetString()!, language);
                    }
                }
            }
        }
    }

    /// <summary>Our demonyms (data/kb/demonyms.tsv), inflected.</summary>
    public static int AddDemonyms(KbDraft draft, string file)
    {
        string[] languages = ["fr", "en", "de", "es", "it", "ru"];
        var count = 0;
        foreach (var line in KbSourceText.DataLines(file))
        {
            var f = line.Split('\t');
            for (var i = 0; i < languages.Length && i + 1 < f.Length; i++)
            {
                foreach (var form in Demonyms.Forms(languages[i], f[i + 1].Trim()))
                {
                    draft.Alias(Id(f[0]), KbPart.Core, KbTier.Curated, form, languages[i], AliasKind.Demonym);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>mledoze/countries: official and common names in seven languages, English and French demonyms (ODbL file).</summary>
    public static void AddMledoze(KbDraft draft, string shared)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fra"] = "fr",
            ["deu"] = "de",
            ["spa"] = "es",
            ["ita"] = "it",
            ["rus"] = "ru",
            ["por"] = "pt",
            ["nld"] = "nl",
        };
        using var json = KbSourceText.Json(Path.Combine(shared, "kb/countries-mledoze/countries.json"));
        foreach (var country in json.RootElement.EnumerateArray())
        {
            var id = Id(country.GetProperty("cca3").GetString()!);
            if (!draft.Contains(id))
            {
                continue;
            }

            var name = country.GetProperty("name");
            Odbl(draft, id, name.GetProperty("common").GetString()!, "en");
            Odbl(draft, id, name.GetProperty("official").GetString()!, "en");
            foreach (var (code, language) in languages)
            {
                if (country.GetProperty("translations").TryGetProperty(code, out var translation))
                {
                    Odbl(draft, id, translation.GetProperty("common").GetString()!, language);
                    Odbl(draft, id, translation.GetProperty("official").GetString()!, language);
                }
            }

            foreach (var spelling in country.GetProperty("altSpellings").EnumerateArray())
            {
                var text = spelling.GetString()!;

                // Codes ("RU") and spellings in other scripts are left out.
                if (text.Length > 3 && !text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.All(c => c < 0x250))
                {
                    Odbl(draft, id, text, ActorAlias.AnyLanguage);
                }
            }

            if (country.TryGetProperty("demonyms", out var demonyms))
            {
                if (demonyms.TryGetProperty("eng", out var english) && english.GetProperty("m").GetString() is { Length: > 0 } en)
                {
                    foreach (var form in Demonyms.Forms("en", en))
                    {
                        draft.Alias(id, KbPart.CountriesOdbl, KbTier.Main, form, "en", AliasKind.Demonym);
                    }
                }

                if (demonyms.TryGetProperty("fra", out var french) && french.GetProperty("m").GetString() is { Length: > 0 } m)
                {
                    foreach (var form in Demonyms.FrenchFromCapitalised(m, french.GetProperty("f").GetString() ?? m))
                    {
                        draft.Alias(id, KbPart.CountriesOdbl, KbTier.Main, form, "fr", AliasKind.Demonym);
                    }
                }
            }
        }
    }

    private static void Odbl(KbDraft draft, string id, string name, string language)
    {
        var plain = KbSourceText.WithoutParentheses(name, out _);
        if (KbSourceText.Usable(plain))
        {
            draft.Alias(id, KbPart.CountriesOdbl, KbTier.Main, plain, language);
        }
    }

    private static void AddName(KbDraft draft, string iso3, string name, string language)
    {
        var plain = KbSourceText.WithoutParentheses(name, out var inner);
        if (KbSourceText.Usable(plain))
        {
            draft.Alias(Id(iso3), KbPart.Core, KbTier.Main, plain, language);
        }

        // "Myanmar (Burma)": "Burma" too; "Congo (Brazzaville)" is a city, not a name of the state.
        if (inner is not null && KbSourceText.Usable(inner) && !inner.Contains(' ', StringComparison.Ordinal) && inner is not "Brazzaville" and not "Kinshasa")
        {
            draft.Alias(Id(iso3), KbPart.Core, KbTier.Main, inner, language);
        }
    }

    private static Dictionary<string, string> ReadGeonameIds(string shared)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in KbSourceText.DataLines(Path.Combine(shared, "kb/geonames/countryInfo.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length > 16 && f[1].Length == 3)
            {
                ids[f[16]] = f[1];
            }
        }

        return ids;
    }
}
