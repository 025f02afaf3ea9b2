using System.CommandLine;
using Spectre.Console;
using Vigie.Cli.Ingestion;
using Vigie.Cli.Output;
using Vigie.Ingest.Sources;
using Vigie.Pipeline;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

internal static class DemoCommand
{
    private const string DemoQuery = "sanctions OR sous-marins OR exercises";

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("demo", $"""
            Ingest the bundled sample articles (French and English, in the article format,
            JSON Lines and HTML) into the store, then print a digest: what the store holds,
            the latest articles, and a search. Run it again: nothing is stored twice.

            Examples:
              vigie demo
              vigie demo --db /tmp/demo.db && vigie search "{DemoQuery}" --db /tmp/demo.db
            """)
        {
            database,
        };
        command.SetAction(parse =>
        {
            var inputs = SampleArticles.Inputs();
            if (inputs.Count == 0)
            {
                Terminal.Error(SampleArticles.Missing);
                return ExitCodes.Failed;
            }

            using var store = CommonOptions.OpenStore(parse, database);
            var pipeline = UserKnowledgeBase.Pipeline();
            var summary = new IngestRun(store, pipeline, 200).Run(inputs, Stream.Null, RejectionReport.Write);
            var console = Terminal.Data;
            console.Write(new Rule("[bold]Vigie demo[/]").LeftJustified());
            console.MarkupLine($"Read {summary.Articles} sample articles from {inputs.Count} files: [green]{summary.Stored} stored[/], {summary.Duplicates} already there, {summary.Rejected} rejected.");
            console.WriteLine();
            StatsCommand.Write(store.Stats());

            console.Write(new Rule("[bold]Latest articles[/]").LeftJustified());
            foreach (var article in store.Latest(6))
            {
                var opening = Digest.Shorten(article.Text, 150);
                console.MarkupLine($"[bold]{article.Published:yyyy-MM-dd}[/] [grey]{article.Language} · {Markup.Escape(article.Source ?? "unknown source")} · {article.Id[..19]}[/]");
                console.MarkupLine($"  {Markup.Escape(article.Title ?? opening)}");
            }

            console.WriteLine();
            console.Write(new Rule($"[bold]vigie search \"{Markup.Escape(DemoQuery)}\"[/]").LeftJustified());
            foreach (var hit in store.Search(new SearchQuery(DemoQuery, Limit: 3)))
            {
                console.MarkupLine($"[bold]{Markup.Escape(ArticleLabel.Of(hit.Title, hit.Path, hit.Id))}[/] [grey]{hit.Published:yyyy-MM-dd}[/]");
                console.MarkupLine($"  [grey]{Markup.Escape(hit.Snippet)}[/]");
            }

            console.WriteLine();
            console.MarkupLine($"Store: {Markup.Escape(store.Path)}. Next: [bold]vigie search WORDS[/], [bold]vigie show ID[/], [bold]vigie analyze FILE --format json[/].");
            return summary.Rejected == 0 ? ExitCodes.Ok : ExitCodes.Partial;
        });
        return command;
    }
}
