using System.Collections.Frozen;
using Vigie.Entities;

namespace Vigie.Training.Ner;

/// <summary>
/// Maps the entity types of the corpora onto Vigie's four (docs/NER.md lists the mapping). Types
/// that are not names (dates, hours, quantities, weapons, abstract mentions …) map to nothing.
/// </summary>
public static class NerTypeMapping
{
    private static readonly FrozenDictionary<string, EntityType> Types = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = EntityType.Person,
        ["PERS"] = EntityType.Person,
        ["PERSON"] = EntityType.Person,
        ["LOC"] = EntityType.Location,
        ["LOCATION"] = EntityType.Location,
        ["PLACE"] = EntityType.Location,
        ["GPE"] = EntityType.Location,
        ["GEO-LOC"] = EntityType.Location,
        ["ORG"] = EntityType.Organization,
        ["ORGANIZATION"] = EntityType.Organization,
        ["ORGANISATION"] = EntityType.Organization,
        ["CORPORATION"] = EntityType.Organization,
        ["COMPANY"] = EntityType.Organization,
        ["GROUP"] = EntityType.Organization,
        ["SPORTSTEAM"] = EntityType.Organization,
        ["MISC"] = EntityType.Misc,
        ["EVENT"] = EntityType.Misc,
        ["PRODUCT"] = EntityType.Misc,
        ["PROD"] = EntityType.Misc,
        ["HUMANPROD"] = EntityType.Misc,
        ["CREATIVE-WORK"] = EntityType.Misc,
        ["WORK"] = EntityType.Misc,
        ["NATIONALITY"] = EntityType.Misc,
        ["NORP"] = EntityType.Misc,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Vigie type of a corpus type (with or without a B-/I-/E-/S-/L-/U- prefix), or null when it is not a name.</summary>
    public static EntityType? Map(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var bare = label.Length > 2 && label[1] == '-' && "BIESLU".Contains(label[0], StringComparison.Ordinal) ? label[2..] : label;
        return Types.TryGetValue(bare, out var type) ? type : null;
    }

    /// <summary>The corpus types that map to each Vigie type, for documentation.</summary>
    public static ILookup<EntityType, string> Known => Types.ToLookup(p => p.Value, p => p.Key);
}
