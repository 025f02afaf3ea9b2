using Vigie.Kb;

namespace Vigie.Training.Kb;

/// <summary>
/// International organisations from SupraVerden's general_list.yaml (CC BY-SA 4.0, kept in its own
/// file): Wikidata id, names and acronyms in eight languages.
/// </summary>
internal static class OrgSource
{
    public static int Add(KbDraft draft, string shared)
    {
        var count = 0;
        foreach (var (key, fields) in Read(Path.Combine(shared, "kb/intl-orgs/general_list.yaml")))
        {
            var qid = fields.GetValueOrDefault("Wikidata_code");
            var id = qid is { Length: > 1 } && qid[0] == 'Q' && qid[1..].All(char.IsAsciiDigit) ? qid : null;
            if (id is null)
            {
                continue;
            }

            var name = fields.GetValueOrDefault("Name_en") ?? key;
            var actor = draft.Define(id, ActorKind.Organization, name, KbPart.OrgsCcBySa);
            count++;
            foreach (var (field, value) in fields)
            {
                if (Language(field, out var kind) is not { } language || !KbSourceText.Usable(value) || value is "null" or "None")
                {
                    continue;
                }

                var plain = KbSourceText.WithoutParentheses(value, out _);
                if (kind == AliasKind.Acronym)
                {
                    // Acronyms are matched with their exact case; lower-case ones ("eu-LISA") stay names.
                    // Two-letter ones ("EP", "WB") are too easily something else.
                    var caps = plain.Count(char.IsUpper) >= 2 && !plain.Any(char.IsLower);
                    if (caps && plain.Length < 3)
                    {
                        continue;
                    }

                    draft.Alias(actor.Id, KbPart.OrgsCcBySa, KbTier.Main, plain, ActorAlias.AnyLanguage, caps ? AliasKind.Acronym : AliasKind.Name);
                }
                else
                {
                    draft.Alias(actor.Id, KbPart.OrgsCcBySa, KbTier.Main, plain, language);
                }
            }
        }

        return count;
    }

    /// <summary>The language of a name field ("Name_fr", "Name_other_2_en", "Abbreviation_es"), or null for other fields.</summary>
    private static string? Language(string field, out AliasKind kind)
    {
        kind = field.StartsWith("Abbreviation_", StringComparison.Ordinal) ? AliasKind.Acronym : AliasKind.Name;
        if (!field.StartsWith("Name_", StringComparison.Ordinal) && kind != AliasKind.Acronym)
        {
            return null;
        }

        var language = field[(field.LastIndexOf('_') + 1)..];
        return KbSourceText.Languages.Contains(language) ? language : null;
    }

    /// <summary>
    /// The records of the YAML file: a top-level key per organisation ("Name:" or "? Name" / ": Field: value"),
    /// then two-space indented "Field: value" lines; list items and other nesting are skipped.
    /// </summary>
    public static IEnumerable<(string Key, Dictionary<string, string> Fields)> Read(string path)
    {
        string? key = null;
        Dictionary<string, string>? fields = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("? ", StringComparison.Ordinal))
            {
                if (key is not null)
                {
                    yield return (key, fields!);
                }

                key = Unquote(line[2..]);
                fields = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            if (line.StartsWith(": ", StringComparison.Ordinal))
            {
                AddField(fields, line[2..]);
                continue;
            }

            if (line[0] != ' ' && line.EndsWith(':'))
            {
                if (key is not null)
                {
                    yield return (key, fields!);
                }

                key = Unquote(line[..^1]);
                fields = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal) && !line.StartsWith("  - ", StringComparison.Ordinal))
            {
                AddField(fields, line[2..]);
            }
        }

        if (key is not null)
        {
            yield return (key, fields!);
        }
    }

    private static void AddField(Dictionary<string, string>? fields, string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (fields is null || colon <= 0)
        {
            return;
        }

        fields[text[..colon]] = Unquote(text[(colon + 2)..]);
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && ((value[0] == '\'' && value[^1] == '\'') || (value[0] == '"' && value[^1] == '"')))
        {
            value = value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return value;
    }
}
