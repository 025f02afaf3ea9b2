using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;

namespace Vigie.Web.Tests;

public sealed class SecurityTests(ApiSite site)
{
    private static readonly object Posted = new { text = "The mayor of Springfield opened a bridge on Monday, the council said.", source = "Test Desk", published = "2026-02-03" };

    [Fact]
    public async Task Writing_without_a_key_is_401_and_with_a_wrong_key_403()
    {
        using var missing = await Send(HttpMethod.Post, "/api/articles", key: null);
        using var wrong = await Send(HttpMethod.Post, "/api/articles", key: ApiSite.Key + "x");
        using var deleteMissing = await Send(HttpMethod.Delete, $"/api/articles/{site.SeedId}", key: null);
        using var deleteWrong = await Send(HttpMethod.Delete, $"/api/articles/{site.SeedId}", key: "short");

        await Problems.Expect(missing, HttpStatusCode.Unauthorized, "X-Api-Key");
        await Problems.Expect(wrong, HttpStatusCode.Forbidden, "not the server's");
        await Problems.Expect(deleteMissing, HttpStatusCode.Unauthorized, "X-Api-Key");
        await Problems.Expect(deleteWrong, HttpStatusCode.Forbidden, "not the server's");
        Assert.Equal(HttpStatusCode.OK, (await site.Client.Get($"/api/articles/{site.SeedId}")).StatusCode);
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_write_with_403()
    {
        var (app, client) = await ApiSite.Start(Path.Combine(Path.GetTempPath(), $"vigie-web-readonly-{Guid.NewGuid():N}.db"), apiKey: null);
        await using (app)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(Posted) };
            request.Headers.Add("X-Api-Key", ApiSite.Key);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            await Problems.Expect(response, HttpStatusCode.Forbidden, "VIGIE_API_KEY");
        }
    }

    [Fact]
    public async Task With_the_key_an_article_is_analysed_stored_once_and_deleted()
    {
        using var created = await Send(HttpMethod.Post, "/api/articles", ApiSite.Key);
        var result = await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        var id = result.Text("id")!;
        using var again = await Send(HttpMethod.Post, "/api/articles", ApiSite.Key);
        var stored = await site.Client.Json($"/api/articles/{id}");
        using var deleted = await Send(HttpMethod.Delete, $"/api/articles/{id}", ApiSite.Key);
        using var gone = await site.Client.Get($"/api/articles/{id}");
        using var deletedAgain = await Send(HttpMethod.Delete, $"/api/articles/{id}", ApiSite.Key);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/articles/{Uri.EscapeDataString(id)}", created.Headers.Location?.OriginalString);
        Assert.True(result.GetProperty("stored").GetBoolean());
        Assert.Equal("en", result.Text("language"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Test Desk", stored.GetProperty("article").Text("source"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Problems.Expect(gone, HttpStatusCode.NotFound, id);
        await Problems.Expect(deletedAgain, HttpStatusCode.NotFound, id);
    }

    [Fact]
    public async Task A_posted_article_needs_text_and_json_that_parses()
    {
        using var empty = await Send(HttpMethod.Post, "/api/articles", ApiSite.Key, new { text = "  " });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ApiSite.Key);
        using var broken = await site.Client.SendAsync(request, TestContext.Current.CancellationToken);
        using var unauthenticated = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json") };
        using var withoutKey = await site.Client.SendAsync(unauthenticated, TestContext.Current.CancellationToken);
        using var large = await Send(HttpMethod.Post, "/api/articles", ApiSite.Key, new { text = new string('a', 1_100_000) });

        await Problems.Expect(empty, HttpStatusCode.BadRequest, "text (the article's body) is required");
        await Problems.Expect(broken, HttpStatusCode.BadRequest, "body");
        await Problems.Expect(withoutKey, HttpStatusCode.Unauthorized, "X-Api-Key");
        await Problems.Expect(large, HttpStatusCode.RequestEntityTooLarge, "larger than 1048576 bytes");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/article.html")]
    [InlineData("/js/facts.js")]
    [InlineData("/api/search?q=otan")]
    [InlineData("/api/search")]
    [InlineData("/api/nothing-here")]
    public async Task Every_answer_has_a_strict_content_security_policy_and_no_sniffing(string url)
    {
        using var response = await site.Client.Get(url);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_server_failure_is_a_500_problem_without_details_of_the_server()
    {
        var folder = Directory.CreateTempSubdirectory("vigie-web-broken");
        var (app, client) = await ApiSite.Start(folder.FullName, ApiSite.Key);
        await using (app)
        {
            using var response = await client.Get("/api/actors");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(folder.FullName, body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        }

        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await site.Client.Json("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/actors", "/api/actors/{key}", "/api/actors/{key}/events", "/api/actors/{key}/quotes", "/api/articles", "/api/articles/{id}",
             "/api/events", "/api/graph", "/api/quotes", "/api/search", "/api/timeline"],
            paths.Order(StringComparer.Ordinal));
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(body ?? Posted);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await site.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
