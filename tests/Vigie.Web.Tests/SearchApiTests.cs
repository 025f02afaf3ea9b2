using System.Net;

namespace Vigie.Web.Tests;

public sealed class SearchApiTests(ApiSite site)
{
    [Fact]
    public async Task Searching_sous_marins_finds_the_seed_with_the_words_marked_and_facets_over_all_matches()
    {
        var result = await site.Client.Json("/api/search?q=sous-marins");

        Assert.Equal(1, result.GetProperty("total").GetInt32());
        var hit = Assert.Single(result.GetProperty("hits").Items());
        Assert.Equal(site.SeedId, hit.Text("id"));
        var snippet = hit.Text("snippet")!;
        var mark = Assert.Single(hit.GetProperty("highlights").EnumerateArray());
        Assert.Equal("sous-marins", snippet[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()]);
        var facets = result.GetProperty("facets");
        Assert.Equal("fr", facets.GetProperty("languages")[0].Text("value"));
        Assert.Equal("Médias", facets.GetProperty("sources")[0].Text("value"));
        Assert.Contains(facets.GetProperty("actors").EnumerateArray(), a => a.Text("key") == "Q57792" && a.Text("name") == "Mark Rutte");
        Assert.Contains(facets.GetProperty("eventTypes").EnumerateArray(), t => t.Text("value") == "ACCUSE");
        Assert.Equal("2025-09-05", Assert.Single(facets.GetProperty("days").EnumerateArray()).Text("value"));
    }

    [Fact]
    public async Task Filters_narrow_the_search_and_pages_follow_each_other()
    {
        var english = await site.Client.Json("/api/search?q=sous-marins&lang=en");
        var byActor = await site.Client.Json("/api/search?q=ministre&actor=Q57792");
        var firstPage = await site.Client.Json("/api/search?q=la&size=1&page=1");
        var secondPage = await site.Client.Json("/api/search?q=la&size=1&page=2");

        Assert.Equal(0, english.GetProperty("total").GetInt32());
        Assert.Equal(site.SeedId, Assert.Single(byActor.GetProperty("hits").Items()).Text("id"));
        Assert.Equal(2, firstPage.GetProperty("total").GetInt32());
        Assert.True(firstPage.GetProperty("hits").GetProperty("hasMore").GetBoolean());
        Assert.False(secondPage.GetProperty("hits").GetProperty("hasMore").GetBoolean());
        Assert.NotEqual(Assert.Single(firstPage.GetProperty("hits").Items()).Text("id"), Assert.Single(secondPage.GetProperty("hits").Items()).Text("id"));
    }

    [Theory]
    [InlineData("/api/search", "q (the words to search for) is required")]
    [InlineData("/api/search?q=otan&page=0", "page must be between 1 and 1000")]
    [InlineData("/api/search?q=otan&size=101", "size must be between 1 and 100")]
    [InlineData("/api/search?q=otan&size=abc", "size")]
    [InlineData("/api/search?q=otan&from=2025-13-01", "from")]
    [InlineData("/api/search?q=otan&from=2025-10-01&to=2025-09-01", "is after to")]
    public async Task Bad_parameters_are_a_400_problem_that_says_which(string url, string detail)
    {
        using var response = await site.Client.Get(url);

        await Problems.Expect(response, HttpStatusCode.BadRequest, detail);
    }
}
