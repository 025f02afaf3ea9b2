using System.Text;
using System.Text.Json;

namespace Vigie.Training.Kb;

/// <summary>Small readers shared by the knowledge-base sources.</summary>
internal static class KbSourceText
{
    /// <summary>The languages whose names the knowledge base keeps from multilingual sources.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fr", "en", "de", "es", "it", "ru", "pt", "nl"];

    public static JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true });

    /// <summary>The lines of a UTF-8 file, without the comment lines (#) and blank lines.</summary>
    public static IEnumerable<string> DataLines(string path) =>
        File.ReadLines(path, Encoding.UTF8).Where(line => line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line));

    /// <summary>Splits one CSV line (RFC 4180 quotes, no line breaks inside fields).</summary>
    public static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A name without its parenthesised part ("Myanmar (Burma)" → "Myanmar", and "Burma" as <paramref name="inner"/>).</summary>
    public static string WithoutParentheses(string name, out string? inner)
    {
        inner = null;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return name.Trim();
        }

        var close = name.IndexOf(')', open);
        if (close > open)
        {
            inner = name[(open + 1)..close].Trim();
        }

        return name[..open].Trim();
    }

    /// <summary>Whether a name can be an alias: letters, not "Korea, Republic of".</summary>
    public static bool Usable(string name) => name.Length >= 2 && !name.Contains(',', StringComparison.Ordinal) && name.Any(char.IsLetter);
}
