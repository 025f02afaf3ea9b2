namespace Vigie.Training.Events;

/// <summary>One sentence or article with the events it must yield (none for a negative case).</summary>
public sealed record EventCase(string Id, IReadOnlyList<string> Tags, string Language, DateOnly? Date, string Text, IReadOnlyList<ExpectedEvent> Expected, int Position);

/// <summary>An expected event: PLOVER type (and mode), the names of its sources and targets, and its trigger words.</summary>
public sealed record ExpectedEvent(string Type, string? Mode, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, string? Trigger);
