using System.Diagnostics;
using Vigie.Documents;
using Vigie.Ingest;
using Vigie.Ingest.Sources;
using Vigie.Pipeline;
using Vigie.Storage;
using Vigie.Storage.Records;

namespace Vigie.Cli.Ingestion;

/// <summary>
/// Reads inputs, analyses every article and stores it, in transactional batches: a crash loses at
/// most the batch in flight, and a rerun stores exactly what is missing (ids are content hashes).
/// Rejected documents are kept aside in the store with their reason.
/// </summary>
internal sealed class IngestRun(SqliteStore store, AnalysisPipeline pipeline, int batchSize)
{
    public IngestSummary Run(IReadOnlyList<Input> inputs, Stream standardInput, Action<Rejection> rejected, Action<int>? inputDone = null)
    {
        var clock = Stopwatch.StartNew();
        var batch = new List<Article>(batchSize);
        var counts = new IngestCounts();
        int articles = 0, rejections = 0;
        foreach (var input in inputs)
        {
            foreach (var reading in input.Read(standardInput))
            {
                if (reading.Rejection is { } rejection)
                {
                    rejections++;
                    store.Reject(new RejectedDocument(rejection.Path, rejection.Line, rejection.Reason, rejection.Advice, DateTimeOffset.UtcNow));
                    rejected(rejection);
                    continue;
                }

                articles++;
                batch.Add(reading.Article!);
                if (batch.Count == batchSize)
                {
                    counts += Flush(batch);
                }
            }

            inputDone?.Invoke(1);
        }

        counts += Flush(batch);
        return new IngestSummary(inputs.Count, articles, counts.Stored, counts.Duplicates, rejections, clock.Elapsed.TotalSeconds);
    }

    private IngestCounts Flush(List<Article> batch)
    {
        if (batch.Count == 0)
        {
            return default;
        }

        var analyses = batch.AsParallel().AsOrdered().Select(pipeline.Analyze).ToList();
        batch.Clear();
        return store.Store(analyses);
    }
}
