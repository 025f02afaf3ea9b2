namespace Vigie.Kb;

/// <summary>
/// One identity of the knowledge base: a person, organisation, state, place or group, with its names
/// in several languages and the offices it held. Immutable once the knowledge base is built.
/// </summary>
public sealed class Actor
{
    internal Actor(string id, string name, ActorKind kind, string? country, string? parent, Gender gender, long weight,
        IReadOnlyList<ActorAlias> aliases, IReadOnlyList<ActorRole> roles, string? capital, string? capitalOf)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Country = country;
        Parent = parent;
        Gender = gender;
        Weight = weight;
        Aliases = aliases;
        Roles = roles;
        Capital = capital;
        CapitalOf = capitalOf;
    }

    /// <summary>A stable id: a Wikidata Q-id where known (<c>Q7747</c>), else a prefixed one (<c>country:RUS</c>, <c>geonames:2643743</c>, <c>vigie:…</c>).</summary>
    public string Id { get; }

    /// <summary>The canonical English name.</summary>
    public string Name { get; }

    public ActorKind Kind { get; }

    /// <summary>The ISO 3166-1 alpha-3 code of the actor's country (its own for a state), when it has one.</summary>
    public string? Country { get; }

    /// <summary>The id of the actor this one is part of: a fleet's navy, a navy's state.</summary>
    public string? Parent { get; }

    public Gender Gender { get; }

    /// <summary>Prominence for telling namesakes apart: a place's population; 0 when unknown.</summary>
    public long Weight { get; }

    public IReadOnlyList<ActorAlias> Aliases { get; }

    public IReadOnlyList<ActorRole> Roles { get; }

    /// <summary>For a state, the id of its capital city.</summary>
    public string? Capital { get; }

    /// <summary>For a capital city, the id of its state: « Pékin a annoncé » is China speaking.</summary>
    public string? CapitalOf { get; }

    /// <summary>The roles known to be held on <paramref name="date"/>.</summary>
    public IEnumerable<ActorRole> RolesOn(DateOnly date) => Roles.Where(role => role.IsHeldOn(date));

    public override string ToString() => $"{Name} ({Id})";
}
