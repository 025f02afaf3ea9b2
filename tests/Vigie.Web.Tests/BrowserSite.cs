using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests;

/// <summary>
/// The web app on a real loopback port over a <see cref="SiteStore"/>, and Debian's Chromium driven by
/// Playwright (its driver ships with the package; no browser is downloaded).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SiteStore _store = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = "";

    public string SeedId => _store.SeedId;

    public int SeedEvents => _store.SeedEvents;

    /// <summary>docs/screenshots of the repository the tests were built from.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "vigie.slnx")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("vigie.slnx not found above the test binaries."), "docs", "screenshots");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new FileNotFoundException($"The browser tests drive Debian's Chromium: install it (apt-get install chromium; .ci/run does).", Chromium);
        }

        var options = new VigieWebOptions(_store.Path, SiteStore.KnowledgeBase, SiteStore.Pipeline) { Urls = "http://127.0.0.1:0" };
        _app = VigieWebApp.Build(options);
        await _app.StartAsync().ConfigureAwait(false);
        Address = _app.Urls.Single();
        _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }).ConfigureAwait(false);
    }

    /// <summary>A fresh page (its own context) at 1280×800 in <paramref name="locale"/>; dialogs are recorded, never accepted.</summary>
    public async Task<(IPage Page, List<string> Dialogs, List<string> Errors)> Open(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return (page, dialogs, errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _store.Dispose();
    }
}
