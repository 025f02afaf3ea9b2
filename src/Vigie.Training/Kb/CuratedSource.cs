using System.Globalization;
using Vigie.Kb;

namespace Vigie.Training.Kb;

/// <summary>One row of data/kb/curated-offices.tsv.</summary>
internal sealed record CuratedOffice(string PersonId, string Name, Gender Gender, string Country, Office Office, string Of,
    DateOnly? Start, DateOnly? End, string Title, string Checked);

/// <summary>Our own files under data/kb: curated actors, office holders, state titles, demonyms.</summary>
internal static class CuratedSource
{
    public const string Folder = "data/kb";

    public static IReadOnlyList<CuratedOffice> ReadOffices(string root)
    {
        var path = Path.Combine(root, Folder, "curated-offices.tsv");
        var rows = new List<CuratedOffice>();
        var number = 0;
        foreach (var line in KbSourceText.DataLines(path))
        {
            number++;
            var f = line.Split('\t');
            if (f.Length < 10 || !KbNames.TryParseOffice(f[4], out var office) || !KbNames.TryParseGender(f[2], out var gender))
            {
                throw new InvalidDataException($"{path}: data line {number} needs 10 tab-separated fields with a known office and gender: {line}");
            }

            rows.Add(new CuratedOffice(f[0], f[1], gender, f[3], office, f[5], Date(f[6], path), Date(f[7], path), f[8], f[9]));
        }

        return rows;
    }

    public static IReadOnlyDictionary<string, (string Head, string Government)> ReadStateTitles(string root)
    {
        var titles = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in KbSourceText.DataLines(Path.Combine(root, Folder, "state-titles.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length >= 3)
            {
                titles[f[0]] = (f[1], f[2]);
            }
        }

        return titles;
    }

    /// <summary>Defines the curated office holders and their roles.</summary>
    public static void AddOffices(KbDraft draft, IReadOnlyList<CuratedOffice> offices)
    {
        foreach (var row in offices)
        {
            draft.Define(row.PersonId, ActorKind.Person, row.Name, KbPart.Core, row.Country, gender: row.Gender);
            draft.Alias(row.PersonId, KbPart.Core, KbTier.Curated, row.Name, ActorAlias.AnyLanguage);
            draft.Role(row.PersonId, KbPart.Core, new ActorRole(row.Office, row.Of, row.Title, row.Start, row.End));
        }
    }

    /// <summary>Applies data/kb/curated-actors.kb (actor and alias statements of the knowledge-base format).</summary>
    public static int AddActors(KbDraft draft, string root)
    {
        var path = Path.Combine(root, Folder, "curated-actors.kb");
        var count = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "actor" when f.Length >= 4 && KbNames.TryParseKind(f[2], out var kind):
                    _ = KbNames.TryParseGender(Field(f, 6) ?? "-", out var gender);
                    var actor = draft.Define(f[1], kind, f[3], KbPart.Core, Field(f, 4), Field(f, 5), gender);
                    actor.Name = f[3];
                    if (actor.Gender == Gender.Unknown)
                    {
                        actor.Gender = gender;
                    }

                    draft.Alias(f[1], KbPart.Core, KbTier.Curated, f[3], ActorAlias.AnyLanguage);
                    count++;
                    break;

                case "alias" when f.Length >= 4:
                    var aliasKind = AliasKind.Name;
                    if (Field(f, 4) is { } k && !KbNames.TryParseAliasKind(k, out aliasKind))
                    {
                        throw new InvalidDataException($"{path}:{number}: unknown alias kind '{k}'");
                    }

                    if (!draft.Contains(f[1]))
                    {
                        throw new InvalidDataException($"{path}:{number}: no actor '{f[1]}' (define it before its aliases)");
                    }

                    draft.Alias(f[1], KbPart.Core, KbTier.Curated, f[3], f[2], aliasKind);
                    break;

                default:
                    throw new InvalidDataException($"{path}:{number}: expected an actor or alias statement: {line}");
            }
        }

        return count;
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Trim() is { Length: > 0 } value && value != "-" ? value : null;

    private static DateOnly? Date(string text, string path)
    {
        if (text is "" or "-")
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{path}: '{text}' is not a date (YYYY-MM-DD or -)");
    }
}
