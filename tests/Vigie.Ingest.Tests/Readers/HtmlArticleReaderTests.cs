using Vigie.Ingest.Readers;

namespace Vigie.Ingest.Tests.Readers;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Baltic drills | The Harbour Post</title>
          <meta property="og:title" content="Allies begin winter drills in the Baltic">
          <meta property="og:site_name" content="The Harbour Post">
          <meta property="article:published_time" content="2025-02-11T06:15:00Z">
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all?</div>
          <aside class="related"><h3>Related</h3><ul><li><a href="/x">Markets rally on rate hopes</a></li><li><a href="/y">Storm warning for the coast</a></li></ul></aside>
          <article>
            <h1>Allies begin winter drills in the Baltic</h1>
            <p class="byline">By Anna Keller</p>
            <p>Naval units from six allied countries began a ten-day exercise in the Baltic Sea on Monday, the defence ministry in Tallinn said, with frigates, minehunters and patrol aircraft taking part in the drills.</p>
            <p>“These drills show that we can move quickly and together,” said the commander of the task group, Rear Admiral Tomas Lind, speaking to reporters aboard his flagship as the ships left harbour.</p>
            <p>The exercise comes two weeks after a subsea cable was damaged near the Finnish coast, an incident investigators have not yet explained. Officials said the timing of the drills had been set months ago.</p>
          </article>
          <footer>© The Harbour Post. All rights reserved. Contact us. Privacy policy.</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Keeps_the_article_paragraphs_and_drops_the_page_around_them()
    {
        var article = HtmlArticleReader.Read("page.html", Page).Article!;

        Assert.Contains("Naval units from six allied countries", article.Text, StringComparison.Ordinal);
        Assert.Contains("“These drills show that we can move quickly and together,”", article.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Markets rally", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_title_date_source_and_language_from_the_meta_tags()
    {
        var article = HtmlArticleReader.Read("page.html", Page).Article!;

        Assert.Equal("Allies begin winter drills in the Baltic", article.Title);
        Assert.Equal(new DateOnly(2025, 2, 11), article.Published);
        Assert.Equal("The Harbour Post", article.Source);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Falls_back_to_a_time_element_for_the_date()
    {
        var page = Page.Replace("""<meta property="article:published_time" content="2025-02-11T06:15:00Z">""", "", StringComparison.Ordinal)
            .Replace("""<p class="byline">By Anna Keller</p>""", """<p class="byline">By Anna Keller, <time datetime="2025-02-10">10 February</time></p>""", StringComparison.Ordinal);

        Assert.Equal(new DateOnly(2025, 2, 10), HtmlArticleReader.Read("page.html", page).Article!.Published);
    }

    [Fact]
    public void A_page_without_an_article_is_rejected()
    {
        const string Index = """
            <html><head><title>Home</title></head><body>
            <nav><a href="/a">World</a> <a href="/b">Sport</a> <a href="/c">Culture</a></nav>
            <ul><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ul>
            </body></html>
            """;

        var reading = HtmlArticleReader.Read("index.html", Index);

        Assert.Null(reading.Article);
        Assert.Contains("no article text", reading.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal("index.html", reading.Rejection.Path);
    }

    [Fact]
    public void A_long_list_of_headlines_is_not_an_article()
    {
        var links = string.Concat(Enumerable.Range(1, 25).Select(i =>
            $"<li><a href=\"/story/{i}\">Headline number {i} about ministers, markets and the weather this week</a></li>"));
        var page = $"<html><head><title>Latest news</title></head><body><main><ul>{links}</ul></main></body></html>";

        var reading = HtmlArticleReader.Read("latest.html", page);

        Assert.Null(reading.Article);
        Assert.NotNull(reading.Rejection);
    }
}
