using System.Net;

namespace Vigie.Web.Tests;

public sealed class ActorApiTests(ApiSite site)
{
    [Fact]
    public async Task Actors_are_listed_most_named_first_and_found_by_name()
    {
        var all = await site.Client.Json("/api/actors?size=100");
        var rutte = await site.Client.Json("/api/actors?q=rutte");

        Assert.Contains(all.Items(), a => a.Text("key") == "country:RUS" && a.Text("kind") == "country");
        var found = Assert.Single(rutte.Items());
        Assert.Equal("Q57792", found.Text("key"));
        Assert.Equal(1, found.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task An_actor_has_names_roles_over_time_quotes_events_and_neighbours()
    {
        var view = await site.Client.Json("/api/actors/Q57792");

        Assert.Equal("Mark Rutte", view.GetProperty("actor").Text("name"));
        Assert.Contains(view.GetProperty("aliases").EnumerateArray(), a => a.Text("text") == "Rutte");
        var role = view.GetProperty("roles").EnumerateArray().First(r => r.Text("title") == "Secretary General of NATO");
        Assert.Equal("2024-10-01", role.Text("start"));
        var quotes = view.GetProperty("quotes").Items().ToList();
        Assert.Equal(8, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Mark Rutte", q.Text("speaker")));
        var accuse = view.GetProperty("events").Items().First(e => e.GetProperty("event").Text("type") == "ACCUSE");
        Assert.True(accuse.GetProperty("asSource").GetBoolean());
        Assert.False(accuse.GetProperty("asTarget").GetBoolean());
        Assert.Contains(view.GetProperty("neighbours").GetProperty("nodes").EnumerateArray(), n => n.Text("key") == "country:RUS");
    }

    [Fact]
    public async Task An_actors_quotes_and_events_are_paged()
    {
        var quotes = await site.Client.Json("/api/actors/Q57792/quotes?size=5&page=2");
        var targets = await site.Client.Json("/api/actors/country:RUS/events");

        Assert.Equal(3, quotes.Items().Count());
        Assert.False(quotes.GetProperty("hasMore").GetBoolean());
        Assert.Contains(targets.Items(), e => e.GetProperty("asTarget").GetBoolean() && e.GetProperty("event").Text("type") == "ACCUSE");
    }

    [Fact]
    public async Task An_unknown_actor_is_a_404_and_bad_paging_a_400()
    {
        using var unknown = await site.Client.Get("/api/actors/Q1");
        using var badPage = await site.Client.Get("/api/actors?page=-1");
        using var badSize = await site.Client.Get("/api/actors/Q57792/events?size=0");

        await Problems.Expect(unknown, HttpStatusCode.NotFound, "No stored article names the actor 'Q1'");
        await Problems.Expect(badPage, HttpStatusCode.BadRequest, "page must be between");
        await Problems.Expect(badSize, HttpStatusCode.BadRequest, "size must be between");
    }
}
