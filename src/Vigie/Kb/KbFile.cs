using System.Globalization;

namespace Vigie.Kb;

/// <summary>A line of a knowledge-base file that could not be applied, and why.</summary>
public sealed record KbProblem(string Source, int Line, string Message)
{
    public override string ToString() => $"{Source}:{Line}: {Message}";
}

/// <summary>
/// Reads the knowledge-base statement format shared by the built files (<c>models/kb/*.kb</c>) and the
/// user overlay (docs/KB.md): UTF-8 text, one statement per line, fields separated by tabs, <c>#</c>
/// starting a comment line, <c>-</c> or nothing for a missing field.
/// </summary>
/// <remarks>
/// <code>
/// actor    ID  KIND  NAME  [COUNTRY]  [PARENT]  [GENDER]  [WEIGHT]
/// alias    ID  LANG  TEXT  [KIND]  [FLAGS]
/// role     ID  OFFICE  OF  START  [END]  [TITLE]
/// capital  COUNTRY-ID  CITY-ID
/// unalias  ID  LANG  TEXT
/// unrole   ID  OFFICE  OF  [START]
/// words    LANG  WORD WORD …
/// </code>
/// </remarks>
public static class KbFile
{
    /// <summary>Applies every statement of <paramref name="reader"/> to <paramref name="builder"/>; returns the lines refused.</summary>
    /// <param name="overrides">Whether an <c>actor</c> line replaces the name and kind of an actor already defined (the overlay does).</param>
    public static IReadOnlyList<KbProblem> Read(TextReader reader, KnowledgeBaseBuilder builder, string source, bool overrides = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var problems = new List<KbProblem>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryFastAlias(line, builder))
            {
                continue;
            }

            var fields = line.Split('\t');
            var error = Apply(fields, builder, overrides);
            if (error is not null)
            {
                problems.Add(new KbProblem(source, number, error));
            }
        }

        return problems;
    }

    private static string? Apply(string[] f, KnowledgeBaseBuilder builder, bool overrides)
    {
        switch (f[0])
        {
            case "actor":
                if (f.Length < 4 || Blank(f, 1) is null || Blank(f, 3) is null)
                {
                    return "actor needs ID, KIND and NAME";
                }

                if (!KbNames.TryParseKind(f[2], out var kind))
                {
                    return $"unknown kind '{f[2]}' (person, organization, country, place, group, misc)";
                }

                if (!KbNames.TryParseGender(Blank(f, 6) ?? "-", out var gender))
                {
                    return $"unknown gender '{f[6]}' (m, f, -)";
                }

                var weight = 0L;
                if (Blank(f, 7) is { } w && !long.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out weight))
                {
                    return $"weight '{w}' is not a whole number";
                }

                builder.AddActor(f[1], kind, f[3].Trim(), Blank(f, 4), Blank(f, 5), gender, weight, overrides);
                return null;

            case "alias":
                if (f.Length < 4 || Blank(f, 1) is null || Blank(f, 2) is null || Blank(f, 3) is null)
                {
                    return "alias needs ID, LANG and TEXT";
                }

                var aliasKind = AliasKind.Name;
                if (Blank(f, 4) is { } k && !KbNames.TryParseAliasKind(k, out aliasKind))
                {
                    return $"unknown alias kind '{k}' (name, acronym, demonym, surname, metonym, anaphor)";
                }

                var flags = Flags(Blank(f, 5));
                return builder.AddAlias(f[1], new ActorAlias(f[3], f[2], aliasKind, flags)) ? null : $"no actor '{f[1]}'";

            case "role":
                if (f.Length < 5 || Blank(f, 1) is null || Blank(f, 3) is null)
                {
                    return "role needs ID, OFFICE, OF and START";
                }

                if (!KbNames.TryParseOffice(f[2], out var office))
                {
                    return $"unknown office '{f[2]}' (head_of_state, head_of_government, foreign_minister, defence_minister, leader, government, military, legislature, judiciary, opposition, other)";
                }

                if (!TryDate(Blank(f, 4), out var start) || !TryDate(Blank(f, 5), out var end))
                {
                    return "dates are YYYY-MM-DD, or - when unknown";
                }

                if (start is { } s && end is { } e && e < s)
                {
                    return "the role ends before it starts";
                }

                var title = Blank(f, 6) ?? $"{KbNames.Title(office)} of {f[3]}";
                return builder.AddRole(f[1], new ActorRole(office, f[3], title, start, end)) ? null : $"no actor '{f[1]}'";

            case "capital":
                return f.Length >= 3 && builder.SetCapital(f[1], f[2]) ? null : "capital needs a known COUNTRY-ID and CITY-ID";

            case "unalias":
                if (f.Length < 4)
                {
                    return "unalias needs ID, LANG and TEXT";
                }

                return builder.RemoveAlias(f[1], f[2], f[3]) > 0 ? null : $"'{f[1]}' has no alias '{f[3]}' in '{f[2]}'";

            case "unrole":
                if (f.Length < 4 || !KbNames.TryParseOffice(f[2], out var removed) || !TryDate(Blank(f, 4), out var from))
                {
                    return "unrole needs ID, OFFICE, OF and optionally START";
                }

                return builder.RemoveRole(f[1], removed, f[3], from) > 0 ? null : $"'{f[1]}' has no such role";

            case "words":
                if (f.Length < 3)
                {
                    return "words needs LANG and words";
                }

                builder.AddCommonWords(f[1], f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                return null;

            default:
                return $"unknown statement '{f[0]}' (actor, alias, role, capital, unalias, unrole, words)";
        }
    }

    /// <summary>The common "alias ID LANG TEXT [KIND]" line of a known actor, read without splitting the line; false to take the general path.</summary>
    private static bool TryFastAlias(string line, KnowledgeBaseBuilder builder)
    {
        var rest = line.AsSpan();
        if (!rest.StartsWith("alias\t"))
        {
            return false;
        }

        rest = rest[6..];
        var tab = rest.IndexOf('\t');
        if (tab <= 0)
        {
            return false;
        }

        var id = rest[..tab];
        rest = rest[(tab + 1)..];
        tab = rest.IndexOf('\t');
        if (tab <= 0)
        {
            return false;
        }

        var language = builder.Intern(rest[..tab]);
        rest = rest[(tab + 1)..];
        tab = rest.IndexOf('\t');
        var text = tab < 0 ? rest : rest[..tab];
        var kind = AliasKind.Name;
        var flags = AliasFlags.None;
        if (tab >= 0)
        {
            rest = rest[(tab + 1)..];
            tab = rest.IndexOf('\t');
            var kindText = tab < 0 ? rest : rest[..tab];
            if (!kindText.SequenceEqual("-") && !KbNames.TryParseAliasKind(kindText.ToString(), out kind))
            {
                return false;
            }

            if (tab >= 0)
            {
                flags = Flags(rest[(tab + 1)..].Trim().ToString());
            }
        }

        if (text.IsWhiteSpace() || text.SequenceEqual("-"))
        {
            return false;
        }

        return builder.AddAlias(id, new ActorAlias(text.ToString(), language, kind, flags));
    }

    /// <summary>"common", "alternate" or both joined by a comma.</summary>
    private static AliasFlags Flags(string? text)
    {
        var flags = AliasFlags.None;
        foreach (var flag in (text ?? "").Split(','))
        {
            flags |= flag.Trim() switch
            {
                "common" => AliasFlags.CommonWord,
                "alternate" => AliasFlags.Alternate,
                _ => AliasFlags.None,
            };
        }

        return flags;
    }

    private static string? Blank(string[] fields, int index) =>
        index < fields.Length && fields[index].Trim() is { Length: > 0 } value && value != "-" ? value : null;

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}

/// <summary>Writes statements of the knowledge-base format (see <see cref="KbFile"/>); tabs and line breaks in values become spaces.</summary>
public sealed class KbWriter(TextWriter writer)
{
    public void Comment(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            writer.Write("# ");
            writer.Write(line.TrimEnd());
            writer.Write('\n');
        }
    }

    public void Actor(string id, ActorKind kind, string name, string? country = null, string? parent = null, Gender gender = Gender.Unknown, long weight = 0) =>
        Line("actor", id, KbNames.Of(kind), name, country, parent, KbNames.Of(gender), weight == 0 ? null : weight.ToString(CultureInfo.InvariantCulture));

    public void Alias(string id, ActorAlias alias)
    {
        var flags = string.Join(',', new[] { alias.IsCommonWord ? "common" : null, alias.IsAlternate ? "alternate" : null }.Where(f => f is not null));
        Line("alias", id, alias.Language, alias.Text, alias.Kind == AliasKind.Name && alias.Flags == AliasFlags.None ? null : KbNames.Of(alias.Kind),
            flags.Length == 0 ? null : flags);
    }

    public void Role(string id, ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        Line("role", id, KbNames.Of(role.Office), role.Of, Date(role.Start), Date(role.End), role.Title);
    }

    public void Capital(string countryId, string cityId) => Line("capital", countryId, cityId);

    public void Words(string language, IEnumerable<string> words) => Line("words", language, string.Join(' ', words));

    private void Line(params string?[] fields)
    {
        var last = fields.Length - 1;
        while (last > 0 && fields[last] is null)
        {
            last--;
        }

        for (var i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                writer.Write('\t');
            }

            var value = fields[i];
            writer.Write(value is null or "" ? "-" : Clean(value));
        }

        writer.Write('\n');
    }

    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
