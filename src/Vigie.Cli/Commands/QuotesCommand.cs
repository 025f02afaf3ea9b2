using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

internal static class QuotesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json", "csv");
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this speaker (part of the name or of the words naming them).", HelpName = "NAME" };
        var about = new Option<string?>("--about") { Description = "Only quotes that mention this actor or these words.", HelpName = "ACTOR" };
        var from = CommonOptions.Date("--from", "Only quotes said on or after this day (the day the text gives for the cue, else the publication day).");
        var to = CommonOptions.Date("--to", "Only quotes said on or before this day.");
        var language = new Option<string?>("--lang") { Description = "Only quotes in this language (fr, en …).", HelpName = "CODE" };
        var limit = CommonOptions.Count("--limit", "-n", "How many quotes at most", 100, 1, 10_000);
        var command = new Command("quotes", """
            List who said what in the stored articles: each quote with its speaker, kind
            (direct, mixed, indirect), cue, article, date and source. Names match without regard
            to case or accents.

            Exit codes: 0 found, 4 nothing found.

            Examples:
              vigie quotes --speaker Rutte
              vigie quotes --about Chine --from 2025-09-01 --lang fr
              vigie quotes --format csv > quotes.csv
            """)
        {
            database, format, speaker, about, from, to, language, limit,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var quotes = store.Quotes(new QuoteQuery(parse.GetValue(speaker), parse.GetValue(about), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(language)?.ToLowerInvariant(), parse.GetValue(limit)));
            switch (parse.GetValue(format))
            {
                case "json":
                    foreach (var quote in quotes)
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(quote, AnalysisJson.Options));
                    }

                    break;
                case "csv":
                    Console.Out.WriteLine(Csv.Line("said", "published", "source", "speaker", "speaker_text", "kind", "quote", "cue", "confidence", "article", "path"));
                    foreach (var q in quotes)
                    {
                        Console.Out.WriteLine(Csv.Line(q.Said, q.Published, q.Source, q.Speaker, q.SpeakerText, q.Kind, q.Text, q.Cue, q.Confidence, q.ArticleId, q.Path));
                    }

                    break;
                default:
                    WriteText(quotes);
                    break;
            }

            return quotes.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<StoredQuote> quotes)
    {
        if (quotes.Count == 0)
        {
            Terminal.Messages.MarkupLine("[yellow]No quote matches.[/]");
            return;
        }

        foreach (var q in quotes)
        {
            var who = q.Speaker ?? q.SpeakerText ?? "unknown speaker";
            Terminal.Data.MarkupLine($"[bold]{Markup.Escape(who)}[/] [grey]({q.Kind}{(q.Cue is { } cue ? ", " + Markup.Escape(cue) : "")}) · {q.Said:yyyy-MM-dd} · {Markup.Escape(q.Source ?? "unknown source")} · {Markup.Escape(ArticleLabel.Of(q.Title, q.Path, q.ArticleId))}[/]");
            Terminal.Data.MarkupLine($"  « {Markup.Escape(Digest.Shorten(q.Text, 300))} »");
        }
    }
}
