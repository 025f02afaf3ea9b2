using System.Text;

namespace Vigie.Storage;

/// <summary>
/// Translates what a user types into a safe FTS5 query: every word becomes a quoted phrase (so
/// « sous-marins » or "U.S." never hit FTS5 syntax), "quoted phrases" stay phrases, a trailing *
/// asks for a prefix, and OR / NOT between words keep their meaning. Words are ANDed otherwise.
/// </summary>
public static class FullTextQuery
{
    public static string From(string userQuery)
    {
        ArgumentNullException.ThrowIfNull(userQuery);
        var parts = new List<string>();
        var i = 0;
        var pendingOperator = "";
        while (i < userQuery.Length)
        {
            if (char.IsWhiteSpace(userQuery[i]))
            {
                i++;
                continue;
            }

            string term;
            if (userQuery[i] is '"' or '«' or '“')
            {
                var close = userQuery[i] switch { '«' => '»', '“' => '”', _ => '"' };
                var end = userQuery.IndexOf(close, i + 1);
                end = end < 0 ? userQuery.Length : end;
                term = userQuery[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < userQuery.Length && !char.IsWhiteSpace(userQuery[end]))
                {
                    end++;
                }

                term = userQuery[i..end];
                i = end;
                if (term is "OR" or "NOT")
                {
                    pendingOperator = parts.Count > 0 ? term : "";
                    continue;
                }
            }

            var prefix = term.EndsWith('*');
            var words = term.TrimEnd('*').Trim();
            if (!words.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var phrase = new StringBuilder().Append('"').Append(words.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefix)
            {
                phrase.Append('*');
            }

            if (parts.Count > 0)
            {
                parts.Add(pendingOperator.Length > 0 ? pendingOperator : "AND");
            }

            parts.Add(phrase.ToString());
            pendingOperator = "";
        }

        return string.Join(' ', parts);
    }
}
