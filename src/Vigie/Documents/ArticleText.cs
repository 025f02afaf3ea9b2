using System.Text;

namespace Vigie.Documents;

/// <summary>
/// The one normalisation every article text goes through before it gets an id: Unicode NFC, line
/// ends as "\n", control characters other than tab and line feed removed, trailing spaces of lines
/// and white space at both ends dropped. Typographic apostrophes and non-breaking spaces are kept as
/// written (offsets point at what the author wrote); matching folds them with <c>Vigie.Text.TextFold</c>.
/// </summary>
public static class ArticleText
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = ReplaceLoneSurrogates(raw);
        text = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                TrimEnd(builder, lineStart);
                builder.Append('\n');
                lineStart = builder.Length;
                continue;
            }

            if (char.IsControl(c) && c != '\t')
            {
                continue;
            }

            builder.Append(c);
        }

        TrimEnd(builder, lineStart);
        return builder.ToString().Trim();
    }

    private static bool NeedsCleaning(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c != '\t' && c != '\n')
            {
                return true;
            }

            if (c == '\n' && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lone UTF-16 surrogates make NFC throw; they become U+FFFD, the replacement character.</summary>
    private static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !IsPairedSurrogate(text, i))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static void TrimEnd(StringBuilder builder, int lineStart)
    {
        var end = builder.Length;
        while (end > lineStart && (builder[end - 1] == ' ' || builder[end - 1] == '\t'))
        {
            end--;
        }

        builder.Length = end;
    }
}
