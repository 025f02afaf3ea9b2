using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Training.Kb;

/// <summary>
/// The Phoenix (PETRARCH2) actor dictionaries (MIT): the people of Phoenix.Countries.actors.txt
/// ("# CountryInfo.txt" records) with their English aliases and dated CAMEO roles, and the armed groups of
/// Phoenix.MilNonState.actors.txt. Country headers, institutions and synonym lists that mix persons and
/// organisations are left out: they would link « Moscou » to Russia as a name, or a leader to his party.
/// </summary>
internal static partial class PhoenixSource
{
    /// <summary>The date of CountryInfo.140130: roles still open then are only known to run until it.</summary>
    public static readonly DateOnly DictionaryDate = new(2014, 1, 30);

    public static (int People, int Merged, int Groups) Add(KbDraft draft, string shared, ISet<string> englishDemonyms)
    {
        var known = IndexPeople(draft);
        int people = 0, merged = 0;
        foreach (var entry in Entries(Path.Combine(shared, "kb/petrarch2-phoenix/Phoenix.Countries.actors.txt")))
        {
            if (!entry.Comment.Contains("CountryInfo", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var roles = entry.Codes.Select(Role).Where(r => r is not null && draft.Contains(r.Of)).Select(r => r!).ToList();
            var country = roles.Count > 0 ? roles[0].Of["country:".Length..] : null;
            var name = PersonNames.TitleCase(entry.Phrase);
            if (country is null || !IsName(name))
            {
                continue;
            }

            var id = Merge(known, country, name, entry.Synonyms.Select(PersonNames.TitleCase));
            if (id is null)
            {
                id = "phoenix:" + entry.Phrase.Trim('_');
                draft.Define(id, ActorKind.Person, name, KbPart.Core, country);
                people++;
            }
            else
            {
                merged++;
            }

            draft.Alias(id, KbPart.Core, KbTier.Bulk, name, ActorAlias.AnyLanguage);
            foreach (var synonym in entry.Synonyms)
            {
                var words = PersonNames.TitleCase(synonym).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                while (words.Count > 0 && (words[0].Split('-').All(PersonNames.TitleWords.Contains) || englishDemonyms.Contains(words[0])))
                {
                    words.RemoveAt(0);
                }

                if (words.Count >= 2 && IsName(string.Join(' ', words)))
                {
                    draft.Alias(id, KbPart.Core, KbTier.Bulk, string.Join(' ', words), ActorAlias.AnyLanguage);
                }
            }

            foreach (var role in roles)
            {
                draft.Role(id, KbPart.Core, role);
            }
        }

        var groups = 0;
        foreach (var entry in Entries(Path.Combine(shared, "kb/petrarch2-phoenix/Phoenix.MilNonState.actors.txt")))
        {
            if (!entry.SameLineCode || entry.Codes.Count == 0)
            {
                continue;
            }

            var phrase = Parenthesis().Replace(entry.Phrase, "").Trim('_');
            // "PKK", "TKP": a short single word is an acronym and keeps its capitals.
            var name = phrase.Length <= 4 && !phrase.Contains('_', StringComparison.Ordinal) ? phrase : PersonNames.TitleCase(phrase);
            var code = entry.Codes[0].Code;
            var country = code.Length >= 3 && draft.Contains(CountrySources.Id(code[..3])) ? code[..3] : null;
            var id = "phoenix:" + phrase;
            if (!IsName(name) || draft.Contains(id))
            {
                continue;
            }

            draft.Define(id, ActorKind.Group, name, KbPart.Core, country, country is null ? null : CountrySources.Id(country));
            draft.Alias(id, KbPart.Core, KbTier.Bulk, name, ActorAlias.AnyLanguage);
            groups++;
        }

        return (people, merged, groups);
    }

    /// <summary>People already known (from leaders-wikidata and our files), by country and name folded without diacritics.</summary>
    private static Dictionary<(string, string), List<string>> IndexPeople(KbDraft draft)
    {
        var index = new Dictionary<(string, string), List<string>>();
        foreach (var actor in draft.Actors)
        {
            if (actor.Kind != ActorKind.Person || actor.Country is null)
            {
                continue;
            }

            foreach (var name in actor.Aliases.Where(a => a.Alias.Kind == AliasKind.Name).Select(a => a.Alias.Text).Append(actor.Name))
            {
                var key = (actor.Country, TextFold.FoldWithoutDiacritics(name));
                if (!index.TryGetValue(key, out var ids))
                {
                    index[key] = ids = [];
                }

                if (!ids.Contains(actor.Id))
                {
                    ids.Add(actor.Id);
                }
            }
        }

        return index;
    }

    /// <summary>The id of the known person this Phoenix record is, when exactly one matches by a full name.</summary>
    private static string? Merge(Dictionary<(string, string), List<string>> known, string country, string name, IEnumerable<string> synonyms)
    {
        foreach (var candidate in synonyms.Prepend(name))
        {
            if (known.TryGetValue((country, TextFold.FoldWithoutDiacritics(candidate)), out var ids) && ids.Count == 1)
            {
                return ids[0];
            }
        }

        return null;
    }

    private static bool IsName(string name) => name.Length >= 3 && name.Any(char.IsLetter) && !name.Any(char.IsDigit);

    private static ActorRole? Role((string Code, string Restriction) code)
    {
        if (code.Code.Length < 6)
        {
            return null;
        }

        var country = code.Code[..3];
        var (office, agent) = code.Code.Substring(3, 3) switch
        {
            "GOV" => (Office.Government, "Government"),
            "MIL" => (Office.Military, "Military"),
            "LEG" => (Office.Legislature, "Legislature"),
            "JUD" => (Office.Judiciary, "Judiciary"),
            "OPP" => (Office.Opposition, "Opposition"),
            "SPY" => (Office.Government, "Intelligence"),
            "COP" => (Office.Government, "Police"),
            "ELI" => (Office.Other, "Elite"),
            _ => (Office.Other, "Other"),
        };
        if (!Dates(code.Restriction, out var start, out var end) || start is null)
        {
            return null;
        }

        return new ActorRole(office, CountrySources.Id(country), $"{agent} ({country}, CAMEO {code.Code})", start, end);
    }

    /// <summary>Phoenix restrictions: "700101-990809", "&gt;080508", "&lt;19970101"; six-digit years are 19YY after 14, 20YY up to it.</summary>
    private static bool Dates(string restriction, out DateOnly? start, out DateOnly? end)
    {
        start = end = null;
        var text = restriction.Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return false;
        }

        if (text[0] == '>')
        {
            start = Date(text[1..]);
            end = DictionaryDate;
            return start is not null && start < end;
        }

        if (text[0] == '<')
        {
            end = Date(text[1..]);
            return end is not null;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return false;
        }

        start = Date(text[..dash]);
        end = Date(text[(dash + 1)..]);
        return start is not null && end is not null && start <= end;
    }

    private static DateOnly? Date(string text)
    {
        if (text.Length == 6 && int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            text = (yy <= 14 ? "20" : "19") + text;
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private sealed record Entry(string Phrase, string Comment, bool SameLineCode, List<string> Synonyms, List<(string Code, string Restriction)> Codes);

    /// <summary>The records of a TABARI actor dictionary: primary phrase, "+" synonyms, tab-indented "[CODE restriction]" lines.</summary>
    private static IEnumerable<Entry> Entries(string path)
    {
        Entry? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            if (raw[0] == '+')
            {
                current?.Synonyms.Add(Comment(raw[1..], out _).Trim());
                continue;
            }

            if (raw[0] is '\t' or ' ' or '[')
            {
                if (current is not null)
                {
                    AddCodes(Comment(raw, out _), current.Codes);
                }

                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            var line = Comment(raw, out var comment);
            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var phrase = (bracket >= 0 ? line[..bracket] : line).Trim();
            current = new Entry(phrase, comment, bracket >= 0, [], []);
            if (bracket >= 0)
            {
                AddCodes(line[bracket..], current.Codes);
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static void AddCodes(string text, List<(string, string)> codes)
    {
        foreach (Match match in Code().Matches(text))
        {
            codes.Add((match.Groups[1].Value, match.Groups[2].Value.Trim()));
        }
    }

    private static string Comment(string line, out string comment)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        comment = hash >= 0 ? line[(hash + 1)..] : "";
        return hash >= 0 ? line[..hash] : line;
    }

    [GeneratedRegex(@"\[([A-Z~]{3,})\s*([^\]]*)\]")]
    private static partial Regex Code();

    [GeneratedRegex(@"_?\([^)]*\)")]
    private static partial Regex Parenthesis();
}
