using System.Text;

namespace Vigie.Training.Kb;

/// <summary>Inflects the demonym adjectives of data/kb/demonyms.tsv: every form a text may use.</summary>
internal static class Demonyms
{
    /// <summary>The forms of a field ("chinois/chinoise", "russe", "-") in <paramref name="language"/>.</summary>
    public static IEnumerable<string> Forms(string language, string field)
    {
        if (field is "" or "-")
        {
            return [];
        }

        var parts = field.Split('/');
        var masculine = parts[0];
        var feminine = parts.Length > 1 ? parts[1] : null;
        var forms = language switch
        {
            "fr" => French(masculine, feminine),
            "en" => parts.SelectMany(English),
            "de" => German(masculine),
            "es" => Spanish(masculine, feminine),
            "it" => Italian(masculine, feminine),
            "ru" => Russian(masculine),
            _ => [masculine, .. feminine is null ? Array.Empty<string>() : [feminine]],
        };
        return forms.Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> French(string masculine, string? feminine)
    {
        yield return masculine;
        yield return masculine.EndsWith('s') || masculine.EndsWith('x') ? masculine : masculine + "s";
        if (feminine is not null)
        {
            yield return feminine;
            yield return feminine + "s";
        }
    }

    private static IEnumerable<string> English(string adjective)
    {
        yield return adjective;

        // "Russians", "Iraqis", "Greeks", "Afghans"; no plural for "Chinese", "French", "Swiss", "Dutch".
        if (!adjective.Contains(' ', StringComparison.Ordinal)
            && (adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i') || adjective.EndsWith("ek", StringComparison.Ordinal)
                || adjective.EndsWith("ine", StringComparison.Ordinal) || adjective.EndsWith("ino", StringComparison.Ordinal) || adjective.EndsWith("kh", StringComparison.Ordinal)))
        {
            yield return adjective + "s";
        }
    }

    private static IEnumerable<string> German(string stem)
    {
        yield return stem;
        foreach (var ending in new[] { "e", "en", "er", "es", "em" })
        {
            yield return stem + ending;
        }
    }

    private static IEnumerable<string> Spanish(string masculine, string? feminine)
    {
        yield return masculine;
        yield return SpanishPlural(masculine);
        if (feminine is not null)
        {
            yield return feminine;
            yield return feminine + "s";
        }
    }

    private static string SpanishPlural(string word)
    {
        var last = word[^1];
        if (last is 'a' or 'e' or 'o' or 'é')
        {
            return word + "s";
        }

        if (last is 'í' or 'ú')
        {
            return word + "es";
        }

        // "francés" → "franceses", "alemán" → "alemanes": the written accent goes.
        return WithoutLastAccent(word) + "es";
    }

    private static IEnumerable<string> Italian(string masculine, string? feminine)
    {
        yield return masculine;
        if (masculine.EndsWith('o'))
        {
            var stem = masculine[..^1];
            yield return stem + "i";
            if (stem.EndsWith('c') || stem.EndsWith('g'))
            {
                yield return stem + "hi";
            }
        }
        else if (masculine.EndsWith('e'))
        {
            yield return masculine[..^1] + "i";
        }
        else if (masculine.EndsWith('a'))
        {
            yield return masculine[..^1] + "i";
            yield return masculine[..^1] + (masculine.EndsWith("ca", StringComparison.Ordinal) || masculine.EndsWith("ga", StringComparison.Ordinal) ? "he" : "e");
        }

        if (feminine is not null)
        {
            yield return feminine;
            var stem = feminine[..^1];
            yield return stem + (stem.EndsWith('c') || stem.EndsWith('g') ? "he" : "e");
        }
    }

    /// <summary>The hard adjective declension (-ский, -кий, -цкий): every case and gender.</summary>
    private static IEnumerable<string> Russian(string masculine)
    {
        yield return masculine;
        if (!masculine.EndsWith("ий", StringComparison.Ordinal))
        {
            yield break;
        }

        var stem = masculine[..^2];
        foreach (var ending in new[] { "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "их", "ими", "ую" })
        {
            yield return stem + ending;
        }
    }

    private static string WithoutLastAccent(string word)
    {
        var chars = word.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            var plain = chars[i] switch
            {
                'á' => 'a',
                'é' => 'e',
                'í' => 'i',
                'ó' => 'o',
                'ú' => 'u',
                _ => '\0',
            };
            if (plain != '\0')
            {
                chars[i] = plain;
                break;
            }
        }

        return new string(chars);
    }

    /// <summary>French demonyms from mledoze ("Russe", "Chinoise"): lower-cased, with plurals.</summary>
    public static IEnumerable<string> FrenchFromCapitalised(string masculine, string feminine)
    {
        var m = Lower(masculine);
        var f = Lower(feminine);
        return French(m, f == m ? null : f).Distinct(StringComparer.Ordinal);
    }

    private static string Lower(string word)
    {
        var builder = new StringBuilder(word.Length);
        builder.Append(word.ToLowerInvariant());
        return builder.ToString();
    }
}
