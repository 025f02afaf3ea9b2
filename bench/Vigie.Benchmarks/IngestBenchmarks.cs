using BenchmarkDotNet.Attributes;
using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Storage;

namespace Vigie.Benchmarks;

/// <summary>
/// The pipeline on one article, and analysing plus storing 1,000 distinct articles in a real SQLite
/// file (batches of 200, as `vigie ingest` does), for articles per second.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int Count = 1000;
    private readonly AnalysisPipeline _pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
    private List<Article> _articles = [];
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        var samples = BenchmarkCorpus.Articles;
        _articles = [.. Enumerable.Range(0, Count).Select(i =>
        {
            var sample = samples[i % samples.Count];
            return Article.Create($"{sample.Text}\n\nDépêche n° {i}.", sample.Published, sample.Source, sample.Language, sample.Title);
        })];
        _folder = Path.Combine(Path.GetTempPath(), "vigie-bench-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark]
    public Analysis AnalyzeOneArticle() => _pipeline.Analyze(_articles[0]);

    [Benchmark(OperationsPerInvoke = Count)]
    public int AnalyzeAndStore()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        var stored = 0;
        foreach (var batch in _articles.Chunk(200))
        {
            stored += store.Store([.. batch.AsParallel().AsOrdered().Select(_pipeline.Analyze)]).Stored;
        }

        return stored;
    }
}
