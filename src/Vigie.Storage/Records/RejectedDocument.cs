namespace Vigie.Storage.Records;

/// <summary>A document kept aside because it could not be read: where, why, and what to do.</summary>
public sealed record RejectedDocument(string Path, int? Line, string Reason, string Advice, DateTimeOffset RejectedAt);
