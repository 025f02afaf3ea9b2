using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Vigie.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_the_api_and_the_ui_over_the_store_on_loopback()
    {
        using var work = new Workspace();
        var file = work.File("a.txt", "date 2025-04-02 La Russie et la Chine ont signé un accord de pêche à Moscou.\nSource: Le Veilleur");
        Assert.Equal(0, work.Vigie("ingest", file).ExitCode);
        var port = FreePort();
        using var process = Process.Start(VigieProcess.StartInfo(work.Database, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        try
        {
            // A message on standard error says where it listens, once it does.
            var line = await ListeningLine(process).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
            Assert.Contains($"http://127.0.0.1:{port}", line, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var search = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=p%C3%AAche", UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
            using var page = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
            using var post = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

            Assert.Equal(1, search.GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("js/search.js", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<string?> ListeningLine(Process process)
    {
        while (await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.StartsWith("Vigie serves", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
