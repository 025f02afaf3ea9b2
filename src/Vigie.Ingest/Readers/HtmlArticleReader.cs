using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Vigie.Documents;

namespace Vigie.Ingest.Readers;

/// <summary>
/// Reads a web page: SmartReader (Mozilla Readability's algorithm) finds the article's main text,
/// which is kept paragraph by paragraph; title, language, site name and publication date come from
/// the usual meta tags (Open Graph, article:published_time, schema.org, Dublin Core, &lt;time&gt;).
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Less main text than this is not an article (a home page, a list, an error page).</summary>
    public const int MinimumTextLength = 200;

    /// <summary>More link text than this share of the main text means a list of links, not an article.</summary>
    public const double MaximumLinkShare = 0.5;

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
        "DC.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
    ];

    private static readonly string[] BlockTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DD", "DT"];

    public static Reading Read(string path, string html, string? url = null)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        var published = PublishedDate(page);
        var language = Language(page);
        var siteName = Meta(page, "og:site_name");

        SmartReader.Article found;
        using (var reader = new SmartReader.Reader(url ?? ToUri(path), page) { ContinueIfNotReadable = true })
        {
            found = reader.GetArticle();
        }

        var (text, linkShare) = found.Content is { Length: > 0 } content ? Paragraphs(parser, content) : ("", 0);
        if (text.Length < MinimumTextLength || linkShare > MaximumLinkShare)
        {
            return Reading.Rejected(path, null, "no article text was found in this HTML page",
                "It looks like a home page, a list of links or an empty page: give Vigie the page of one article");
        }

        var title = Meta(page, "og:title") ?? NullIfBlank(found.Title) ?? NullIfBlank(page.Title);
        published ??= found.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null;
        return Reading.Of(Article.Create(text, published, siteName ?? NullIfBlank(found.SiteName), language, title, url ?? Meta(page, "og:url"), path));
    }

    /// <summary>
    /// The readable text of the article's HTML, one paragraph per block element with blank lines
    /// between, and the share of it that is link text (high on index pages, low in articles).
    /// </summary>
    private static (string Text, double LinkShare) Paragraphs(HtmlParser parser, string articleHtml)
    {
        using var fragment = parser.ParseDocument(articleHtml);
        var linkText = fragment.QuerySelectorAll("a").Sum(link => Collapse(link.TextContent).Length);
        var blocks = fragment.Body?.Descendants<IElement>()
            .Where(element => BlockTags.Contains(element.TagName) && !element.Ancestors<IElement>().Any(parent => BlockTags.Contains(parent.TagName)))
            .Select(element => Collapse(element.TextContent))
            .Where(paragraph => paragraph.Length > 0)
            .ToList() ?? [];
        var text = blocks.Count > 0 ? string.Join("\n\n", blocks) : Collapse(fragment.Body?.TextContent ?? "");
        return (text, text.Length == 0 ? 1 : (double)linkText / text.Length);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly? PublishedDate(IHtmlDocument page)
    {
        foreach (var name in DateMetaNames)
        {
            if (Meta(page, name) is { } value && JsonLinesReader.ParseDate(value) is { } date)
            {
                return date;
            }
        }

        foreach (var time in page.QuerySelectorAll("time[datetime]"))
        {
            if (JsonLinesReader.ParseDate(time.GetAttribute("datetime") ?? "") is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? Language(IHtmlDocument page)
    {
        var declared = page.DocumentElement.GetAttribute("lang") ?? Meta(page, "og:locale") ?? Meta(page, "language");
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>The content of a meta tag by property, name or itemprop.</summary>
    private static string? Meta(IHtmlDocument page, string key)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
            {
                return NullIfBlank(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string ToUri(string path) =>
        Uri.TryCreate(Path.GetFullPath(path), UriKind.Absolute, out var uri) ? uri.AbsoluteUri : "file:///article.html";
}
