using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Storage;
using Vigie.Web.Hosting;

namespace Vigie.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var port = CommonOptions.Count("--port", "-p", "The port to listen on, on 127.0.0.1 only", 5080, 1, 65535);
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen instead, e.g. http://0.0.0.0:8080 to serve other machines (then put a TLS proxy in front).",
            HelpName = "URLS",
        };
        var command = new Command("serve", $"""
            Serve the web app over the store: search, articles with their quotes, actors and events
            highlighted, actor pages, the events timeline, and the JSON API under /api (OpenAPI at
            /openapi/v1.json). Listens on 127.0.0.1 only unless --urls says otherwise. Read-only
            unless ${VigieWebOptions.ApiKeyVariable} is set: then POST /api/articles and DELETE
            /api/articles/ID accept requests carrying that key in the X-Api-Key header (docs/WEB.md).

            Stop with Ctrl+C.

            Examples:
              vigie serve
              vigie serve --db news.db --port 8080
              VIGIE_API_KEY=$(openssl rand -hex 24) vigie serve --urls http://127.0.0.1:9000
            """)
        {
            database, port, urls,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = StoreLocation.Resolve(parse.GetValue(database));
            using (SqliteStore.Open(path))
            {
                // Opened once here so that a store that cannot be used fails now, with exit code 1, not on the first request.
            }

            var options = new VigieWebOptions(path, () => UserKnowledgeBase.Value, UserKnowledgeBase.Pipeline)
            {
                Urls = parse.GetValue(urls) ?? string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{parse.GetValue(port)}"),
                ApiKey = Environment.GetEnvironmentVariable(VigieWebOptions.ApiKeyVariable) is { Length: > 0 } key ? key : null,
            };
            await using var app = VigieWebApp.Build(options);
            await app.StartAsync(cancellation).ConfigureAwait(false);
            // Plain text, never wrapped: the address must stay whole to be copied.
            await Console.Error.WriteLineAsync($"Vigie serves {path} at {string.Join(", ", app.Urls)} ({(options.ApiKey is null ? "read-only" : "writes need the API key")}). Ctrl+C stops.").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
