using Vigie.Kb;

namespace Vigie.Actors;

/// <summary>
/// One actor of an article with all its mentions: a knowledge-base actor (<see cref="Actor"/> set), or a
/// document-local entity the knowledge base does not know (<see cref="Actor"/> null). <see cref="Roles"/>
/// are the roles held at the publication date.
/// </summary>
public sealed record ResolvedEntity(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<ActorRole> Roles,
    Actor? Actor,
    IReadOnlyList<ActorMention> Mentions)
{
    /// <summary>The knowledge-base id, or null for a document-local entity.</summary>
    public string? KbId => Actor?.Id;
}
