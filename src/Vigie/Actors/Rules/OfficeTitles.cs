using Vigie.Kb;

namespace Vigie.Actors.Rules;

/// <summary>The offices and English title prefixes the per-language titles share.</summary>
internal static class OfficeTitles
{
    public static readonly Office[] None = [];
    public static readonly Office[] HeadOfState = [Office.HeadOfState];
    public static readonly Office[] HeadOfGovernment = [Office.HeadOfGovernment];
    public static readonly Office[] Heads = [Office.HeadOfState, Office.HeadOfGovernment];
    public static readonly Office[] Foreign = [Office.ForeignMinister];
    public static readonly Office[] Defence = [Office.DefenceMinister];
    public static readonly Office[] Leader = [Office.Leader];
    public static readonly Office[] Ministers = [Office.ForeignMinister, Office.DefenceMinister, Office.Government];

    public static readonly string[] Any = [];
    public static readonly string[] President = ["President", "Head of State"];
    public static readonly string[] OrganizationPresident = ["President"];
    public static readonly string[] PrimeMinister = ["Prime Minister", "Premier", "Head of Government", "President of the Government", "Taoiseach"];
    public static readonly string[] Chancellor = ["Chancellor"];
    public static readonly string[] Monarch = ["Monarch", "King", "Queen", "Emperor", "Emir", "Sultan", "Grand Duke"];
    public static readonly string[] SupremeLeader = ["Supreme Leader"];
    public static readonly string[] SecretaryGeneral = ["Secretary General", "Secretary-General"];

    public const string UnitedStates = "country:USA";
    public const string EuropeanUnion = "Q458";

    /// <summary>« président »: the head of state (or government) of a state whose title is President; the president of an organisation.</summary>
    public static RoleTitle Presidency(string phrase, Gender gender) => new(phrase, Heads, Leader, President, gender);

    /// <summary>« chef », "leader": whoever leads a state (its head of state, unless a monarch reigns and a head of government rules) or an organisation.</summary>
    public static RoleTitle Leadership(string phrase, Gender gender) => new(phrase, Heads, Leader, Any, gender);

    public static RoleTitle Head(string phrase, Office[] offices, string[] prefixes, Gender gender = Gender.Unknown) => new(phrase, offices, None, prefixes, gender);

    public static RoleTitle OfOrganization(string phrase, Office[] offices, string[] prefixes, Gender gender = Gender.Unknown) => new(phrase, None, offices, prefixes, gender);
}
