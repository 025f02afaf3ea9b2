namespace Vigie.Storage.Records;

/// <summary>
/// How the articles a search matches divide: by language, source and publication day (all matches), by
/// actor (most named first) and PLOVER event type (events that happened) among the best matches
/// (<see cref="SqliteStore.FacetedHits"/>). <see cref="Total"/> counts all matches, not one page.
/// </summary>
public sealed record SearchFacets(
    int Total,
    IReadOnlyList<Count> Languages,
    IReadOnlyList<Count> Sources,
    IReadOnlyList<ActorCount> Actors,
    IReadOnlyList<Count> EventTypes,
    IReadOnlyList<Count> Days);

/// <summary>An actor key, its name, and how many articles (or events) name it.</summary>
public sealed record ActorCount(string Key, string Name, int Count);
