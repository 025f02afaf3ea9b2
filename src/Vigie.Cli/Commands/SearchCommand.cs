using System.CommandLine;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words to find (all of them). \"a phrase\" in quotes, prefix*, a OR b, NOT word. Accents and case do not matter.",
        };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var language = new Option<string?>("--lang") { Description = "Only articles in this language (ISO 639-1: fr, en …).", HelpName = "CODE" };
        var source = new Option<string?>("--source") { Description = "Only articles from this source.", HelpName = "NAME" };
        var from = CommonOptions.Date("--from", "Only articles published on or after this day.");
        var to = CommonOptions.Date("--to", "Only articles published on or before this day.");
        var actor = new Option<string?>("--actor") { Description = "Only articles that mention this actor (canonical name, in part, or knowledge-base id).", HelpName = "NAME" };
        var limit = CommonOptions.Count("--limit", "-n", "How many results at most", 20, 1, 1000);

        var command = new Command("search", """
            Search the stored articles, best match first, with highlighted snippets.

            Exit codes: 0 found, 4 nothing found.

            Examples:
              vigie search sous-marins
              vigie search "patrouille conjointe" --lang fr --from 2025-09-01
              vigie search 'sanction*' --source "Northern Dispatch" --format json
              vigie search défense --actor "Mark Rutte"
            """)
        {
            query, database, format, language, source, from, to, actor, limit,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var hits = store.Search(new SearchQuery(
                parse.GetValue(query)!,
                parse.GetValue(language)?.ToLowerInvariant(),
                parse.GetValue(source),
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(limit),
                Actor: parse.GetValue(actor)));

            if (parse.GetValue(format) == "json")
            {
                foreach (var hit in hits)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(hit, AnalysisJson.Options));
                }
            }
            else
            {
                WriteText(hits);
            }

            return hits.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        });
        return command;
    }

    private static void WriteText(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Terminal.Messages.MarkupLine("[yellow]No article matches.[/] Try fewer words, a prefix (word*), or check --lang/--source/--from/--to.");
            return;
        }

        foreach (var hit in hits)
        {
            var when = hit.Published?.ToString("yyyy-MM-dd") ?? "undated";
            Terminal.Data.MarkupLine($"[bold]{Markup.Escape(ArticleLabel.Of(hit.Title, hit.Path, hit.Id))}[/]  [grey]{when} · {Markup.Escape(hit.Source ?? "unknown source")} · {hit.Language} · {hit.Id[..19]}[/]");
            Terminal.Data.MarkupLine($"  {Highlighted(hit)}");
        }
    }

    private static string Highlighted(SearchHit hit)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var highlight in hit.Highlights)
        {
            markup.Append(Markup.Escape(hit.Snippet[at..highlight.Start]))
                .Append("[black on yellow]").Append(Markup.Escape(hit.Snippet[highlight.Start..highlight.End])).Append("[/]");
            at = highlight.End;
        }

        return markup.Append(Markup.Escape(hit.Snippet[at..])).ToString();
    }
}
