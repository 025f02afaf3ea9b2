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
        var command = new Command("bench", """
            Measure Vigie end to end on this machine: write N distinct articles (made from the
            bundled samples) as files in a temporary folder, then time `analyze` (read and
            analyse, no store) and `ingest` (read, analyse, store in a fresh SQLite file).
            Nothing is left behind. Figures go in docs/BENCHMARKS.md.

            Examples:
              vigie bench
              vigie bench --articles 10000 --format json
            """)
        {
            articles, format,
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

            var folder = Directory.CreateTempSubdirectory("vigie-bench-").FullName;
            try
            {
                var result = Run(samples, parse.GetValue(articles), folder);
                if (parse.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
                }
                else
                {
                    var table = new Table().AddColumn("stage").AddColumn(new TableColumn("articles/s").RightAligned()).AddColumn(new TableColumn("MB/s").RightAligned()).AddColumn(new TableColumn("seconds").RightAligned());
                    table.AddRow("analyze (read + analyse)", $"{result.AnalyzeArticlesPerSecond:N0}", $"{result.AnalyzeMegabytesPerSecond:N2}", $"{result.AnalyzeSeconds:N2}");
                    table.AddRow("ingest (read + analyse + store)", $"{result.IngestArticlesPerSecond:N0}", $"{result.IngestMegabytesPerSecond:N2}", $"{result.IngestSeconds:N2}");
                    Terminal.Data.MarkupLine($"{result.Articles:N0} articles, {result.Megabytes:N1} MB of text, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
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

    private static BenchResult Run(List<Article> samples, int count, string folder)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            var content = $"date {sample.Published ?? new DateOnly(2025, 1, 1):yyyy-MM-dd} {sample.Text}\n\nDépêche n° {i}.\n\nSource: {sample.Source ?? "Bench"}\n";
            bytes += System.Text.Encoding.UTF8.GetByteCount(content);
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

        using var store = SqliteStore.Open(Path.Combine(folder, "bench.db"));
        clock.Restart();
        var summary = new IngestRun(store, pipeline, 200).Run(inputs, Stream.Null, _ => { });
        var ingestSeconds = clock.Elapsed.TotalSeconds;

        var megabytes = bytes / (1024.0 * 1024);
        return new BenchResult(analysed, megabytes, analyzeSeconds, analysed / analyzeSeconds, megabytes / analyzeSeconds,
            ingestSeconds, summary.Stored / ingestSeconds, megabytes / ingestSeconds);
    }

    private sealed record BenchResult(
        int Articles,
        double Megabytes,
        double AnalyzeSeconds,
        double AnalyzeArticlesPerSecond,
        double AnalyzeMegabytesPerSecond,
        double IngestSeconds,
        double IngestArticlesPerSecond,
        double IngestMegabytesPerSecond);
}
