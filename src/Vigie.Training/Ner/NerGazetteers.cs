using System.Globalization;
using System.Text.Json;
using Vigie.Entities.Tagging;

namespace Vigie.Training.Ner;

/// <summary>A name list of the shared data folder used for gazetteer and name features, with its licence.</summary>
public sealed record GazetteerSource(string Path, string Licence, string Gives);

/// <summary>
/// Reads the name lists the tagger's gazetteer and name features come from. Only sources whose
/// licence lets us ship what is derived from them are read (no share-alike: not countries-mledoze
/// (ODbL), not intl-orgs (CC BY-SA)): GeoNames (CC BY 4.0), i18n-iso-countries (MIT), CLDR
/// (Unicode-3.0), PETRARCH2/Phoenix (MIT), leaders-wikidata (Wikidata facts, CC0), INSEE names
/// (Licence Ouverte).
/// </summary>
public sealed class NerGazetteers
{
    /// <summary>Below this many births, an INSEE given name is not kept.</summary>
    public const int MinGivenNameCount = 200;

    /// <summary>Below this many births, an INSEE family name is not kept.</summary>
    public const int MinFamilyNameCount = 500;

    /// <summary>City alternate names (all scripts and spellings) are kept for cities of at least this many people.</summary>
    public const int MinPopulationForAlternateNames = 100_000;

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "PRESIDENT", "MINISTER", "SECRETARY", "CHIEF", "LEADER", "OFFICIAL", "OFFICIALS", "SPOKESMAN", "SPOKESPERSON", "AMBASSADOR",
        "KING", "QUEEN", "PRINCE", "PRINCESS", "SENATOR", "GOVERNOR", "MAYOR", "COMMANDER", "ENVOY", "HEAD", "DIRECTOR", "GENERAL",
        "PREMIER", "CHAIRMAN", "DEPUTY", "FORMER", "SHEIKH", "SHEIK", "LORD", "BARON", "SIR", "DR", "DR.", "MR", "MR.", "MRS", "COLONEL",
        "MEMBER", "MEMBERS", "SOLDIERS", "TROOPS", "FORCES", "ARMY", "POLICE", "MILITARY", "GOVERNMENT", "CABINET", "EMPEROR", "SULTAN",
        "EMIR", "AYATOLLAH", "POPE", "CARDINAL", "BISHOP", "REVEREND", "JUDGE", "JUSTICE", "MAJOR", "CAPTAIN", "LIEUTENANT", "ADMIRAL",
    };

    private readonly List<(GazetteerList List, string Name)> _entries = [];
    private readonly SortedSet<string> _given = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _family = new(StringComparer.Ordinal);

    private NerGazetteers()
    {
    }

    /// <summary>The entries: which list, which name (as written in the source; the lexicon folds it).</summary>
    public IReadOnlyList<(GazetteerList List, string Name)> Entries => _entries;

    /// <summary>Given names (single words).</summary>
    public IReadOnlyCollection<string> GivenNames => _given;

    /// <summary>Family names (single words).</summary>
    public IReadOnlyCollection<string> FamilyNames => _family;

    /// <summary>The sources read, for the model's NOTICE.</summary>
    public static IReadOnlyList<GazetteerSource> Sources { get; } =
    [
        new("kb/geonames/cities15000.txt", "CC BY 4.0 (GeoNames, geonames.org)", "city names; alternate names of cities of 100,000 people or more"),
        new("kb/geonames/country_translations.json, countryInfo.tsv", "CC BY 4.0 (GeoNames, geonames.org)", "country names in French and English"),
        new("kb/i18n-iso-countries", "MIT", "country names in French and English"),
        new("lexicons/cldr (territories)", "Unicode-3.0 (Unicode CLDR)", "country and region names in French and English"),
        new("kb/petrarch2-phoenix", "MIT (Open Event Data Alliance)", "people's names (CountryInfo, IGO rulers); organisations (international actors, non-state armed groups)"),
        new("kb/leaders-wikidata", "facts from Wikidata (CC0)", "names of heads of state and government"),
        new("lexicons/names-fr-insee", "Licence Ouverte / Open Licence (Source: INSEE)", $"given names (≥ {MinGivenNameCount} births) and family names (≥ {MinFamilyNameCount} births)"),
    ];

    /// <summary>Reads every source for a model of <paramref name="language"/> (country and region names in that language and in English).</summary>
    public static NerGazetteers Load(string language, string sharedData)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(sharedData);
        var gazetteers = new NerGazetteers();
        var languages = language == "en" ? new[] { "en" } : [language, "en"];
        gazetteers.ReadCities(Path.Combine(sharedData, "kb/geonames/cities15000.txt"));
        gazetteers.ReadGeoNamesCountries(sharedData, languages);
        foreach (var code in languages)
        {
            gazetteers.ReadIsoCountries(Path.Combine(sharedData, $"kb/i18n-iso-countries/langs/{code}.json"));
            gazetteers.ReadCldrTerritories(Path.Combine(sharedData, $"lexicons/cldr/{code}/territories.json"), code);
        }

        gazetteers.ReadPetrarch(Path.Combine(sharedData, "kb/petrarch2-phoenix/Phoenix.Countries.actors.txt"), organisations: false);
        gazetteers.ReadPetrarch(Path.Combine(sharedData, "kb/petrarch2-phoenix/Phoenix.International.actors.txt"), organisations: true);
        gazetteers.ReadPetrarch(Path.Combine(sharedData, "kb/petrarch2-phoenix/Phoenix.MilNonState.actors.txt"), organisations: true);
        gazetteers.ReadLeaders(Path.Combine(sharedData, "kb/leaders-wikidata/leaders_history.csv"));
        gazetteers.ReadInsee(Path.Combine(sharedData, "lexicons/names-fr-insee/prenoms_sorted_by_count.csv"), gazetteers._given, MinGivenNameCount);
        gazetteers.ReadInsee(Path.Combine(sharedData, "lexicons/names-fr-insee/noms_sorted_by_count.csv"), gazetteers._family, MinFamilyNameCount);
        return gazetteers;
    }

    private void Add(GazetteerList list, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length >= 2 && trimmed.Any(char.IsLetter))
        {
            _entries.Add((list, trimmed));
        }
    }

    private void ReadCities(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length < 15)
            {
                continue;
            }

            Add(GazetteerList.City, fields[1]);
            if (fields[2] != fields[1])
            {
                Add(GazetteerList.City, fields[2]);
            }

            if (long.TryParse(fields[14], NumberStyles.None, CultureInfo.InvariantCulture, out var population) && population >= MinPopulationForAlternateNames)
            {
                foreach (var alternate in fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    // Latin-script names that start with a capital: "Pékin", "Londres"; not codes ("LON") nor transliterations in lower case.
                    if (alternate.Length >= 3 && char.IsUpper(alternate[0]) && alternate.All(c => c < 0x250 || !char.IsLetter(c)) && !alternate.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                    {
                        Add(GazetteerList.City, alternate);
                    }
                }
            }
        }
    }

    private void ReadGeoNamesCountries(string shared, string[] languages)
    {
        var info = Path.Combine(shared, "kb/geonames/countryInfo.tsv");
        if (File.Exists(info))
        {
            foreach (var line in File.ReadLines(info).Where(l => !l.StartsWith('#')))
            {
                var fields = line.Split('\t');
                if (fields.Length > 5)
                {
                    Add(GazetteerList.Country, fields[4]);
                }
            }
        }

        var translations = Path.Combine(shared, "kb/geonames/country_translations.json");
        if (File.Exists(translations))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(translations));
            foreach (var country in json.RootElement.EnumerateObject())
            {
                foreach (var code in languages)
                {
                    if (country.Value.TryGetProperty(code, out var name) && name.GetString() is { } value)
                    {
                        Add(GazetteerList.Country, value);
                    }
                }
            }
        }
    }

    private void ReadIsoCountries(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var country in json.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (country.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in country.Value.EnumerateArray())
                {
                    Add(GazetteerList.Country, name.GetString() ?? "");
                }
            }
            else
            {
                Add(GazetteerList.Country, country.Value.GetString() ?? "");
            }
        }
    }

    private void ReadCldrTerritories(string path, string code)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var territories = json.RootElement.GetProperty("main").GetProperty(code).GetProperty("localeDisplayNames").GetProperty("territories");
        foreach (var territory in territories.EnumerateObject())
        {
            var key = territory.Name;
            var name = territory.Value.GetString() ?? "";
            // Numeric keys are continents and regions ("150": Europe); two letters are countries; others (EU, UN, EZ) are organisations or zones.
            var list = char.IsDigit(key[0]) ? GazetteerList.Region
                : key.Length == 2 || key.StartsWith(key[..2] + "-alt", StringComparison.Ordinal) ? GazetteerList.Country
                : (GazetteerList?)null;
            if (list is { } chosen && !key.StartsWith("EU", StringComparison.Ordinal) && !key.StartsWith("UN", StringComparison.Ordinal) && !key.StartsWith("EZ", StringComparison.Ordinal))
            {
                Add(chosen, name);
            }
        }
    }

    /// <summary>
    /// PETRARCH2/Phoenix actor dictionaries: a block is a phrase line, '+' synonyms and tab-indented
    /// [CODE dates] lines. Blocks with dated roles or from CountryInfo/IGO rulers are people; in the
    /// international and non-state files, the others are organisations. Phrases with role words
    /// ("UN_SECRETARY_GENERAL", "PRESIDENT_…") are skipped.
    /// </summary>
    private void ReadPetrarch(string path, bool organisations)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var phrases = new List<string>();
        var person = false;
        void Flush()
        {
            if (phrases.Count > 0 && (person || organisations))
            {
                foreach (var phrase in phrases)
                {
                    var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 0 && !words.Any(RoleWords.Contains) && !phrase.Contains('(', StringComparison.Ordinal))
                    {
                        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase.ToLowerInvariant());
                        Add(person ? GazetteerList.Person : GazetteerList.Organization, name);
                        if (person && words.Length >= 2)
                        {
                            _given.Add(words[0]);
                            _family.Add(words[^1]);
                        }
                    }
                }
            }

            phrases.Clear();
            person = false;
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (raw.StartsWith('#'))
            {
                continue;
            }

            var comment = raw.IndexOf('#', StringComparison.Ordinal);
            var line = comment >= 0 ? raw[..comment] : raw;
            var notes = comment >= 0 ? raw[comment..] : "";
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var dated = notes.Contains("CountryInfo", StringComparison.Ordinal) || notes.Contains("rulers", StringComparison.Ordinal)
                || (bracket >= 0 && line[bracket..].Any(char.IsDigit));
            if (raw[0] is '\t' or ' ')
            {
                person |= dated;
                continue;
            }

            if (raw[0] != '+')
            {
                Flush();
            }

            person |= dated;
            var phrase = (bracket >= 0 ? line[..bracket] : line).TrimStart('+').Replace('_', ' ').Trim();
            if (phrase.Length > 0)
            {
                phrases.Add(phrase);
            }
        }

        Flush();
    }

    private void ReadLeaders(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 5)
            {
                continue;
            }

            var name = fields[3].Trim('"');
            if (name.Any(char.IsDigit) || name.Contains('(', StringComparison.Ordinal) || name.StartsWith('Q'))
            {
                continue;
            }

            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Add(GazetteerList.Person, name);
            if (words.Length >= 2 && words.Length <= 4)
            {
                _given.Add(words[0]);
                _family.Add(words[^1]);
            }
        }
    }

    private void ReadInsee(string path, SortedSet<string> into, int minimum)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            var comma = line.LastIndexOf(',');
            if (comma <= 0 || line.StartsWith('_') || line.StartsWith("AUTRES", StringComparison.Ordinal))
            {
                continue;
            }

            if (int.TryParse(line.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum)
            {
                into.Add(line[..comma]);
            }
        }
    }
}
