namespace Vigie.Storage.Records;

/// <summary>Who deals with whom: actors as nodes, and an edge between two actors for each event whose clause names both.</summary>
public sealed record ActorGraph(IReadOnlyList<ActorCount> Nodes, IReadOnlyList<ActorEdge> Edges);

/// <summary>Two actor keys and the number of events naming both.</summary>
public sealed record ActorEdge(string Source, string Target, int Events);

/// <summary>How many events of a type happened on a day.</summary>
public sealed record TimelineDay(DateOnly Day, string Type, int Events);
