using Vigie.Kb;

namespace Vigie.Actors;

/// <summary>
/// The raw, editable description of what the actor linker needs to know about a language; <see cref="ActorRules"/>
/// freezes it. Words are matched folded (case, accents and apostrophes ignored) unless said otherwise.
/// </summary>
public sealed record ActorRulesData
{
    /// <summary>The language code ("fr", "en"; "und" for the default rules).</summary>
    public required string Language { get; init; }

    /// <summary>Forms of address before a name, with the gender they tell: « M. » male, « Mme » female, "Dr" unknown.</summary>
    public IReadOnlyList<(string Word, Gender Gender)> Honorifics { get; init; } = [];

    /// <summary>Titles of role phrases: « président », « secrétaire général », "prime minister".</summary>
    public IReadOnlyList<RoleTitle> Titles { get; init; } = [];

    /// <summary>Possessives before a noun that stands for a person the article introduced with it: « son homologue », "his counterpart".</summary>
    public IReadOnlyList<string> RoleNounPossessives { get; init; } = [];

    /// <summary>Determiners that belong to a role phrase before its title: « le », « la », "the".</summary>
    public IReadOnlyList<string> Determiners { get; init; } = [];

    /// <summary>Indefinite articles: « un », « une », "a", "an" (a role noun after one introduces someone unnamed: "a Western military official").</summary>
    public IReadOnlyList<string> IndefiniteDeterminers { get; init; } = [];

    /// <summary>Words between a title and its complement: « de », « du », « des », « d’ », « de la », "of", "of the".</summary>
    public IReadOnlyList<string> Complements { get; init; } = [];

    /// <summary>Personal pronouns that stand for a person, with the gender of their antecedent: « il », « -t-il », "she", "him" ("According to her").</summary>
    public IReadOnlyList<(string Word, Gender Gender)> Pronouns { get; init; } = [];

    /// <summary>
    /// Subject pronouns that may stand for an organisation or a state acting ("it"; « il », « elle » when no person is near):
    /// « La SNCF a reconnu … Elle a assuré », "The WHO said … It warned".
    /// </summary>
    public IReadOnlyList<string> OrganizationPronouns { get; init; } = [];

    /// <summary>Words after « il » that make it impersonal: « il y a », « il faut », « il suffit ».</summary>
    public IReadOnlyList<string> ImpersonalAfter { get; init; } = [];

    /// <summary>Copulas after which « il » is impersonal when « de » or « que » follows within three words: « il est clair que ».</summary>
    public IReadOnlyList<string> ImpersonalCopulas { get; init; } = [];

    /// <summary>The words that close the impersonal copula pattern: « de », « que ».</summary>
    public IReadOnlyList<string> ImpersonalComplements { get; init; } = [];

    /// <summary>Words before an inverted pronoun that make it impersonal: « y a-t-il », « faut-il ».</summary>
    public IReadOnlyList<string> ImpersonalBefore { get; init; } = [];

    /// <summary>Prepositions after which a state or a capital is a place: « à Pékin », « en Chine », "in Beijing".</summary>
    public IReadOnlyList<string> Locatives { get; init; } = [];

    /// <summary>Nouns after which « de Pékin » is a place: « l’aéroport de Pékin », « le maire de Moscou ».</summary>
    public IReadOnlyList<string> PlaceNouns { get; init; } = [];

    /// <summary>
    /// Words that end the name of a street, a building or a natural place and are surnames too ("Street", "Park", "Church"):
    /// after a given name they make no person ("Victoria Park", "Grace Church").
    /// </summary>
    public IReadOnlyList<string> PlaceNameEnds { get; init; } = [];

    /// <summary>Nouns after which « de Pékin » is the state: « la position de Pékin », « les forces de Moscou ».</summary>
    public IReadOnlyList<string> StateNouns { get; init; } = [];

    /// <summary>Words that may stand between a state and its verb: days and a few adverbs ("on Friday", « lundi », « aussi »).</summary>
    public IReadOnlyList<string> VerbAdverbs { get; init; } = [];

    /// <summary>
    /// Nouns for the government of a state, joined to its demonym: « le gouvernement néerlandais », "the Irish
    /// government", « les autorités chinoises ». The phrase is a mention of the state, as its government.
    /// </summary>
    public IReadOnlyList<string> GovernmentNouns { get; init; } = [];

    /// <summary>Verb forms after which a capital is its state speaking or acting: « Pékin a annoncé », "Moscow says".</summary>
    public IReadOnlyList<string> StateVerbs { get; init; } = [];

    /// <summary>Words before a state or a capital that make it the state: « entre Moscou et Pékin », « contre Moscou », "against Beijing".</summary>
    public IReadOnlyList<string> StateBefore { get; init; } = [];

    /// <summary>Words that join two actors: « et », « ou », "and", "or".</summary>
    public IReadOnlyList<string> Conjunctions { get; init; } = [];

    /// <summary>Particles inside names: « de », "van", "von", "al", "bin".</summary>
    public IReadOnlyList<string> NameParticles { get; init; } = [];

    /// <summary>
    /// Determiners of the noun that introduces a person (« la députée lettone Ilze Ozola »), with the
    /// gender they tell; a language without grammatical gender leaves it unknown.
    /// </summary>
    public IReadOnlyList<(string Word, Gender Gender)> IntroducingDeterminers { get; init; } = [];

    /// <summary>
    /// Possessives that tell the gender of the person named just before them and a conjunction:
    /// "Aiko Tanabe and her counterpart" (English "his", "her"; French possessives do not tell it).
    /// </summary>
    public IReadOnlyList<(string Word, Gender Gender)> Possessives { get; init; } = [];

    /// <summary>
    /// Nouns that name what a person is or does (« députée », « négociateur », "envoy", "judge"): the
    /// heads of phrases that introduce people, which may later stand for them alone.
    /// </summary>
    public IReadOnlyList<string> PersonNouns { get; init; } = [];

    /// <summary>
    /// Nouns that name what an organisation is (« fabricant », « agence », "company", "meatpacker"): a
    /// capitalised name right after them is an organisation's, and the noun may later stand for it (« l’agence », "the company").
    /// </summary>
    public IReadOnlyList<string> OrganizationNouns { get; init; } = [];

    /// <summary>
    /// Nouns that describe a person without naming an office (« la pénaliste », « l’ancien champion », "the
    /// billionaire"): after a determiner they stand for the one person named in the last sentences.
    /// </summary>
    public IReadOnlyList<string> Epithets { get; init; } = [];

    /// <summary>Nouns that give a person's age by decade (« la quinquagénaire »: in her fifties): they stand for the one person given such an age.</summary>
    public IReadOnlyList<(string Word, int Decade)> AgeNouns { get; init; } = [];

    /// <summary>
    /// Nouns for the one on trial (« le prévenu », "the defendant"): they stand for the one person the article puts on trial
    /// (« le procès de X », "the trial of X") or charges (« X, 38 ans, jugé pour », "X, accused of").
    /// </summary>
    public IReadOnlyList<string> DefendantNouns { get; init; } = [];

    /// <summary>The nouns of a trial, whose complement names the one tried (« procès », "trial").</summary>
    public IReadOnlyList<string> TrialNouns { get; init; } = [];

    /// <summary>Participles after a name that put the person on trial (« jugé », « soupçonné », "accused", "charged").</summary>
    public IReadOnlyList<string> ChargedWords { get; init; } = [];

    /// <summary>
    /// The agent's preposition (« par », "by"): a sentence that opens with a phrase holding it (« Interrogé par l’avocate, Me X, sur …, il »,
    /// "Questioned by Fray's barrister, Y, she") has its subject after that phrase, so the pronoun there is no one named inside it.
    /// </summary>
    public IReadOnlyList<string> AgentPrepositions { get; init; } = [];

    /// <summary>The words around a number that give a noun an age and so make it an epithet (« de … ans »: « le Savoyard de 24 ans »).</summary>
    public IReadOnlyList<string> AgeComplement { get; init; } = [];

    /// <summary>
    /// Words after a title that make it another office: "chief medical officer", "head coach", "chief
    /// executive" are not the chief or head of the state before them.
    /// </summary>
    public IReadOnlyList<string> TitleContinuations { get; init; } = [];

    /// <summary>
    /// Head nouns of an organisation's name: in a head-last language its last word ("Council", "Federation",
    /// "Ministry"), a run of capitalised words ending so being one organisation ("Australian Grain Exporters
    /// Council"), not the state its first word names; in a head-first language its first word, before
    /// adjectives, « de » and a name (« ministère polonais de la Défense »).
    /// </summary>
    public IReadOnlyList<string> OrganizationNameHeads { get; init; } = [];

    /// <summary>
    /// Heads of institutions named after the place they serve (« le parquet de Grenoble », « la cour administrative d’appel
    /// de Lyon », « la Société de transport de Montréal »; in a head-last language "Brussels police"): with a place the
    /// knowledge base knows (head-first: after lower-case words and « de »), they make one organisation, which the head noun
    /// may later stand for (« le parquet », "the police").
    /// </summary>
    public IReadOnlyList<string> PlaceOrganizationHeads { get; init; } = [];

    /// <summary>
    /// Nouns for a state's own bodies ("military", "navy", "coast guard", « état-major », « ambassade »): with the state's
    /// possessive or demonym ("Pakistan's military", « l’armée pakistanaise ») they name one organisation of that state.
    /// </summary>
    public IReadOnlyList<string> StateBodyHeads { get; init; } = [];

    /// <summary>Body nouns whose seat after a locative belongs to the name ("Russia's embassy in Tallinn").</summary>
    public IReadOnlyList<string> SeatedBodyHeads { get; init; } = [];

    /// <summary>
    /// Nouns for any company or body ("the company", « l’entreprise », « l’organisme »): with no organisation the article
    /// introduced by such a noun, they stand for the one organisation named in the last sentences that nothing introduced
    /// ("Sterling Ordnance’s plant … the company said", « Météo-France a placé … L’organisme a averti »).
    /// </summary>
    public IReadOnlyList<string> CompanyNouns { get; init; } = [];

    /// <summary>
    /// Nouns for a trade union ("the union", « le syndicat »): they stand for the one organisation of the last sentences that no
    /// noun introduced and whose name says it is one (a word of <see cref="UnionNameWords"/>, or an acronym: "the BMA", « la CGT »).
    /// </summary>
    public IReadOnlyList<string> UnionNouns { get; init; } = [];

    /// <summary>Words in the name of a union or a professional body ("Association", "Federation", « Confédération »).</summary>
    public IReadOnlyList<string> UnionNameWords { get; init; } = [];

    /// <summary>Month names written with a capital ("March", "May"): a town of that name is never meant by them alone.</summary>
    public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>Relative pronouns, which end the noun phrase before them ("an Estonian lawmaker who chairs …").</summary>
    public IReadOnlyList<string> RelativePronouns { get; init; } = [];

    /// <summary>Endings of past forms of verbs, which end the noun phrase before them ("Pakistan's military reported …").</summary>
    public IReadOnlyList<string> PastEndings { get; init; } = [];

    /// <summary>
    /// Last words of a company's name with the noun that may stand for it later: "Nordvik Airlines … the airline, the
    /// company", "Helvara Holdings … the company".
    /// </summary>
    public IReadOnlyList<(string Ending, string Head)> NameEndingHeads { get; init; } = [];

    /// <summary>
    /// First words of French organisation names that go on in lower case after « de » (« l’Observatoire pyrénéen du
    /// changement climatique », « l’Union syndicale des personnels hospitaliers »), where the tagger often stops early.
    /// </summary>
    public IReadOnlyList<string> NameComplementHeads { get; init; } = [];

    /// <summary>
    /// Forms of address that say what a person is, with the noun that may later stand for them: "Gen. X … the general",
    /// "Col. X … the colonel", « Me X … l’avocat ».
    /// </summary>
    public IReadOnlyList<(string Rank, string Head)> RankHeads { get; init; } = [];

    /// <summary>
    /// Determiners before which a capitalised demonym names a person of that nationality (« le Néerlandais », « la
    /// Finlandaise »), who is the one person of that country the last sentences named.
    /// </summary>
    public IReadOnlyList<string> DemonymNounDeterminers { get; init; } = [];

    /// <summary>Nouns that name one of two people by their order (« le premier », « le second », "the former", "the latter"), with that place (1 or 2).</summary>
    public IReadOnlyList<(string Word, int Place)> OrdinalNouns { get; init; } = [];

    /// <summary>Words (folded, space-separated) before a source named as such: « selon », "according to".</summary>
    public IReadOnlyList<string> SourceMarkers { get; init; } = [];

    /// <summary>Lower-case adjectives that belong to an organisation's name after its capitalised noun: « (Affaires) étrangères ».</summary>
    public IReadOnlyList<string> OrganizationNameAdjectives { get; init; } = [];

    /// <summary>Words that may stand between a determiner and a noun standing for a person: « ancienne », "former".</summary>
    public IReadOnlyList<string> RoleModifiers { get; init; } = [];

    /// <summary>Honours and degrees set off by commas after a person's name ("James Reid, KC, said"): no name of their own.</summary>
    public IReadOnlyList<string> PostNominals { get; init; } = [];

    /// <summary>
    /// Broader nouns that may later stand for a person introduced by a narrower one: « la juge X … la
    /// magistrate », « l’ambassadrice X … la diplomate », "Admiral X … the officer".
    /// </summary>
    public IReadOnlyList<(string Broader, string[] Narrower)> BroaderNouns { get; init; } = [];

    /// <summary>
    /// Reporting verbs that put the speaker after them when they follow a quotation ("“…,” said Chanda
    /// Mulenga, …"): the capitalised words after them are a person's name.
    /// </summary>
    public IReadOnlyList<string> InvertedSpeechVerbs { get; init; } = [];

    /// <summary>
    /// Reporting verbs right after their subject ("Ofgem said", « Harbourside a indiqué », after <see cref="SpeechAuxiliaries"/>
    /// when the language has them): capitalised words no one recognised before them name whoever speaks.
    /// </summary>
    public IReadOnlyList<string> SubjectSpeechVerbs { get; init; } = [];

    /// <summary>The auxiliaries that must come before a <see cref="SubjectSpeechVerbs"/> participle (« a », « ont »), none in English.</summary>
    public IReadOnlyList<string> SpeechAuxiliaries { get; init; } = [];

    /// <summary>
    /// Reporting verbs in the present, which need no auxiliary where <see cref="SubjectSpeechVerbs"/> do (« Dans un communiqué,
    /// Voltaire-Cycling salue … », « …, annonce l’Inserm »); none in English, whose present forms are subject speech verbs.
    /// </summary>
    public IReadOnlyList<string> PresentSpeechVerbs { get; init; } = [];

    /// <summary>
    /// Whether the head noun of a phrase comes first (French: « la négociatrice japonaise ») or last
    /// (English: "EU climate negotiator"): it is the noun that later stands for the person (« la négociatrice »).
    /// </summary>
    public bool HeadFirst { get; init; }
}
