namespace Vigie.Storage.Records;

/// <summary>
/// An actor as the stored articles know it. <see cref="Key"/> is its knowledge-base id, or "name:" and its
/// name for an actor the knowledge base does not know; <see cref="Articles"/> counts the articles naming it.
/// </summary>
public sealed record StoredActor(string Key, string Name, string Kind, string? Country, string? Kb, int Articles);

/// <summary>An event involving an actor, with its article and whether the actor is among its sources or its targets.</summary>
public sealed record ActorEvent(StoredEvent Event, bool AsSource, bool AsTarget);
