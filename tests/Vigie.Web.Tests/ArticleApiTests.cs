using System.Net;

namespace Vigie.Web.Tests;

public sealed class ArticleApiTests(ApiSite site)
{
    [Fact]
    public async Task An_article_by_the_start_of_its_id_has_its_text_entities_quotes_events_and_times()
    {
        var view = await site.Client.Json($"/api/articles/{site.SeedId[7..19]}");

        var article = view.GetProperty("article");
        Assert.Equal(site.SeedId, article.Text("id"));
        var text = article.Text("text")!;
        Assert.StartsWith("Le secrétaire général de l’OTAN, Mark Rutte", text, StringComparison.Ordinal);
        var quotes = view.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(9, quotes.Count);
        Assert.Equal(8, quotes.Count(q => q.Text("speakerName") == "Mark Rutte"));
        Assert.All(quotes, q => Assert.Equal(q.Text("text"), text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]));
        var rutte = view.GetProperty("entities").EnumerateArray().Single(e => e.Text("key") == "Q57792");
        Assert.Contains(rutte.GetProperty("mentions").EnumerateArray(), m => m.Text("how") == "fuzzy" && m.Text("text") == "Rute");
        Assert.Contains(view.GetProperty("events").EnumerateArray(), e => e.Text("type") == "ACCUSE" && e.Text("trigger") == "averti");
        Assert.Contains(view.GetProperty("times").EnumerateArray(), t => t.Text("value") == "2025-09-04");
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        using var response = await site.Client.Get("/api/articles/0000000000");

        await Problems.Expect(response, HttpStatusCode.NotFound, "No article has an id starting with '0000000000'");
    }

    [Fact]
    public async Task The_hostile_article_comes_back_as_json_data_with_its_markup_unchanged()
    {
        using var response = await site.Client.Get($"/api/articles/{ApiSite.HostileId}");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var view = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("article");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("<script>alert(1)</script> La ministre", view.Text("text"), StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=alert(1)>", view.Text("text"), StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>\"><img src=x onerror=alert(1)>", view.Text("title"));
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }
}
