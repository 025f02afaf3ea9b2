using Vigie.Kb;

namespace Vigie.Actors;

/// <summary>
/// A title that names an office in a role phrase: « président » with a country asks for its head of state
/// (whose English title starts with "President"), with an organisation for its leader.
/// </summary>
/// <param name="Phrase">The words, as written (matched folded): « secrétaire général », "prime minister".</param>
/// <param name="ForCountry">The offices asked for when the complement is a state; empty when the title does not apply to states.</param>
/// <param name="ForOrganization">The offices asked for when the complement is an organisation.</param>
/// <param name="Prefixes">The holder's English role title must start with one of these ("President", "Prime Minister"); empty: any.</param>
/// <param name="Gender">The gender the title tells (« la présidente »), if any.</param>
/// <param name="Of">A fixed complement: "the Pentagon chief" is the defence minister of <c>country:USA</c>.</param>
/// <param name="Countries">The states the title applies to, when it is theirs only (« secrétaire d’État » is American).</param>
/// <param name="Tails">Words after the complement that make the office: « ministre » + « russe » + « des Affaires étrangères ».</param>
public sealed record RoleTitle(
    string Phrase,
    IReadOnlyList<Office> ForCountry,
    IReadOnlyList<Office> ForOrganization,
    IReadOnlyList<string> Prefixes,
    Gender Gender = Gender.Unknown,
    string? Of = null,
    IReadOnlyList<string>? Countries = null,
    IReadOnlyList<(string Words, Office Office)>? Tails = null);
