namespace Vigie.Storage.Records;

/// <summary>
/// How the articles a search matches divide: by language, source, actor (most named first), PLOVER event
/// type (events that happened) and publication day. <see cref="Total"/> counts all of them, not one page.
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
