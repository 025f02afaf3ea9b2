using Microsoft.Playwright;

namespace Vigie.Web.Tests;

/// <summary>The four pages in Chromium against a real server; each test saves its page to docs/screenshots.</summary>
public sealed class BrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Searching_sous_marins_finds_the_seed_with_the_words_marked()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync("/");
        await page.FillAsync("#q", "sous-marins");
        await page.ClickAsync("#search-form button[type=submit]");
        var hit = page.Locator(".hit");
        await hit.First.WaitForAsync();

        Assert.Equal(1, await hit.CountAsync());
        Assert.Equal("sous-marins", await hit.Locator(".snippet mark").First.TextContentAsync());
        Assert.Equal($"article.html?id={Uri.EscapeDataString(site.SeedId)}", await hit.Locator("a").First.GetAttributeAsync("href"));
        Assert.Contains("Mark Rutte", await page.Locator("#facets").TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "search");
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task The_seed_article_shows_its_nine_quotes_highlighted_with_their_speakers()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync($"/article.html?id={Uri.EscapeDataString(site.SeedId)}");
        var items = page.Locator("#quotes .quote-item");
        await items.First.WaitForAsync();

        Assert.Equal(9, await items.CountAsync());
        var speakers = await page.Locator("#quotes .quote-item .speaker").AllTextContentsAsync();
        Assert.Equal(8, speakers.Count(s => s == "Mark Rutte"));
        var highlighted = await page.Locator(".text .k-quote").EvaluateAllAsync<string[]>("spans => [...new Set(spans.map(s => s.dataset.quote))]");
        Assert.Equal(9, highlighted.Length);
        Assert.True(await page.Locator(".text .k-speaker").CountAsync() >= 8);

        await page.Locator(".text .k-quote").First.ClickAsync();
        var panel = await page.Locator("#fact").TextContentAsync();
        Assert.Contains("Mark Rutte", panel, StringComparison.Ordinal);
        Assert.Contains("95 %", panel, StringComparison.Ordinal);
        Assert.Contains("speaker clue: subject", panel, StringComparison.Ordinal);
        await page.Locator(".text .k-event").First.ClickAsync();
        Assert.Contains("ACCUSE", await page.Locator("#fact").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator(".text .hl", new() { HasTextString = "Rute" }).First.ClickAsync();
        Assert.Contains("fuzzy", await page.Locator("#fact").TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "article");
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task Mark_Ruttes_actor_page_lists_his_quotes_roles_and_events()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync("/actor.html?key=Q57792");
        var quotes = page.Locator("#actor-quotes li");
        await quotes.First.WaitForAsync();

        Assert.Equal("Mark Rutte", await page.Locator("h1").TextContentAsync());
        Assert.Equal(8, await quotes.CountAsync());
        Assert.Contains("Secretary General of NATO", await page.Locator("table.roles").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("ACCUSE", await page.Locator("#actor-events").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#neighbours canvas").First.WaitForAsync();
        await Screenshot(page, "actor");
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task The_events_page_shows_the_seeds_events_on_its_timeline_and_in_its_table()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync("/events.html");
        var rows = page.Locator("#events .event-row");
        await rows.First.WaitForAsync();
        await page.Locator("#timeline canvas").First.WaitForAsync();

        var types = await page.Locator("#events .event-row .type").AllTextContentsAsync();
        Assert.Contains("ACCUSE", types);
        Assert.Contains("MOBILIZE", types);
        Assert.True(site.SeedEvents >= 5);
        Assert.Equal(site.SeedEvents, await rows.Locator("a[href*='" + Uri.EscapeDataString(site.SeedId) + "']").CountAsync());
        await Screenshot(page, "events");
        await page.SelectOptionAsync("#type", "ACCUSE");
        await page.ClickAsync("#events-form button[type=submit]");
        await page.WaitForURLAsync("**type=ACCUSE**");
        await Assertions.Expect(rows.Locator(".type")).ToHaveTextAsync([.. types.Where(t => t == "ACCUSE")]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("date,type,mode,status,", csv, StringComparison.Ordinal);
        Assert.Contains("2025-09-04,ACCUSE,", csv, StringComparison.Ordinal);
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task The_hostile_article_renders_as_text_on_its_page_and_in_search()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync($"/article.html?id={Uri.EscapeDataString(SiteStore.HostileId)}");
        await page.Locator(".text").WaitForAsync();
        var text = await page.Locator(".text").TextContentAsync();
        await page.GotoAsync("/?q=ministre");
        await page.Locator(".hit").First.WaitForAsync();
        var hits = await page.Locator("#hits").TextContentAsync();

        Assert.StartsWith("<script>alert(1)</script> La ministre", text, StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", hits, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task The_actors_page_filters_by_name_and_leads_to_the_actor_and_a_search_facet_narrows_by_actor()
    {
        var (page, dialogs, errors) = await site.Open();

        await page.GotoAsync("/actors.html");
        await page.FillAsync("#name", "rutte");
        await page.ClickAsync("#actors-form button[type=submit]");
        await Assertions.Expect(page.Locator("#actors li")).ToHaveCountAsync(1);
        await page.ClickAsync("#actors li a");
        await page.WaitForURLAsync("**/actor.html?key=Q57792");
        await page.GotoAsync("/?q=ministre");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(2);
        await page.ClickAsync("#facets a:text-is('Mark Rutte')");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1);

        Assert.Contains("actor=Q57792", page.Url, StringComparison.Ordinal);
        Assert.Equal($"article.html?id={Uri.EscapeDataString(site.SeedId)}", await page.Locator(".hit a").First.GetAttributeAsync("href"));
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task A_slow_answer_to_the_first_load_never_overwrites_the_filter_asked_after_it()
    {
        var (page, dialogs, errors) = await site.Open();
        var filtered = new TaskCompletionSource();
        await page.RouteAsync("**/api/actors?size=50", async route =>
        {
            await filtered.Task;
            await route.ContinueAsync();
        });
        var firstLoad = page.WaitForResponseAsync("**/api/actors?size=50");

        await page.GotoAsync("/actors.html");
        await page.FillAsync("#name", "rutte");
        await page.ClickAsync("#actors-form button[type=submit]");
        await Assertions.Expect(page.Locator("#actors li")).ToHaveCountAsync(1);
        filtered.SetResult();
        await (await firstLoad).FinishedAsync();
        await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 0))");

        Assert.Equal(1, await page.Locator("#actors li").CountAsync());
        Assert.Equal("Mark Rutte", await page.Locator("#actors li a").TextContentAsync());
        Assert.Empty(dialogs);
        NoErrors(errors);
    }

    [Fact]
    public async Task The_interface_speaks_french_to_a_french_browser_and_switches_to_english()
    {
        var (page, _, errors) = await site.Open("fr-FR");

        await page.GotoAsync("/events.html");
        await page.Locator("#events .event-row").First.WaitForAsync();
        var french = await page.Locator("header nav").TextContentAsync();
        await page.ClickAsync("#lang-switch");
        await page.Locator("#events .event-row").First.WaitForAsync();
        await Assertions.Expect(page.Locator("header nav a").First).ToHaveTextAsync("Search");

        Assert.Contains("Recherche", french, StringComparison.Ordinal);
        Assert.Contains("Événements", french, StringComparison.Ordinal);
        NoErrors(errors);
    }

    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserSite.Screenshots);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Screenshots, $"{name}.png") });
    }
}
