namespace Vigie.Entities;

/// <summary>The coarse type of a named-entity mention, as the tagger predicts it (CoNLL's four types).</summary>
public enum EntityType : byte
{
    /// <summary>A person: « Mark Rutte », "Xi Jinping".</summary>
    Person,

    /// <summary>An organisation: « l’OTAN », "the IISS", « la marine russe ».</summary>
    Organization,

    /// <summary>A location: a country, city, region, sea: « Prague », « la Chine », "the Pacific".</summary>
    Location,

    /// <summary>Any other name: events, nationalities, works, products.</summary>
    Misc,
}
