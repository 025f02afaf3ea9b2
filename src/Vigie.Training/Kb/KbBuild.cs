using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Vigie.Kb;
using Vigie.Training.Languages;

namespace Vigie.Training.Kb;

/// <summary>One written knowledge-base file.</summary>
public sealed record KbFileResult(string Path, long Bytes, string Licence);

/// <summary>What <c>vigie kb build</c> made.</summary>
public sealed record KbBuildResult(
    IReadOnlyList<KbFileResult> Files,
    string NoticePath,
    int Actors,
    int People,
    int Organizations,
    int Countries,
    int Places,
    int Groups,
    int Aliases,
    int Keys,
    int Roles,
    int CuratedOffices,
    int AliasConflictsRemoved,
    int CommonWordAliases,
    string LeaderChecks,
    string PhoenixCounts,
    TimeSpan Elapsed,
    IReadOnlyList<string> Problems);

/// <summary>
/// Builds the actor knowledge base (<c>vigie kb build</c>) from the shared data folder and our files
/// under data/kb into models/kb: one gzip-compressed statement file per licence regime, and NOTICE.md.
/// Deterministic: the same inputs give the same bytes. Rebuild Vigie afterwards to embed the files.
/// </summary>
public static class KbBuild
{
    /// <summary>Where the files go, relative to the repository root (embedded into Vigie.Core at build).</summary>
    public const string Folder = "models/kb";

    public static KbBuildResult Build(string root, string shared)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(shared);
        if (!Directory.Exists(shared))
        {
            throw new DirectoryNotFoundException($"The shared data folder '{shared}' is missing (../shared missing).");
        }

        var clock = Stopwatch.StartNew();
        var draft = new KbDraft();
        var countries = CountrySources.ReadCountryInfo(shared);
        CountrySources.Add(draft, shared, countries);
        CitySource.Add(draft, shared, countries);
        var offices = CuratedSource.ReadOffices(root);
        CuratedSource.AddOffices(draft, offices);
        CuratedSource.AddActors(draft, root);
        CountrySources.AddDemonyms(draft, Path.Combine(root, CuratedSource.Folder, "demonyms.tsv"));

        var titles = CuratedSource.ReadStateTitles(root);
        var curatedTerms = offices
            .Where(o => o.Office is Office.HeadOfState or Office.HeadOfGovernment && o.Of.StartsWith("country:", StringComparison.Ordinal))
            .Select(o => new LeaderTerm(o.Of["country:".Length..], o.Office, o.Name, o.PersonId, o.Start, o.End))
            .ToList();
        var terms = LeaderSource.Read(shared, out var checks, curatedTerms);
        LeaderSource.Add(draft, terms, titles);

        OrgSource.Add(draft, shared);
        CountrySources.AddMledoze(draft, shared);

        var demonyms = draft.Actors.Where(a => a.Kind == ActorKind.Country)
            .SelectMany(a => a.Aliases.Where(x => x.Alias.Kind == AliasKind.Demonym && x.Alias.Language == "en").Select(x => x.Alias.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phoenix = PhoenixSource.Add(draft, shared, demonyms);
        AddSurnames(draft);

        var conflicts = draft.ResolveConflicts();
        if (Environment.GetEnvironmentVariable("VIGIE_KB_DEBUG") is { Length: > 0 } debug)
        {
            File.WriteAllLines(debug, draft.Removed);
        }

        var words = CommonWords.Count(LanguageCorpus.Load(root, shared));
        var common = draft.FlagCommonWords(words);
        foreach (var (language, set) in words.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            draft.Words(language, set.Order(StringComparer.Ordinal));
        }

        var given = GivenNames.Read(shared);
        draft.Words(KnowledgeBase.GivenNames, given);

        var folder = Path.Combine(root, Folder);
        Directory.CreateDirectory(folder);
        var files = new List<KbFileResult>();
        var streams = new List<(Stream, string)>();
        foreach (var part in KbPart.All)
        {
            var path = Path.Combine(folder, part.FileName);
            var text = new StringWriter { NewLine = "\n" };
            draft.Write(part, text, Header(part));
            var bytes = Gzip(Encoding.UTF8.GetBytes(text.ToString()));
            File.WriteAllBytes(path, bytes);
            files.Add(new KbFileResult(path, bytes.LongLength, part.Licence));
            streams.Add((new MemoryStream(bytes), part.FileName));
        }

        var kb = KnowledgeBase.Load(streams, out var problems);
        var notice = Path.Combine(folder, "NOTICE.md");
        var checkText = $"{checks.Rows} rows read; {checks.NotPeople} rows naming an office, not a person, dropped; {checks.Duplicates} duplicate rows merged; {checks.BadDates} unusable dates set to unknown; " +
            $"{checks.Merged} overlapping terms of one person joined; {checks.ClosedBySuccessor} open terms closed when the successor took office; " +
            $"{checks.DroppedContradicted} open terms dropped as contradicted by a dated term of someone else; {checks.Kept} terms kept";
        var phoenixText = $"{phoenix.People} people added, {phoenix.Merged} merged into people already known, {phoenix.Groups} armed groups";
        File.WriteAllText(notice, Notice(files, kb, checkText), new UTF8Encoding(false));
        return new KbBuildResult(
            files,
            notice,
            kb.Count,
            kb.Actors.Count(a => a.Kind == ActorKind.Person),
            kb.Actors.Count(a => a.Kind == ActorKind.Organization),
            kb.Actors.Count(a => a.Kind == ActorKind.Country),
            kb.Actors.Count(a => a.Kind == ActorKind.Place),
            kb.Actors.Count(a => a.Kind == ActorKind.Group),
            kb.AliasCount,
            kb.KeyCount,
            kb.RoleCount,
            offices.Count,
            conflicts,
            common,
            checkText,
            phoenixText,
            clock.Elapsed,
            [.. problems.Select(p => p.ToString())]);
    }

    /// <summary>A surname alias for every person with a name of several words: "Rutte", « von der Leyen », "Xi".</summary>
    private static void AddSurnames(KbDraft draft)
    {
        foreach (var actor in draft.Actors.Where(a => a.Kind == ActorKind.Person).ToList())
        {
            var surnames = new Dictionary<string, (string Text, string Language, DraftAlias From)>(StringComparer.Ordinal);
            foreach (var name in actor.Aliases.Where(a => a.Alias.Kind == AliasKind.Name).ToList())
            {
                var words = name.Alias.Text.Split(' ').Length;
                if (words is < 2 or > 5 || name.Alias.Text.Contains(" of ", StringComparison.Ordinal)
                    || PersonNames.Surname(name.Alias.Text, actor.Country) is not { } surname)
                {
                    continue;
                }

                // One alias per surname: "Putin" from "Vladimir Putin" (any language) and "Wladimir Putin" (German) is one.
                var key = Vigie.Text.TextFold.Fold(surname);
                if (surnames.TryGetValue(key, out var seen))
                {
                    var language = seen.Language == name.Alias.Language ? seen.Language : ActorAlias.AnyLanguage;
                    var best = name.Tier < seen.From.Tier ? name : seen.From;
                    surnames[key] = (seen.Text, language, best);
                }
                else
                {
                    surnames[key] = (surname, name.Alias.Language, name);
                }
            }

            foreach (var (text, language, from) in surnames.Values)
            {
                draft.Alias(actor.Id, from.Part, from.Tier, text, language, AliasKind.Surname);
            }
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static string Header(KbPart part) => $"""
        Vigie actor knowledge base: {part.FileName}. Built by `vigie kb build`; do not edit (edit data/kb or the user overlay).
        Licence of this file: {part.Licence}. See NOTICE.md beside it.
        Format: docs/KB.md (statements actor, alias, role, capital, words; fields separated by tabs).
        """;

    private static string Notice(IReadOnlyList<KbFileResult> files, KnowledgeBase kb, string checks)
    {
        var text = new StringBuilder();
        text.AppendLine("# Actor knowledge base (models/kb): sources and licences");
        text.AppendLine();
        text.AppendLine("Built by `vigie kb build` from the project's shared data folder and our files under `data/kb`;");
        text.AppendLine("the format, the counts and the overlay are described in docs/KB.md. Facts derived from share-alike");
        text.AppendLine("sources are kept in their own files so that they can be dropped: Vigie works without them (with");
        text.AppendLine("fewer names), and a file dropped is simply not embedded at the next build.");
        text.AppendLine();
        text.AppendLine("| file | bytes | licence |");
        text.AppendLine("| --- | ---: | --- |");
        foreach (var file in files)
        {
            text.AppendLine($"| {Path.GetFileName(file.Path)} | {file.Bytes} | {file.Licence} |");
        }

        text.AppendLine();
        text.AppendLine("| source (under ../shared/data) | licence | what we keep |");
        text.AppendLine("| --- | --- | --- |");
        text.AppendLine("| data/kb (ours) | ours | curated actors, office holders 2022-2026 with how each was checked, state titles, demonyms |");
        text.AppendLine("| kb/geonames | CC BY 4.0 (GeoNames, geonames.org) | states (codes, names, capitals, population), cities of 15,000+ people with names and alternate names |");
        text.AppendLine("| kb/i18n-iso-countries | MIT (Copyright (c) 2016 widdix GmbH) | country names in eight languages |");
        text.AppendLine("| lexicons/cldr | Unicode-3.0 (Copyright © 2004-2026 Unicode, Inc.) | territory names and exemplar city names in eight languages |");
        text.AppendLine("| kb/leaders-wikidata | facts from Wikidata (CC0); the extract itself has no licence, used as verified facts only | heads of state and government with dates and Q-ids |");
        text.AppendLine("| kb/petrarch2-phoenix | MIT (Copyright (c) 2014 Open Event Data Alliance; CountryInfo funded by NSF SES-1004414, SES-1259190) | people with English aliases and dated CAMEO roles to 2014-01-30; armed groups |");
        text.AppendLine("| ner/winer-fr, ner/gum-en (news, interviews), ner/wikigold-en | CC BY 2.5 (Wikinews) / CC BY 4.0 | which words are common in lower case (a list of words only) |");
        text.AppendLine("| lexicons/names-fr-insee | Licence Ouverte (Source: INSEE, fichier des prénoms); derived list MIT (go-france) | given names born at least 50 times in France, 1900-2022 (a list of names only) |");
        text.AppendLine("| kb/countries-mledoze | ODbL 1.0 | country names in seven languages, English and French demonyms: countries-odbl.kb only |");
        text.AppendLine("| kb/intl-orgs | CC BY-SA 4.0 (SupraVerden, Confirmordeny) | international organisations, names and acronyms: orgs-ccbysa.kb only |");
        text.AppendLine();
        text.AppendLine($"Verification of leaders-wikidata: {checks}.");
        text.AppendLine();
        text.AppendLine($"Counts: {kb.Count} actors, {kb.AliasCount} aliases ({kb.KeyCount} distinct keys), {kb.RoleCount} roles.");
        return text.ToString();
    }
}
