using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests;

/// <summary>The web app as `vigie serve` builds it, on an in-memory test server over a <see cref="SiteStore"/>.</summary>
public sealed class ApiSite : IAsyncLifetime
{
    public const string Key = "test-key-3f9a";

    private readonly SiteStore _store = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public string SeedId => _store.SeedId;

    public static string HostileId => SiteStore.HostileId;

    public async ValueTask InitializeAsync()
    {
        (_app, Client) = await Start(_store.Path, Key).ConfigureAwait(false);
    }

    /// <summary>Starts another app over <paramref name="database"/> (with <paramref name="apiKey"/>, or read-only); the caller disposes it.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> Start(string database, string? apiKey)
    {
        var options = new VigieWebOptions(database, SiteStore.KnowledgeBase, SiteStore.Pipeline) { ApiKey = apiKey };
        var app = VigieWebApp.Build(options, builder => builder.WebHost.UseTestServer());
        await app.StartAsync().ConfigureAwait(false);
        return (app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _store.Dispose();
    }
}
