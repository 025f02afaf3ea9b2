using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Vigie.Training.Kb;

/// <summary>What the build knows about the shape of people's names.</summary>
internal static class PersonNames
{
    /// <summary>Countries whose names are written family name first ("Xi Jinping", "Kim Jong Un").</summary>
    private static readonly FrozenSet<string> FamilyNameFirst = FrozenSet.Create(StringComparer.Ordinal, "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM");

    /// <summary>Particles that belong to the surname: « de », "van", "von der", "al-".</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "de", "del", "della", "der", "di", "da", "dos", "das", "do", "du", "la", "le", "van", "von", "ten", "ter", "bin", "ben", "ibn", "al", "el", "abu", "st.", "mac");

    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    /// <summary>Words before a name that are titles, not names: stripped from Phoenix aliases.</summary>
    public static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "sheikh", "shaikh", "emir", "sultan",
        "general", "gen.", "colonel", "col.", "admiral", "marshal", "field", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sergeant",
        "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "lord", "lady", "baron", "count", "duke", "senator", "sen.", "governor", "gov.",
        "mayor", "ayatollah", "grand", "imam", "mullah", "cardinal", "pope", "bishop", "archbishop", "reverend", "rev.", "secretary", "foreign",
        "defense", "defence", "interior", "finance", "deputy", "vice", "former", "acting", "supreme", "leader", "chairman", "chief", "justice",
        "ambassador", "envoy", "spokesman", "spokeswoman", "commander", "head", "state", "of", "the");

    /// <summary>"VLADIMIR_V._PUTIN_" as "Vladimir V. Putin"; "AL-ASSAD" as "al-Assad"; "MCCAIN" as "McCain".</summary>
    public static string TitleCase(string phrase)
    {
        var words = phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder(phrase.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(TitleCaseWord(words[i], first: i == 0));
        }

        return result.ToString();
    }

    private static string TitleCaseWord(string word, bool first)
    {
        var lower = word.ToLowerInvariant();
        if (!first && Particles.Contains(lower) && lower is not "mac" and not "st.")
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        var capitalise = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (capitalise)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                capitalise = false;
            }
            else
            {
                // "al-assad" → "Al-Assad", "o'brien" → "O'Brien", "v." stays "V."
                capitalise = chars[i] is '-' or '\'' or '’';
            }
        }

        var text = new string(chars);
        if (text.StartsWith("Al-", StringComparison.Ordinal) && !first)
        {
            text = "al-" + text[3..];
        }

        if (text.Length > 3 && text.StartsWith("Mc", StringComparison.Ordinal))
        {
            text = string.Concat("Mc", char.ToUpperInvariant(text[2]).ToString(CultureInfo.InvariantCulture), text.AsSpan(3));
        }

        return text;
    }

    /// <summary>
    /// The surname of a full name: its last word with the particles before it ("Ursula von der Leyen" →
    /// "von der Leyen"), its first word for names written family name first ("Xi Jinping" → "Xi"); null
    /// for names of one word.
    /// </summary>
    public static string? Surname(string name, string? country)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && Suffixes.Contains(words[end - 1].TrimEnd(',')))
        {
            end--;
        }

        if (end < 2)
        {
            return null;
        }

        if (country is not null && FamilyNameFirst.Contains(country))
        {
            return words[0];
        }

        var start = end - 1;
        while (start > 1 && Particles.Contains(words[start - 1]))
        {
            start--;
        }

        var surname = string.Join(' ', words[start..end]);
        return surname.Length >= 2 && char.IsLetter(surname[^1]) ? surname : null;
    }
}
