using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Ingestion;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Ingest.Sources;
using Vigie.Pipeline;
using Vigie.Storage;

namespace Vigie.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        var articles = CommonOptions.Count("--articles", "-n", "How many distinct articles to write, read, analyse and store", 2000, 1, 1_000_000);
        var format = CommonOptions.Format("text", "json");
        var keep = new Option<string?>("--keep-store")
        {
            Description = "Keep the store the ingest stage made at FILE (which must not exist yet), e.g. to load-test `vigie serve --db FILE`.",
            HelpName = "FILE",
        };
        var command = new Command("bench", """
            Measure Vigie end to end on this machine: write N distinct articles (made from the
            bundled samples) as files in a temporary folder, then time `analyze` (read and
            analyse, no store) and `ingest` (read, analyse, store in a fresh SQLite file).
            Nothing is left behind unless --keep-store names where the store goes. Figures go in
            docs/BENCHMARKS.md.

            Examples:
              vigie bench
              vigie bench --articles 10000 --format json
              vigie bench --articles 100000 --keep-store /tmp/vigie-100k.db
            """)
        {
            articles, format, keep,
        };
        command.SetAction(parse =>
        {
            var samples = SampleArticles.Inputs()
                .SelectMany(input => input.Read(Stream.Null))
                .Select(reading => reading.Article)
                .OfType<Article>()
                .ToList();
            if (samples.Count == 0)
            {
                Terminal.Error(SampleArticles.Missing);
                return ExitCodes.Failed;
            }

            var kept = parse.GetValue(keep) is { } path ? Path.GetFullPath(path) : null;
            if (kept is not null && File.Exists(kept))
            {
                Terminal.Error($"{kept}: the file exists already. Name a new file for --keep-store, or delete this one.");
                return ExitCodes.Failed;
            }

            var folder = Directory.CreateTempSubdirectory("vigie-bench-").FullName;
            try
            {
                var result = Run(samples, parse.GetValue(articles), folder, kept ?? Path.Combine(folder, "bench.db"));
                if (parse.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
                }
                else
                {
                    var table = new Table().AddColumn("stage").AddColumn(new TableColumn("articles/s").RightAligned()).AddColumn(new TableColumn("words/s").RightAligned())
                        .AddColumn(new TableColumn("MB/s").RightAligned()).AddColumn(new TableColumn("seconds").RightAligned());
                    table.AddRow("analyze (read + analyse)", $"{result.AnalyzeArticlesPerSecond:N0}", $"{result.Words / result.AnalyzeSeconds:N0}", $"{result.AnalyzeMegabytesPerSecond:N2}", $"{result.AnalyzeSeconds:N2}");
                    table.AddRow("ingest (read + analyse + store)", $"{result.IngestArticlesPerSecond:N0}", $"{result.Words / result.IngestSeconds:N0}", $"{result.IngestMegabytesPerSecond:N2}", $"{result.IngestSeconds:N2}");
                    Terminal.Data.MarkupLine($"{result.Articles:N0} articles, {result.Words:N0} words, {result.Megabytes:N1} MB of text, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
                    if (kept is not null)
                    {
                        Terminal.Data.MarkupLine($"store kept: {Markup.Escape(kept)}");
                    }
                    Terminal.Data.Write(table);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static BenchResult Run(List<Article> samples, int count, string folder, string storePath)
    {
        long bytes = 0, words = 0;
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            var content = $"date {sample.Published ?? new DateOnly(2025, 1, 1):yyyy-MM-dd} {sample.Text}\n\nDépêche n° {i}.\n\nSource: {sample.Source ?? "Bench"}\n";
            bytes += System.Text.Encoding.UTF8.GetByteCount(content);
            words += content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            File.WriteAllText(Path.Combine(folder, $"{i:D7}.txt"), content);
        }

        var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
        var inputs = InputPaths.Expand([folder]).ToList();

        // Warm up (model load, JIT) on the samples, so that both stages are measured in steady state.
        foreach (var sample in samples)
        {
            pipeline.Analyze(sample);
        }

        var clock = Stopwatch.StartNew();
        var analysed = inputs.AsParallel().SelectMany(input => input.Read(Stream.Null)).Select(reading => pipeline.Analyze(reading.Article!)).Count();
        var analyzeSeconds = clock.Elapsed.TotalSeconds;

        using var store = SqliteStore.Open(storePath);
        clock.Restart();
        var summary = new IngestRun(store, pipeline, 200).Run(inputs, Stream.Null, _ => { });
        var ingestSeconds = clock.Elapsed.TotalSeconds;

        var megabytes = bytes / (1024.0 * 1024);
        return new BenchResult(analysed, words, megabytes, analyzeSeconds, analysed / analyzeSeconds, megabytes / analyzeSeconds,
            ingestSeconds, summary.Stored / ingestSeconds, megabytes / ingestSeconds);
    }

    private sealed record BenchResult(
        int Articles,
        long Words,
        double Megabytes,
        double AnalyzeSeconds,
        double AnalyzeArticlesPerSecond,
        double AnalyzeMegabytesPerSecond,
        double IngestSeconds,
        double IngestArticlesPerSecond,
        double IngestMegabytesPerSecond);
}
