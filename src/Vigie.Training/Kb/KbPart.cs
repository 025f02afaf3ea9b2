namespace Vigie.Training.Kb;

/// <summary>
/// One built knowledge-base file: facts under one licence regime, so that the share-alike ones can be
/// dropped without touching the others.
/// </summary>
public sealed record KbPart(string FileName, string ResourceName, string Licence)
{
    /// <summary>Our curated files and the permissive sources (MIT, CC0 facts, CC BY 4.0, Unicode, Licence Ouverte).</summary>
    public static KbPart Core { get; } = new("core.kb", "Vigie.Models.kb.core.kb",
        "ours + MIT (i18n-iso-countries, Phoenix) + CC0 facts (Wikidata via leaders-wikidata) + CC BY 4.0 (GeoNames; WiNER, GUM, WikiGold word counts) + Unicode-3.0 (CLDR) + Licence Ouverte (INSEE given names)");

    /// <summary>What is derived from mledoze/countries (ODbL 1.0).</summary>
    public static KbPart CountriesOdbl { get; } = new("countries-odbl.kb", "Vigie.Models.kb.countries-odbl.kb",
        "ODbL 1.0 (derived from mledoze/countries; attribution: mledoze/countries contributors)");

    /// <summary>What is derived from SupraVerden's list of international organisations (CC BY-SA 4.0).</summary>
    public static KbPart OrgsCcBySa { get; } = new("orgs-ccbysa.kb", "Vigie.Models.kb.orgs-ccbysa.kb",
        "CC BY-SA 4.0 (derived from SupraVerden by Confirmordeny, general_list.yaml)");

    public static IReadOnlyList<KbPart> All { get; } = [Core, CountriesOdbl, OrgsCcBySa];
}

/// <summary>How much a source is trusted when two actors claim the same alias: the lower wins.</summary>
public enum KbTier
{
    /// <summary>Our curated files.</summary>
    Curated = 0,

    /// <summary>Country, organisation and leader lists.</summary>
    Main = 1,

    /// <summary>Large gazetteers and old dictionaries: GeoNames cities, Phoenix.</summary>
    Bulk = 2,
}
