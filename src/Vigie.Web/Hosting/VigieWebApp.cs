using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Vigie.Pipeline;
using Vigie.Web.Api;

namespace Vigie.Web.Hosting;

/// <summary>
/// Builds the web app: the JSON API under /api, its OpenAPI document at /openapi/v1.json and the UI's
/// static files, over one store. Hosts stay thin: `vigie serve` and the tests call <see cref="Build"/>
/// and run what it returns.
/// </summary>
public static class VigieWebApp
{
    /// <summary>The folder of the UI's files, copied beside the assemblies.</summary>
    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <param name="options">The store, address, key and pipeline.</param>
    /// <param name="configure">Lets a host change the builder before the app is built (the tests use an in-memory server).</param>
    public static WebApplication Build(VigieWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new StorePool(options.DatabasePath));
        builder.Services.AddSingleton(new Lazy<AnalysisPipeline>(options.Pipeline, LazyThreadSafetyMode.ExecutionAndPublication));
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        // JSON escapes <, >, &, ' and " (not accents): article text stays inert even if a client mistook the answer for HTML.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (Directory.Exists(WebRoot))
        {
            var files = new PhysicalFileProvider(WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapSearch().MapArticles().MapActors().MapQuotes().MapEvents().MapGraph();
        return app;
    }
}
