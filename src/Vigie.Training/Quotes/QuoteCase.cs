namespace Vigie.Training.Quotes;

/// <summary>One expected quotation of a test case: kind, speaker name (null: none), cue words and the first words of the span.</summary>
public sealed record ExpectedQuote(string Kind, string? Speaker, string? Cue, string Starts);

/// <summary>A quote test case: an article written by the team, its date and language, and the quotes it must yield.</summary>
public sealed record QuoteCase(string Id, IReadOnlyList<string> Tags, string Language, DateOnly Published, string Text, IReadOnlyList<ExpectedQuote> Expected);
