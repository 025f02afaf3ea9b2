namespace Vigie.Storage.Records;

/// <summary>What the store holds: counts by language and source, the date range, rejections.</summary>
public sealed record StoreStats(
    string Path,
    long SizeBytes,
    int SchemaVersion,
    int Articles,
    int Rejections,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    IReadOnlyList<Count> Languages,
    IReadOnlyList<Count> Sources);

/// <summary>A value and how many articles have it.</summary>
public sealed record Count(string Value, int Articles);
