namespace Vigie.Kb;

/// <summary>What an actor is; the contract writes these names in lower case.</summary>
public enum ActorKind : byte
{
    /// <summary>A person: "Mark Rutte".</summary>
    Person,

    /// <summary>An organisation: an international organisation, an institution, a military branch.</summary>
    Organization,

    /// <summary>A state: "Russia", "China".</summary>
    Country,

    /// <summary>A place that is not a state: a city, a region, a sea, a continent.</summary>
    Place,

    /// <summary>An armed or political group that is no state institution: "Hamas", "Wagner Group".</summary>
    Group,

    /// <summary>Anything else with a name.</summary>
    Misc,
}
