using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;

namespace Vigie.Cli.Commands;

internal static class RejectedCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("rejected", """
            List the documents that could not be read, with the reason and what to do.
            A document leaves this list once a later ingest reads it.

            Examples:
              vigie rejected
              vigie rejected --format json
            """)
        {
            database, format,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var rejections = store.Rejections();
            if (parse.GetValue(format) == "json")
            {
                foreach (var rejection in rejections)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(rejection, AnalysisJson.Options));
                }

                return ExitCodes.Ok;
            }

            if (rejections.Count == 0)
            {
                Terminal.Messages.MarkupLine("[green]No rejected document.[/]");
            }

            foreach (var rejection in rejections)
            {
                var place = rejection.Line is { } line ? $"{rejection.Path}:{line}" : rejection.Path;
                Terminal.Data.MarkupLine($"[bold]{Markup.Escape(place)}[/]  [grey]{rejection.RejectedAt:yyyy-MM-dd HH:mm}[/]");
                Terminal.Data.MarkupLine($"  [red]{Markup.Escape(rejection.Reason)}[/]. {Markup.Escape(rejection.Advice)}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
