using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("stats", """
            Show what the store holds: articles by language and source, dates, rejections.

            Examples:
              vigie stats
              vigie stats --db /tmp/vigie.db --format json
            """)
        {
            database, format,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var stats = store.Stats();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(stats, AnalysisJson.Options));
            }
            else
            {
                Write(stats);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Write(StoreStats stats)
    {
        var console = Terminal.Data;
        var period = stats.FirstPublished is { } first ? $"{first:yyyy-MM-dd} → {stats.LastPublished:yyyy-MM-dd}" : "no dated article";
        console.MarkupLine($"[bold]{stats.Articles}[/] articles, {period}, [{(stats.Rejections > 0 ? "yellow" : "grey")}]{stats.Rejections} rejected[/] · {Markup.Escape(stats.Path)} ({stats.SizeBytes / 1024.0:N0} KB, schema {stats.SchemaVersion})");
        var table = new Table().Border(TableBorder.Simple).AddColumn("language").AddColumn(new TableColumn("articles").RightAligned())
            .AddColumn("source").AddColumn(new TableColumn("articles").RightAligned());
        for (var i = 0; i < Math.Max(stats.Languages.Count, stats.Sources.Count); i++)
        {
            var language = i < stats.Languages.Count ? stats.Languages[i] : null;
            var source = i < stats.Sources.Count ? stats.Sources[i] : null;
            table.AddRow(language?.Value ?? "", language?.Articles.ToString() ?? "", Markup.Escape(source?.Value ?? ""), source?.Articles.ToString() ?? "");
        }

        if (stats.Articles > 0)
        {
            console.Write(table);
        }
    }
}
