using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Ingestion;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Ingest.Sources;
using Vigie.Pipeline;

namespace Vigie.Cli.Commands;

internal static class IngestCommand
{
    /// <summary>From this many files on, a progress bar shows how far the run is.</summary>
    private const int ProgressFrom = 100;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), glob patterns, or - for JSON Lines on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var batch = CommonOptions.Count("--batch", "", "Articles stored per transaction", 200, 1, 100_000);

        var command = new Command("ingest", """
            Read articles, analyse them and keep them in the store, ready for search.

            Reads Vigie's article format and plain text (.txt and anything else that is text),
            JSON Lines (.jsonl, .ndjson: one article per line), and HTML pages (.html, .htm).
            Storing is idempotent: an article already in the store (same text) is skipped.
            Documents that cannot be read are listed on standard error and kept aside
            (see `vigie rejected`); the others are stored all the same.

            Exit codes: 0 all read, 3 some rejected, 1 none could be read.

            Examples:
              vigie ingest ../shared/seeds
              vigie ingest 'news/**/*.html' wire.jsonl --db /tmp/vigie.db
              cat export.jsonl | vigie ingest -
            """)
        {
            paths, database, format, batch,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var pipeline = UserKnowledgeBase.Pipeline();
            var inputs = InputPaths.Expand(parse.GetValue(paths)!).ToList();
            var run = new IngestRun(store, pipeline, parse.GetValue(batch));
            using var stdin = Console.OpenStandardInput();

            IngestSummary summary;
            if (inputs.Count >= ProgressFrom)
            {
                summary = Terminal.Messages.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("Ingesting", maxValue: inputs.Count);
                    return run.Run(inputs, stdin, RejectionReport.Write, done => task.Increment(done));
                });
            }
            else
            {
                summary = run.Run(inputs, stdin, RejectionReport.Write);
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(summary, AnalysisJson.Options));
            }
            else
            {
                Terminal.Messages.MarkupLineInterpolated(
                    $"[green]{summary.Stored}[/] stored, {summary.Duplicates} already in the store, [{(summary.Rejected > 0 ? "red" : "green")}]{summary.Rejected}[/] rejected, from {summary.Inputs} input(s) in {summary.Seconds:0.##} s ({summary.ArticlesPerSecond:0} articles/s) → {store.Path}");
            }

            return RejectionReport.ExitCode(summary.Articles, summary.Rejected);
        });
        return command;
    }
}
