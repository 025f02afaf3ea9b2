namespace Vigie.Storage.Records;

/// <summary>What one batch did to the store: articles added, and articles it already had.</summary>
public readonly record struct IngestCounts(int Stored, int Duplicates)
{
    public static IngestCounts operator +(IngestCounts a, IngestCounts b) => new(a.Stored + b.Stored, a.Duplicates + b.Duplicates);
}
