using System.Collections.Frozen;

namespace Vigie.Kb;

/// <summary>The words the knowledge-base files and the contract use for kinds, offices, alias kinds and genders.</summary>
public static class KbNames
{
    private static readonly FrozenDictionary<string, ActorKind> Kinds = Enum.GetValues<ActorKind>()
        .ToFrozenDictionary(Of, kind => kind, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Office> Offices = Enum.GetValues<Office>()
        .ToFrozenDictionary(Of, office => office, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AliasKind> AliasKinds = Enum.GetValues<AliasKind>()
        .ToFrozenDictionary(Of, kind => kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>person, organization, country, place, group, misc.</summary>
    public static string Of(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Country => "country",
        ActorKind.Place => "place",
        ActorKind.Group => "group",
        _ => "misc",
    };

    /// <summary>head_of_state, head_of_government, foreign_minister, defence_minister, leader, government, military, legislature, judiciary, opposition, other.</summary>
    public static string Of(Office office) => office switch
    {
        Office.HeadOfState => "head_of_state",
        Office.HeadOfGovernment => "head_of_government",
        Office.ForeignMinister => "foreign_minister",
        Office.DefenceMinister => "defence_minister",
        Office.Leader => "leader",
        Office.Government => "government",
        Office.Military => "military",
        Office.Legislature => "legislature",
        Office.Judiciary => "judiciary",
        Office.Opposition => "opposition",
        _ => "other",
    };

    /// <summary>A readable English title for an office, for roles given without one: "Foreign Minister".</summary>
    public static string Title(Office office) => office switch
    {
        Office.HeadOfState => "Head of State",
        Office.HeadOfGovernment => "Head of Government",
        Office.ForeignMinister => "Foreign Minister",
        Office.DefenceMinister => "Defence Minister",
        Office.Leader => "Leader",
        Office.Government => "Member of the Government",
        Office.Military => "Military Officer",
        Office.Legislature => "Member of the Legislature",
        Office.Judiciary => "Judge",
        Office.Opposition => "Member of the Opposition",
        _ => "Office Holder",
    };

    /// <summary>name, acronym, demonym, surname, metonym, anaphor.</summary>
    public static string Of(AliasKind kind) => kind switch
    {
        AliasKind.Acronym => "acronym",
        AliasKind.Demonym => "demonym",
        AliasKind.Surname => "surname",
        AliasKind.Metonym => "metonym",
        AliasKind.Anaphor => "anaphor",
        _ => "name",
    };

    /// <summary>m, f, or - for unknown.</summary>
    public static string Of(Gender gender) => gender switch
    {
        Gender.Male => "m",
        Gender.Female => "f",
        _ => "-",
    };

    public static bool TryParseKind(string text, out ActorKind kind) => Kinds.TryGetValue(text, out kind);

    public static bool TryParseOffice(string text, out Office office) => Offices.TryGetValue(text, out office);

    public static bool TryParseAliasKind(string text, out AliasKind kind) => AliasKinds.TryGetValue(text, out kind);

    public static bool TryParseGender(string text, out Gender gender)
    {
        gender = text switch
        {
            "m" or "M" or "male" => Gender.Male,
            "f" or "F" or "female" => Gender.Female,
            _ => Gender.Unknown,
        };
        return gender != Gender.Unknown || text is "" or "-" or "unknown";
    }
}
