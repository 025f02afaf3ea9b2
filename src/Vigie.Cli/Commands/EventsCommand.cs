using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json", "csv", "plover");
        var actor = new Option<string?>("--actor") { Description = "Only events whose source or target words name this actor (in part).", HelpName = "NAME" };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.", HelpName = "TYPE" };
        var from = CommonOptions.Date("--from", "Only events on or after this day.");
        var to = CommonOptions.Date("--to", "Only events on or before this day.");
        var all = new Option<bool>("--all") { Description = "Also list negated, hypothetical and recalled (history or background told again) events, kept with their status, never counted." };
        var limit = CommonOptions.Count("--limit", "-n", "How many events at most", 100, 1, 10_000);
        var command = new Command("events", """
            List who did what to whom in the stored articles: PLOVER events with their type, mode,
            source and target words, place, date, status (asserted, or claimed by a quoted speaker)
            and the words they come from. Events are dated by their article's publication day until
            the times stage dates them from the text. Names match without regard to case or accents.

            Formats: text; json (one object per line); csv; plover (PLOVER-style JSON records, one per line).

            Exit codes: 0 found, 4 nothing found.

            Examples:
              vigie events --actor Russie
              vigie events --type ASSAULT --from 2025-09-01 --to 2025-09-30
              vigie events --format plover > events.jsonl
              vigie events --format csv --all > events.csv
            """)
        {
            database, format, actor, type, from, to, all, limit,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var events = store.Events(new EventQuery(parse.GetValue(actor), parse.GetValue(type), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(all), parse.GetValue(limit)));
            switch (parse.GetValue(format))
            {
                case "json":
                    foreach (var e in events)
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(e, AnalysisJson.Options));
                    }

                    break;
                case "plover":
                    foreach (var e in events)
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(PloverRecord.From(e), AnalysisJson.Options));
                    }

                    break;
                case "csv":
                    Console.Out.WriteLine(Csv.Line("date", "type", "mode", "status", "source_text", "target_text", "place_text", "trigger", "evidence", "claimed_by", "confidence", "published", "source", "article", "path"));
                    foreach (var e in events)
                    {
                        Console.Out.WriteLine(Csv.Line(e.Date, e.Type, e.Mode, e.Status, e.SourceText, e.TargetText, e.PlaceText, e.Trigger, e.Evidence, e.ClaimedBy, e.Confidence, e.Published, e.Source, e.ArticleId, e.Path));
                    }

                    break;
                default:
                    WriteText(events);
                    break;
            }

            return events.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<StoredEvent> events)
    {
        if (events.Count == 0)
        {
            Terminal.Messages.MarkupLine("[yellow]No event matches.[/]");
            return;
        }

        foreach (var e in events)
        {
            var who = e.SourceText.Length > 0 ? e.SourceText : "?";
            var whom = e.TargetText.Length > 0 ? " → " + e.TargetText : "";
            var where = e.PlaceText is { } place ? " @ " + place : "";
            var claimed = e.Status == "claimed" ? $", claimed by {e.ClaimedBy ?? "a quoted speaker"}" : e.Status == "asserted" ? "" : $", {e.Status}";
            Terminal.Data.MarkupLine($"[bold]{e.Type}{(e.Mode is { } mode ? "/" + Markup.Escape(mode) : "")}[/] {Markup.Escape(who + whom + where)} [grey]({e.Date:yyyy-MM-dd}{(e.DateFrom == "publication" ? " published" : "")}{Markup.Escape(claimed)}) · {Markup.Escape(e.Source ?? "unknown source")} · {Markup.Escape(ArticleLabel.Of(e.Title, e.Path, e.ArticleId))}[/]");
            Terminal.Data.MarkupLine($"  « {Markup.Escape(Digest.Shorten(e.Evidence, 300))} »");
        }
    }
}
