namespace Vigie.Entities;

/// <summary>The names an <see cref="EntityType"/> goes by: CoNLL's codes and the output contract's kinds.</summary>
public static class EntityTypeNames
{
    /// <summary>PER, ORG, LOC or MISC.</summary>
    public static string Code(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>The contract's entity kind (docs/FORMAT.md): person, organization, place or misc.</summary>
    public static string Kind(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "place",
        _ => "misc",
    };
}
