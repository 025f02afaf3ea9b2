using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Documents;

namespace Vigie.Ingest.Readers;

/// <summary>
/// Reads Vigie's corpus format, which plain text also satisfies: an optional <c>date YYYY-MM-DD</c>
/// header (leading spaces allowed; it may share its line with the first sentence), the body in
/// paragraphs, and an optional last line <c>Source: NAME</c>. Neither header nor footer stays in the text.
/// </summary>
public static partial class CorpusArticleReader
{
    public static Reading Read(string path, string content, string? language = null)
    {
        var body = content.AsSpan().TrimStart('\uFEFF');
        DateOnly? published = null;

        var header = DateHeader().Match(content, content.Length - body.Length);
        if (header.Success)
        {
            var value = header.Groups["date"].Value;
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Reading.Rejected(path, LineOf(content, header.Groups["date"].Index), $"the date header '{value}' is not a real date",
                    "Write it as a real day, date YYYY-MM-DD (for example date 2025-09-05), or remove the header line");
            }

            published = date;
            body = content.AsSpan(header.Index + header.Length);
        }

        string? source = null;
        var footer = SourceFooter().Match(body.ToString());
        var text = body.ToString();
        if (footer.Success)
        {
            source = footer.Groups["source"].Value.Trim();
            text = text[..footer.Index];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Reading.Rejected(path, null, "the file holds no article text",
                "Check that the file is not empty and that the text is not all inside the header or footer");
        }

        return Reading.Of(Article.Create(text, published, source, language, path: path));
    }

    private static int LineOf(string content, int index) => content.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The header: "date" then a date-like value, then a space or a line end.</summary>
    [GeneratedRegex(@"\G[\s\u00A0]*date[ \t]*:?[ \t]*(?<date>\d{4}-\d{1,2}-\d{1,2})(?=[\s\u00A0]|$)[ \t\u00A0]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHeader();

    /// <summary>The footer: a last non-blank line "Source: NAME".</summary>
    [GeneratedRegex(@"(?:^|\n)[ \t\u00A0]*Source[ \t\u00A0]*:[ \t\u00A0]*(?<source>[^\n]+?)[\s\u00A0]*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceFooter();
}
