using System.Net;

namespace Vigie.Web.Tests;

public sealed class EventApiTests(ApiSite site)
{
    [Fact]
    public async Task Quotes_are_filtered_by_speaker_and_subject()
    {
        var rutte = await site.Client.Json("/api/quotes?speaker=rutte&size=100");
        var china = await site.Client.Json("/api/quotes?speaker=rutte&about=Chine");
        var none = await site.Client.Json("/api/quotes?speaker=rutte&from=2026-01-01");

        Assert.Equal(8, rutte.Items().Count());
        Assert.NotEmpty(china.Items());
        Assert.True(china.Items().Count() < 8);
        Assert.Empty(none.Items());
    }

    [Fact]
    public async Task Events_are_filtered_by_type_actor_and_dates_and_the_timeline_counts_them_per_day()
    {
        var all = await site.Client.Json("/api/events?size=100");
        var accuse = await site.Client.Json("/api/events?type=accuse");
        var russia = await site.Client.Json("/api/events?actor=russie");
        var later = await site.Client.Json("/api/events?from=2025-09-06");
        var timeline = await site.Client.Json("/api/timeline");

        var seedEvents = all.Items().Where(e => e.Text("articleId") == site.SeedId).ToList();
        Assert.NotEmpty(seedEvents);
        Assert.All(accuse.Items(), e => Assert.Equal("ACCUSE", e.Text("type")));
        Assert.Contains(accuse.Items(), e => e.Text("trigger") == "averti");
        Assert.All(russia.Items(), e => Assert.Contains("Russie", e.Text("sourceText") + e.Text("targetText"), StringComparison.Ordinal));
        Assert.DoesNotContain(later.Items(), e => e.Text("articleId") == site.SeedId);
        // The seed's events fall on their own days (the publication day, or a day the text names): the timeline counts each.
        foreach (var day in seedEvents.GroupBy(e => e.Text("date")))
        {
            var counted = timeline.EnumerateArray().Where(d => d.Text("day") == day.Key).Sum(d => d.GetProperty("events").GetInt32());
            Assert.True(counted >= day.Count(), $"{day.Key}: {counted} events on the timeline, {day.Count()} from the seed alone");
        }
    }

    [Fact]
    public async Task The_graph_links_actors_named_by_the_same_event()
    {
        var graph = await site.Client.Json("/api/graph");
        var rutte = await site.Client.Json("/api/graph?actor=Q57792&limit=5");

        Assert.Contains(graph.GetProperty("edges").EnumerateArray(), e => e.Text("source") == "Q57792" && e.Text("target") == "country:RUS");
        Assert.All(rutte.GetProperty("edges").EnumerateArray(), e => Assert.True(e.Text("source") == "Q57792" || e.Text("target") == "Q57792"));
        Assert.InRange(rutte.GetProperty("edges").GetArrayLength(), 1, 5);
    }

    [Theory]
    [InlineData("/api/events?type=BOMB", "type must be one of PLOVER's types")]
    [InlineData("/api/events?from=2025-09-10&to=2025-09-01", "is after to")]
    [InlineData("/api/events?page=1001", "page must be between 1 and 1000")]
    [InlineData("/api/timeline?type=nothing", "AGREE, CONSULT")]
    [InlineData("/api/quotes?size=1000", "size must be between 1 and 100")]
    [InlineData("/api/graph?limit=0", "limit must be between 1 and 500")]
    [InlineData("/api/events?all=perhaps", "all")]
    public async Task Bad_parameters_are_a_400_problem_that_says_which(string url, string detail)
    {
        using var response = await site.Client.Get(url);

        await Problems.Expect(response, HttpStatusCode.BadRequest, detail);
    }
}
