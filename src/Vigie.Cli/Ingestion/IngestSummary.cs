namespace Vigie.Cli.Ingestion;

/// <summary>What an ingest run did, for the closing message and --format json.</summary>
internal sealed record IngestSummary(int Inputs, int Articles, int Stored, int Duplicates, int Rejected, double Seconds)
{
    public double ArticlesPerSecond => Seconds > 0 ? Articles / Seconds : 0;
}
