using System.Collections.Frozen;
using Vigie.Actors.Rules;
using Vigie.Kb;

namespace Vigie.Actors;

/// <summary>
/// The frozen language knowledge of the actor linker, built once from <see cref="ActorRulesData"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ActorRules
{
    public ActorRules(ActorRulesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        Language = data.Language;
        Honorifics = data.Honorifics.ToFrozenDictionary(h => Key(h.Word), h => h.Gender, StringComparer.Ordinal);
        Titles = data.Titles.GroupBy(t => Key(t.Phrase), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        MaxTitleTokens = data.Titles.Count == 0 ? 0 : data.Titles.Max(t => TokenCount(t.Phrase));
        TitleStarts = data.Titles.Select(t => Key(t.Phrase.Split(' ')[0]).Split('\'')[0].TrimEnd()).ToFrozenSet(StringComparer.Ordinal);
        Determiners = Set(data.Determiners);
        RoleNounPossessives = Set(data.RoleNounPossessives);
        Complements = data.Complements.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Pronouns = data.Pronouns.ToFrozenDictionary(p => Key(p.Word), p => p.Gender, StringComparer.Ordinal);
        OrganizationPronouns = Set(data.OrganizationPronouns);
        ImpersonalAfter = Set(data.ImpersonalAfter);
        ImpersonalBefore = Set(data.ImpersonalBefore);
        ImpersonalCopulas = Set(data.ImpersonalCopulas);
        ImpersonalComplements = Set(data.ImpersonalComplements);
        Locatives = Set(data.Locatives);
        PlaceNouns = Set(data.PlaceNouns);
        PlaceNameEnds = Set(data.PlaceNameEnds);
        StateNouns = Set(data.StateNouns);
        StateVerbs = Set(data.StateVerbs);
        GovernmentNouns = Set(data.GovernmentNouns);
        VerbAdverbs = Set(data.VerbAdverbs);
        StateBefore = Set(data.StateBefore);
        Conjunctions = Set(data.Conjunctions);
        NameParticles = Set(data.NameParticles);
        IntroducingDeterminers = data.IntroducingDeterminers.ToFrozenDictionary(d => Key(d.Word), d => d.Gender, StringComparer.Ordinal);
        HeadFirst = data.HeadFirst;
        PersonNouns = Set(data.PersonNouns);
        InvertedSpeechVerbs = Set(data.InvertedSpeechVerbs);
        SubjectSpeechVerbs = Set(data.SubjectSpeechVerbs);
        SpeechAuxiliaries = Set(data.SpeechAuxiliaries);
        PresentSpeechVerbs = Set(data.PresentSpeechVerbs);
        RoleModifiers = Set(data.RoleModifiers);
        PostNominals = Set(data.PostNominals);
        TitleContinuations = Set(data.TitleContinuations);
        OrganizationNameHeads = Set(data.OrganizationNameHeads);
        PlaceOrganizationHeads = Set(data.PlaceOrganizationHeads);
        StateBodyHeads = Set(data.StateBodyHeads);
        SeatedBodyHeads = Set(data.SeatedBodyHeads);
        CompanyNouns = Set(data.CompanyNouns);
        UnionNouns = Set(data.UnionNouns);
        Months = Set(data.Months);
        UnionNameWords = Set(data.UnionNameWords);
        RelativePronouns = Set(data.RelativePronouns);
        PastEndings = data.PastEndings;
        DemonymNounDeterminers = Set(data.DemonymNounDeterminers);
        IndefiniteDeterminers = Set(data.IndefiniteDeterminers);
        SourceMarkers = [.. data.SourceMarkers.Select(marker => marker.Split(' '))];
        OrdinalNouns = data.OrdinalNouns.ToFrozenDictionary(o => o.Word, o => o.Place, StringComparer.Ordinal);
        RankHeads = data.RankHeads.GroupBy(r => Key(r.Rank), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => Key(r.Head)).ToArray(), StringComparer.Ordinal);
        OrganizationNameAdjectives = Set(data.OrganizationNameAdjectives);
        NameComplementHeads = Set(data.NameComplementHeads);
        NameEndingHeads = data.NameEndingHeads.ToFrozenDictionary(e => Key(e.Ending), e => Key(e.Head), StringComparer.Ordinal);
        Epithets = Set(data.Epithets);
        AgeComplement = [.. data.AgeComplement.Select(Key)];
        AgeNouns = data.AgeNouns.ToFrozenDictionary(a => Key(a.Word), a => a.Decade, StringComparer.Ordinal);
        DefendantNouns = Set(data.DefendantNouns);
        TrialNouns = Set(data.TrialNouns);
        ChargedWords = Set(data.ChargedWords);
        AgentPrepositions = Set(data.AgentPrepositions);
        OrganizationNouns = Set(data.OrganizationNouns);
        BroaderNouns = data.BroaderNouns.SelectMany(b => b.Narrower.Select(n => (Narrower: Key(n), Broader: Key(b.Broader))))
            .GroupBy(p => p.Narrower, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Broader).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Possessives = data.Possessives.ToFrozenDictionary(p => Key(p.Word), p => p.Gender, StringComparer.Ordinal);
    }

    /// <summary>French: « le secrétaire général de l’OTAN », « M. », « il », « à Pékin ».</summary>
    public static ActorRules French { get; } = new(FrenchActorRules.Data);

    /// <summary>English: "the NATO chief", "Mr", "he", "in Beijing".</summary>
    public static ActorRules English { get; } = new(EnglishActorRules.Data);

    /// <summary>Any other language: no role phrases, pronouns or cues; names are still linked.</summary>
    public static ActorRules Default { get; } = new(DefaultActorRules.Data);

    public ActorRulesData Data { get; }

    public string Language { get; }

    internal FrozenDictionary<string, Gender> Honorifics { get; }

    internal FrozenDictionary<string, RoleTitle[]> Titles { get; }

    internal int MaxTitleTokens { get; }

    /// <summary>The first words of titles (their key up to an apostrophe): most words start none, and are skipped at once.</summary>
    internal FrozenSet<string> TitleStarts { get; }

    internal FrozenSet<string> Determiners { get; }

    /// <summary>Possessives before a noun standing for a person (<see cref="ActorRulesData.RoleNounPossessives"/>).</summary>
    internal FrozenSet<string> RoleNounPossessives { get; }

    /// <summary>Determiners of a noun introducing a person, with the gender they tell (<see cref="ActorRulesData.IntroducingDeterminers"/>).</summary>
    internal FrozenDictionary<string, Gender> IntroducingDeterminers { get; }

    /// <summary>Possessives that tell the gender of the person before them (<see cref="ActorRulesData.Possessives"/>).</summary>
    internal FrozenDictionary<string, Gender> Possessives { get; }

    /// <summary>Nouns that name what a person is or does (<see cref="ActorRulesData.PersonNouns"/>).</summary>
    internal FrozenSet<string> PersonNouns { get; }

    /// <summary>For a noun that introduces a person, the broader nouns that may stand for them later (<see cref="ActorRulesData.BroaderNouns"/>).</summary>
    internal FrozenDictionary<string, string[]> BroaderNouns { get; }

    /// <summary>Nouns that name what an organisation is (<see cref="ActorRulesData.OrganizationNouns"/>).</summary>
    internal FrozenSet<string> OrganizationNouns { get; }

    /// <summary>Nouns that give a person's age by decade, with the decade (<see cref="ActorRulesData.AgeNouns"/>).</summary>
    internal FrozenDictionary<string, int> AgeNouns { get; }

    /// <summary>Nouns for the one on trial (<see cref="ActorRulesData.DefendantNouns"/>).</summary>
    internal FrozenSet<string> DefendantNouns { get; }

    /// <summary>The nouns of a trial (<see cref="ActorRulesData.TrialNouns"/>).</summary>
    internal FrozenSet<string> TrialNouns { get; }

    /// <summary>Participles after a name that put the person on trial (<see cref="ActorRulesData.ChargedWords"/>).</summary>
    internal FrozenSet<string> ChargedWords { get; }

    /// <summary>The agent's preposition (<see cref="ActorRulesData.AgentPrepositions"/>).</summary>
    internal FrozenSet<string> AgentPrepositions { get; }

    /// <summary>Nouns that describe a person (<see cref="ActorRulesData.Epithets"/>).</summary>
    internal FrozenSet<string> Epithets { get; }

    /// <summary>The words around an age (<see cref="ActorRulesData.AgeComplement"/>), as keys.</summary>
    internal string[] AgeComplement { get; }

    /// <summary>Last words of an organisation's name (<see cref="ActorRulesData.OrganizationNameHeads"/>).</summary>
    internal FrozenSet<string> OrganizationNameHeads { get; }

    /// <summary>First words of institutions named after a place (<see cref="ActorRulesData.PlaceOrganizationHeads"/>).</summary>
    internal FrozenSet<string> PlaceOrganizationHeads { get; }

    /// <summary>Nouns for a state's own bodies (<see cref="ActorRulesData.StateBodyHeads"/>).</summary>
    internal FrozenSet<string> StateBodyHeads { get; }

    /// <summary>Body nouns with a seat (<see cref="ActorRulesData.SeatedBodyHeads"/>).</summary>
    internal FrozenSet<string> SeatedBodyHeads { get; }

    /// <summary>Nouns for any company (<see cref="ActorRulesData.CompanyNouns"/>).</summary>
    internal FrozenSet<string> CompanyNouns { get; }

    internal FrozenSet<string> UnionNouns { get; }

    internal FrozenSet<string> Months { get; }

    internal FrozenSet<string> UnionNameWords { get; }

    /// <summary>Relative pronouns (<see cref="ActorRulesData.RelativePronouns"/>).</summary>
    internal FrozenSet<string> RelativePronouns { get; }

    /// <summary>Endings of past forms of verbs (<see cref="ActorRulesData.PastEndings"/>).</summary>
    internal IReadOnlyList<string> PastEndings { get; }

    /// <summary>Determiners that make a capitalised demonym a person (<see cref="ActorRulesData.DemonymNounDeterminers"/>).</summary>
    internal FrozenSet<string> DemonymNounDeterminers { get; }

    /// <summary>Indefinite articles (<see cref="ActorRulesData.IndefiniteDeterminers"/>).</summary>
    internal FrozenSet<string> IndefiniteDeterminers { get; }

    /// <summary>Nouns that name one of two people by their order, with that place (<see cref="ActorRulesData.OrdinalNouns"/>).</summary>
    internal FrozenDictionary<string, int> OrdinalNouns { get; }

    /// <summary>Words before a source named as such (<see cref="ActorRulesData.SourceMarkers"/>).</summary>
    internal IReadOnlyList<string[]> SourceMarkers { get; }

    /// <summary>The nouns a form of address makes a person (<see cref="ActorRulesData.RankHeads"/>).</summary>
    internal FrozenDictionary<string, string[]> RankHeads { get; }

    /// <summary>Adjectives inside an organisation's name (<see cref="ActorRulesData.OrganizationNameAdjectives"/>).</summary>
    internal FrozenSet<string> OrganizationNameAdjectives { get; }

    /// <summary>First words of names that go on after « de » in lower case (<see cref="ActorRulesData.NameComplementHeads"/>).</summary>
    internal FrozenSet<string> NameComplementHeads { get; }

    /// <summary>Company name endings and the noun that stands for the company (<see cref="ActorRulesData.NameEndingHeads"/>).</summary>
    internal FrozenDictionary<string, string> NameEndingHeads { get; }

    /// <summary>Words after a title that make it another office (<see cref="ActorRulesData.TitleContinuations"/>).</summary>
    internal FrozenSet<string> TitleContinuations { get; }

    /// <summary>Words between a determiner and a noun standing for a person (<see cref="ActorRulesData.RoleModifiers"/>).</summary>
    internal FrozenSet<string> RoleModifiers { get; }

    /// <summary>Honours and degrees after a person's name (<see cref="ActorRulesData.PostNominals"/>).</summary>
    internal FrozenSet<string> PostNominals { get; }

    /// <summary>Reporting verbs with the speaker after them (<see cref="ActorRulesData.InvertedSpeechVerbs"/>).</summary>
    internal FrozenSet<string> InvertedSpeechVerbs { get; }

    /// <summary>Reporting verbs right after their subject (<see cref="ActorRulesData.SubjectSpeechVerbs"/>).</summary>
    internal FrozenSet<string> SubjectSpeechVerbs { get; }

    /// <summary>Auxiliaries before a <see cref="SubjectSpeechVerbs"/> participle (<see cref="ActorRulesData.SpeechAuxiliaries"/>).</summary>
    internal FrozenSet<string> SpeechAuxiliaries { get; }

    /// <summary>Reporting verbs in the present, with no auxiliary (<see cref="ActorRulesData.PresentSpeechVerbs"/>).</summary>
    internal FrozenSet<string> PresentSpeechVerbs { get; }

    /// <summary>Whether a phrase's head noun comes first (<see cref="ActorRulesData.HeadFirst"/>).</summary>
    internal bool HeadFirst { get; }

    /// <summary>Complement keys ("de", "de la", "of the"), longest first when tried.</summary>
    internal IReadOnlyList<string> Complements { get; }

    internal FrozenDictionary<string, Gender> Pronouns { get; }

    /// <summary>Pronouns that may stand for an organisation or a state (<see cref="ActorRulesData.OrganizationPronouns"/>).</summary>
    internal FrozenSet<string> OrganizationPronouns { get; }

    internal FrozenSet<string> ImpersonalAfter { get; }

    internal FrozenSet<string> ImpersonalBefore { get; }

    internal FrozenSet<string> ImpersonalCopulas { get; }

    internal FrozenSet<string> ImpersonalComplements { get; }

    internal FrozenSet<string> Locatives { get; }

    internal FrozenSet<string> PlaceNouns { get; }

    internal FrozenSet<string> PlaceNameEnds { get; }

    internal FrozenSet<string> StateNouns { get; }

    /// <summary>Nouns for a state's government (<see cref="ActorRulesData.GovernmentNouns"/>).</summary>
    internal FrozenSet<string> GovernmentNouns { get; }

    /// <summary>Days and adverbs between a state and its verb (<see cref="ActorRulesData.VerbAdverbs"/>).</summary>
    internal FrozenSet<string> VerbAdverbs { get; }

    internal FrozenSet<string> StateVerbs { get; }

    internal FrozenSet<string> StateBefore { get; }

    internal FrozenSet<string> Conjunctions { get; }

    internal FrozenSet<string> NameParticles { get; }

    /// <summary>The rules for <paramref name="language"/> ("fr-CA" gets French), <see cref="Default"/> for others.</summary>
    public static ActorRules For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-', '_')[0];
        return primary.ToLowerInvariant() switch
        {
            "fr" => French,
            "en" => English,
            _ => Default,
        };
    }

    public override string ToString() => $"ActorRules({Language})";

    /// <summary>
    /// The key of a phrase of the rules as the linker builds it from words: folded without diacritics,
    /// words separated by one space except after an elision (« de l’ » is "de l'", « chef de l’État »
    /// "chef de l'etat"), so that a phrase ending with an elision or made of a clitic (« -t-il ») keys as in text.
    /// </summary>
    internal static string Key(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = new System.Text.StringBuilder(phrase.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && !Vigie.Kb.MatchKey.EndsWithApostrophe(words[i - 1]))
            {
                key.Append(' ');
            }

            key.Append(Vigie.Text.TextFold.FoldWithoutDiacritics(words[i]));
        }

        return key.ToString();
    }

    /// <summary>How many tokens the phrase is in text: its words, and one more after each inner elision (« l’État »).</summary>
    internal static int TokenCount(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(w => 1 + w.AsSpan(0, Math.Max(0, w.Length - 1)).Count('’') + w.AsSpan(0, Math.Max(0, w.Length - 1)).Count('\''));

    private static FrozenSet<string> Set(IEnumerable<string> words) =>
        words.Select(Key).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
