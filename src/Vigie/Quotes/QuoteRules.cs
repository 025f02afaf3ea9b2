using System.Collections.Frozen;
using Vigie.Actors.Rules;
using Vigie.Quotes.Lexicons;
using Vigie.Text;

namespace Vigie.Quotes;

/// <summary>
/// What the quote finder needs to know of a language, as data: reporting verb forms, auxiliaries,
/// complementizers (« que », "that"), « selon »-like markers, adverbs that may stand inside a verb
/// group, subject pronouns. Every word is stored folded by <see cref="TextFold"/> (lower case, one apostrophe), accents kept.
/// </summary>
public sealed class QuoteRules
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _participles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _auxiliaries;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _complementizers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _adverbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reflexives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reflexiveLinks;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _relatives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _parentheticals;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseStarters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _gerundMarkers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _indefinites;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _finiteVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fragmentVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fragmentLinks;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbsAfterOn;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reflexiveForms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _causatives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _causativeForms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameParticles;
    /// <summary>Nouns of documents, whose maker is a source (« un bilan provisoire du ministère », "a report of the agency").</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _documentNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _infinitiveOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _interrogatives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _objectPronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _conjunctions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _opinionMarkers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _termMarkers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _signNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sameness;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _questionVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _questionLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _answerLabels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _secondPerson;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sequels;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spokespeople;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _listenerVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _addressees;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _unnamedOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseMarkers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _possessives;

    public QuoteRules(
        string language,
        IEnumerable<string[]> verbs,
        IEnumerable<string> auxiliaries,
        IEnumerable<string> complementizers,
        IEnumerable<string> according,
        IEnumerable<string> determiners,
        IEnumerable<string> parentheticals,
        IEnumerable<string> adverbs,
        string adverbSuffix,
        IEnumerable<string> subjectPronouns,
        IEnumerable<string> reflexives,
        IEnumerable<string> reflexiveLinks,
        IEnumerable<string> clauseOpeners,
        IEnumerable<string> relativePronouns,
        IEnumerable<string> clauseStarters,
        IEnumerable<string>? gerundMarkers = null,
        IEnumerable<string>? indefinites = null,
        IEnumerable<string>? finiteVerbs = null,
        IEnumerable<string>? fragmentVerbs = null,
        IEnumerable<string>? addressees = null,
        IEnumerable<string>? unnamedOpeners = null,
        IEnumerable<string>? clauseMarkers = null,
        IEnumerable<string>? possessives = null,
        IEnumerable<string>? fragmentLinks = null,
        IEnumerable<string>? verbsAfterOn = null,
        IEnumerable<string>? reflexiveForms = null,
        IEnumerable<string>? causatives = null,
        IEnumerable<string>? causativeForms = null,
        IReadOnlyList<string>? finiteSuffixes = null,
        IReadOnlyList<string>? participleSuffixes = null,
        IEnumerable<string>? nameParticles = null,
        IEnumerable<string>? agentMarkers = null,
        IEnumerable<string>? channelMarkers = null,
        IEnumerable<string>? documentNouns = null,
        IEnumerable<string>? documentLinks = null,
        IEnumerable<string>? infinitiveOpeners = null,
        IEnumerable<string>? interrogatives = null,
        IEnumerable<string>? objectPronouns = null,
        IEnumerable<string>? conjunctions = null,
        IEnumerable<string>? opinionMarkers = null,
        IEnumerable<string>? termMarkers = null,
        IEnumerable<string>? signNouns = null,
        IEnumerable<string>? listenerVerbs = null,
        IEnumerable<string>? sameness = null,
        IEnumerable<string>? questionVerbs = null,
        IEnumerable<string>? questionLabels = null,
        IEnumerable<string>? answerLabels = null,
        IEnumerable<string>? secondPerson = null,
        IEnumerable<string>? spokespeople = null,
        IEnumerable<string>? complementMarkers = null,
        IEnumerable<string>? sequels = null)
    {
        Language = language;
        var forms = verbs.SelectMany(verb => verb[1].Split(' ')).Select(form => TextFold.Fold(form)).ToList();
        _verbs = Lookup(forms);
        _participles = Lookup(forms.Concat((fragmentVerbs ?? []).Select(form => TextFold.Fold(form)))
            .Where(form => form.EndsWith("ant", StringComparison.Ordinal) || form.EndsWith("ing", StringComparison.Ordinal)));
        _auxiliaries = Lookup(auxiliaries);
        _complementizers = Lookup(complementizers);
        AccordingPhrases = [.. according.Select(phrase => phrase.Split(' ').Select(word => TextFold.Fold(word)).ToArray())];
        _determiners = Lookup(determiners);
        _parentheticals = Lookup(parentheticals);
        _adverbs = Lookup(adverbs);
        AdverbSuffix = adverbSuffix;
        _pronouns = Lookup(subjectPronouns);
        _reflexives = Lookup(reflexives);
        _reflexiveLinks = Lookup(reflexiveLinks);
        _clauseOpeners = Lookup(clauseOpeners);
        _relatives = Lookup(relativePronouns);
        _clauseStarters = Lookup(clauseStarters);
        _gerundMarkers = Lookup(gerundMarkers ?? []);
        _indefinites = Lookup(indefinites ?? []);
        _finiteVerbs = Lookup(finiteVerbs ?? []);
        _fragmentVerbs = Lookup(fragmentVerbs ?? []);
        _fragmentLinks = Lookup(fragmentLinks ?? []);
        _verbsAfterOn = Lookup(verbsAfterOn ?? []);
        _reflexiveForms = Lookup(reflexiveForms ?? []);
        _causatives = Lookup(causatives ?? []);
        _causativeForms = Lookup(causativeForms ?? []);
        FiniteSuffixes = finiteSuffixes ?? [];
        ParticipleSuffixes = participleSuffixes ?? [];
        _nameParticles = Lookup(nameParticles ?? []);
        AgentMarkers = [.. agentMarkers ?? []];
        ChannelMarkers = [.. channelMarkers ?? []];
        ComplementMarkers = [.. complementMarkers ?? []];
        _documentNouns = Lookup(documentNouns ?? []);
        DocumentLinks = [.. documentLinks ?? []];
        _infinitiveOpeners = Lookup(infinitiveOpeners ?? []);
        _interrogatives = Lookup(interrogatives ?? []);
        _objectPronouns = Lookup(objectPronouns ?? []);
        _conjunctions = Lookup(conjunctions ?? []);
        _opinionMarkers = Lookup(opinionMarkers ?? []);
        _termMarkers = Lookup(termMarkers ?? []);
        _signNouns = Lookup(signNouns ?? []);
        _listenerVerbs = Lookup(listenerVerbs ?? []);
        _addressees = Lookup(addressees ?? []);
        _unnamedOpeners = Lookup(unnamedOpeners ?? []);
        _clauseMarkers = Lookup(clauseMarkers ?? []);
        _possessives = Lookup(possessives ?? []);
        _sameness = Lookup(sameness ?? []);
        _questionVerbs = Lookup(questionVerbs ?? []);
        _questionLabels = Lookup(questionLabels ?? []);
        _answerLabels = Lookup(answerLabels ?? []);
        _secondPerson = Lookup(secondPerson ?? []);
        _sequels = Lookup(sequels ?? []);
        _spokespeople = Lookup(spokespeople ?? []);
    }

    public string Language { get; }

    /// <summary>Words ending so are adverbs (« -ment », "-ly").</summary>
    public string AdverbSuffix { get; }

    /// <summary>Prepositions that name who made an unnamed source (« un rapport publié par X », "a report by X"): the source is X.</summary>
    public IReadOnlyList<string> AgentMarkers { get; }

    /// <summary>Prepositions before where words were said (« livré sur France Culture », "posted on X"): the channel is not who speaks.</summary>
    public IReadOnlyList<string> ChannelMarkers { get; }

    /// <summary>Prepositions that open a noun's complement (« l’avocat de X », "the lawyer of X"): X is not the noun that speaks.</summary>
    public IReadOnlyList<string> ComplementMarkers { get; }

    /// <summary>Words that link a document to who made it (« un bilan du ministère », "figures from the ministry"): its source.</summary>
    public IReadOnlyList<string> DocumentLinks { get; }

    /// <summary>
    /// Endings of regular finite forms ("crossed"; « appareillera », « pourrait »), a sign of a finite verb on a lower-case word;
    /// empty when the language has none worth reading.
    /// </summary>
    public IReadOnlyList<string> FiniteSuffixes { get; }

    /// <summary>
    /// Endings of past participles that need an auxiliary to report (« estimé », « reconnu », « averti »): alone after a comma
    /// (« un projet de 12 millions, estimé à … ») they describe, and report nothing; empty where the past is finite ("said").
    /// </summary>
    public IReadOnlyList<string> ParticipleSuffixes { get; }

    public static QuoteRules French { get; } = new(
        "fr",
        FrenchReportingVerbs.Verbs,
        auxiliaries: ["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "était"],
        complementizers: ["que", "qu'"],
        according: ["selon", "d' après", "à en croire"],
        determiners: ["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "plusieurs", "certains", "certaines", "aucun", "chaque", "tout", "toute", "tous"],
        parentheticals: ["pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle", "quant à eux", "en revanche", "cependant", "toutefois", "pourtant", "lui aussi", "elle aussi", "à son tour", "pour sa part aussi", "de son côté aussi"],
        adverbs: ["également", "aussi", "encore", "déjà", "alors", "ensuite", "enfin", "pourtant", "cependant", "toutefois", "bien", "même", "lui-même", "elle-même", "hier", "aujourd'hui", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "plus", "tard", "ainsi", "donc", "surtout", "notamment", "d'ailleurs", "ailleurs", "par", "pour", "sa", "part", "de", "son", "côté", "sous", "couvert", "d'", "anonymat"],
        adverbSuffix: "ment",
        subjectPronouns: ["il", "elle", "ils", "elles", "on", "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on", "-on", "lui", "eux"],
        reflexives: ["s'", "se"],
        reflexiveLinks: ["par", "de", "d'", "du", "des", "que", "qu'", "à", "au", "aux", "sur"],
        clauseOpeners: ["et", "mais", "puis", "or", "car", "donc", "tandis"],
        relativePronouns: ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"],
        clauseStarters: [],
        gerundMarkers: ["en"],
        indefinites: ["un", "une"],
        fragmentVerbs:
        [
            "appelé", "appelle", "appellent", "appelant", "exhorté", "exhorte", "exhortent", "exhortant", "décrit", "décrivant", "promis", "promet",
            "évoque", "évoqué", "évoquant", "accusé", "accuse", "accusent", "accusant", "dénoncé", "dénonce", "dénoncent", "dénonçant", "qualifié",
            "qualifie", "qualifiant", "fustigé", "fustige", "fustigeant", "salué", "salue", "saluant", "condamné", "condamne", "condamnant",
            "réclamé", "réclame", "réclament", "réclamant", "exigé", "exige", "exigent", "exigeant", "parle", "parlent", "parlé", "parlant",
            "reconnu", "reconnaît", "reconnaissant", "admis", "admet", "déploré", "déplore", "déplorant", "regretté", "regrette", "regrettant",
        ],
        addressees: ["à", "au", "aux", "auprès", "de", "d'", "du"],
        unnamedOpeners: ["un", "une", "des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "on", "-t-on", "-on"],
        clauseMarkers:
        [
            "ne", "n'", "sera", "seront", "serait", "seraient", "va", "vont", "doit", "doivent", "peut", "peuvent", "pourrait",
            "pourraient", "devrait", "devraient", "avait", "avaient", "aura", "auront", "se", "s'",
        ],
        possessives: ["son", "sa", "ses"],
        fragmentLinks: ["à", "de", "d'"],
        verbsAfterOn: ["appris"],
        // « s’est dite préoccupée » reports; « les écoutes dites « de la rue X » » names.
        reflexiveForms: ["dite", "dites"],
        // « L’Union européenne a fait savoir qu’elle … », « a-t-elle fait valoir »: « savoir » and « valoir » report only after « faire ».
        causatives: ["fait", "faisait", "faisaient", "font", "fera", "feront", "faire"],
        causativeForms: ["savoir", "valoir"],
        nameParticles: ["de", "du", "des", "d'", "la", "le", "van", "von", "der", "al", "el", "ben", "bin", "ibn"],
        agentMarkers: ["par"],
        channelMarkers: ["sur"],
        complementMarkers: ["de", "d'", "d’", "du", "des"],
        sequels: ["avant"],
        documentNouns: ["bilan", "rapport", "communiqué", "étude", "document", "note", "décompte", "enquête", "sondage", "relevé", "recensement"],
        documentLinks: ["du", "de", "des", "d'"],
        infinitiveOpeners: ["avoir", "être", "n'avoir", "n'être"],
        finiteSuffixes: ["era", "eront", "ira", "iront", "dra", "dront", "erait", "eraient", "irait", "iraient", "drait", "draient"],
        participleSuffixes: ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"],
        objectPronouns: ["lui", "leur", "m'", "me"],
        conjunctions: ["et"],
        opinionMarkers: ["pour"],
        termMarkers: ["dit", "dite", "dits", "dites", "baptisé", "baptisée", "baptisés", "baptisées", "surnommé", "surnommée", "intitulé", "intitulée"],
        signNouns: ["pancarte", "pancartes", "banderole", "banderoles", "affiche", "affiches", "slogan", "slogans", "tract", "tracts", "écriteau", "écriteaux"],
        sameness: ["même", "mêmes"],
        questionLabels: ["q", "question"],
        answerLabels: ["r", "réponse"],
        secondPerson: ["vous", "votre", "vos", "tu", "te", "t'", "ton", "ta", "tes"],
        spokespeople: ["porte-parole", "porte-paroles", "direction"]);

    public static QuoteRules English { get; } = new(
        "en",
        EnglishReportingVerbs.Verbs,
        auxiliaries: ["has", "have", "had", "was", "were", "is", "did", "would", "will"],
        complementizers: ["that"],
        according: ["according to"],
        determiners: ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "some", "several", "many", "each", "every", "no"],
        parentheticals: ["for their part", "for his part", "for her part", "for its part", "in turn", "however", "meanwhile", "though", "too", "in response", "in a statement",
            // Honours after a name ("James Reid, KC, said"): the actor stage's post-nominals.
            .. EnglishActorRules.Data.PostNominals],
        adverbs: ["also", "later", "again", "then", "earlier", "further", "previously", "once", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "in", "a", "statement"],
        adverbSuffix: "ly",
        subjectPronouns: ["he", "she", "they", "we", "i", "it", "him", "them"],
        reflexives: [],
        reflexiveLinks: [],
        clauseOpeners: ["and", "but", "while", "as"],
        relativePronouns: ["who", "which", "whose", "whom", "where"],
        clauseStarters:
        [
            "the", "a", "an", "it", "he", "she", "they", "there", "his", "her", "its", "their", "we", "this", "these", "those", "no", "some", "all", "both",
            "more", "nearly", "almost", "about", "around", "roughly", "fewer", "many", "most", "several",
        ],
        // Openers that need a finite verb ahead to open a clause ("said more than 200 homes had flooded", not "declined to say more").
        indefinites: ["a", "an", "more", "nearly", "almost", "about", "around", "roughly", "fewer", "many", "most", "several"],
        finiteVerbs: ["would", "will", "could", "should", "must", "might", "may", "can", "had", "has", "have", "was", "were", "is", "are", "did", "does", "do"],
        clauseMarkers:
        [
            "fell", "rose", "stole", "cut", "took", "made", "won", "lost", "hit", "struck", "left", "came", "went", "grew", "sold", "bought",
            "began", "fled", "sank", "shot", "met", "held", "broke", "froze", "spent", "paid", "fought", "brought", "caught", "ran", "saw", "gave",
        ],
        fragmentVerbs:
        [
            "urged", "urges", "urging", "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "termed",
            "condemned", "condemns", "denounced", "denounces", "praised", "praises", "criticised", "criticized", "criticises", "criticizes",
            "slammed", "slams", "hailed", "hails", "vowed", "vows", "pledged", "pledges", "promised", "promises", "accused", "accuses", "accusing",
            "dismissed", "dismisses", "dismissing", "labelled", "labeled", "labels", "cited", "cites", "citing", "rejected", "rejects", "rejecting",
            "acknowledged", "acknowledges", "admitted", "admits", "regretted", "regrets", "deplored", "deplores", "lamented",
        ],
        addressees: ["to"],
        unnamedOpeners: ["a", "an", "one", "two", "three", "several", "some", "many"],
        possessives: ["his", "her"],
        fragmentLinks: ["to", "of", "as"],
        finiteSuffixes: ["ed"],
        nameParticles: ["de", "da", "di", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le"],
        agentMarkers: ["by"],
        channelMarkers: ["on"],
        complementMarkers: ["of"],
        sequels: ["before"],
        documentNouns: ["report", "statement", "study", "survey", "tally", "count", "estimate", "estimates", "figures", "data", "assessment"],
        documentLinks: ["from", "of"],
        interrogatives: ["whether", "if", "how", "why", "when", "what", "which", "who"],
        termMarkers: ["so-called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named"],
        signNouns: ["banner", "banners", "placard", "placards", "sign", "signs", "poster", "posters", "slogan", "slogans", "t-shirt", "t-shirts"],
        listenerVerbs: ["told", "tells", "telling", "informed", "assured", "reminded"],
        conjunctions: ["and"],
        sameness: ["same"],
        questionVerbs: ["asked", "wondered"],
        questionLabels: ["q", "question"],
        answerLabels: ["a", "answer"],
        secondPerson: ["you", "your", "yours", "yourself"],
        spokespeople: ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"]);

    /// <summary>Rules for a language that has them, or null.</summary>
    public static QuoteRules? For(string language) => language switch
    {
        "fr" => French,
        "en" => English,
        _ => null,
    };

    public bool IsVerb(ReadOnlySpan<char> folded) => _verbs.Contains(folded);

    public bool IsParticiple(ReadOnlySpan<char> folded) => _participles.Contains(folded);

    public bool IsAuxiliary(ReadOnlySpan<char> folded) => _auxiliaries.Contains(folded);

    public bool IsComplementizer(ReadOnlySpan<char> folded) => _complementizers.Contains(folded);

    /// <summary>« selon », « d’ après », "according to": each as its folded words.</summary>
    public IReadOnlyList<string[]> AccordingPhrases { get; }

    public bool IsDeterminer(ReadOnlySpan<char> folded) => _determiners.Contains(folded);

    /// <summary>A phrase set off by commas that says nothing of who speaks: « pour sa part », "for their part".</summary>
    public bool IsParenthetical(ReadOnlySpan<char> folded) => _parentheticals.Contains(folded);

    public bool IsAdverb(ReadOnlySpan<char> folded) =>
        _adverbs.Contains(folded) || (folded.Length > AdverbSuffix.Length + 2 && folded.EndsWith(AdverbSuffix, StringComparison.Ordinal));

    public bool IsSubjectPronoun(ReadOnlySpan<char> folded) => _pronouns.Contains(folded);

    public bool IsReflexive(ReadOnlySpan<char> folded) => _reflexives.Contains(folded);

    public bool IsReflexiveLink(ReadOnlySpan<char> folded) => _reflexiveLinks.Contains(folded);

    public bool IsClauseOpener(ReadOnlySpan<char> folded) => _clauseOpeners.Contains(folded);

    public bool IsRelativePronoun(ReadOnlySpan<char> folded) => _relatives.Contains(folded);

    /// <summary>Words that open a reported clause without a complementizer ("He said the talks failed").</summary>
    public bool IsClauseStarter(ReadOnlySpan<char> folded) => _clauseStarters.Contains(folded);

    /// <summary>A word that makes the participle after it a gerund of another verb: « a déclaré en présentant ».</summary>
    public bool IsGerundMarker(ReadOnlySpan<char> folded) => _gerundMarkers.Contains(folded);

    /// <summary>An indefinite article, which opens an apposition (« Farah Qureshi, une analyste … », "X, a hydrologist at …").</summary>
    public bool IsIndefinite(ReadOnlySpan<char> folded) => _indefinites.Contains(folded);

    /// <summary>Auxiliaries and modals that show a finite verb: the words before them are a clause's subject ("said Ghanaian farmers would need").</summary>
    public bool IsFiniteVerb(ReadOnlySpan<char> folded) => _finiteVerbs.Contains(folded);

    /// <summary>
    /// Verbs that introduce the speaker's words only as a quoted fragment, never a reported clause of their
    /// own ("called the strikes “a flagrant violation”", "urged allies to act “without waiting”").
    /// </summary>
    public bool IsFragmentVerb(ReadOnlySpan<char> folded) => _fragmentVerbs.Contains(folded);

    /// <summary>
    /// Prepositions between a fragment verb's object and the quoted fragment: « appelant les autorités à « … » »,
    /// "accused Manila of “…”", "dismissed it as “…”".
    /// </summary>
    public bool IsFragmentLink(ReadOnlySpan<char> folded) => _fragmentLinks.Contains(folded);

    /// <summary>Verbs that report only after an inverted « on », the unnamed source of news copy: « a-t-on appris ».</summary>
    public bool IsVerbAfterOn(ReadOnlySpan<char> folded) => _verbsAfterOn.Contains(folded);

    /// <summary>Verb forms that report only after a reflexive pronoun and an auxiliary (« s’est dite »).</summary>
    public bool IsReflexiveForm(ReadOnlySpan<char> folded) => _reflexiveForms.Contains(folded);

    /// <summary>Verb forms that report only after a causative verb (« fait savoir »).</summary>
    public bool IsCausativeForm(ReadOnlySpan<char> folded) => _causativeForms.Contains(folded);

    /// <summary>Prepositions that introduce whom a speaker addresses after a cue: « à l’AFP », "to Reuters".</summary>
    public bool IsAddressee(ReadOnlySpan<char> folded) => _addressees.Contains(folded);

    /// <summary>Words that open the phrase of an unnamed source: « un diplomate », "one Western official", "several officers".</summary>
    public bool IsUnnamedOpener(ReadOnlySpan<char> folded) => _unnamedOpeners.Contains(folded);

    /// <summary>Words that show a clause has a finite verb, besides auxiliaries and modals: « ne », « sera », « doit ».</summary>
    public bool IsClauseMarker(ReadOnlySpan<char> folded) => _clauseMarkers.Contains(folded);

    /// <summary>Possessives of one person that open a colon introduction: « Son constat : », "Her verdict:".</summary>
    public bool IsPossessive(ReadOnlySpan<char> folded) => _possessives.Contains(folded);

    /// <summary>Whether a folded word belongs to a class; one entry point so callers need no delegate.</summary>
    internal bool Has(WordClass wordClass, ReadOnlySpan<char> folded) => wordClass switch
    {
        WordClass.Addressee => IsAddressee(folded),
        WordClass.Adverb => IsAdverb(folded),
        WordClass.ListedAdverb => _adverbs.Contains(folded),
        WordClass.Auxiliary => IsAuxiliary(folded),
        WordClass.ClauseOpener => IsClauseOpener(folded),
        WordClass.ClauseStarter => IsClauseStarter(folded),
        WordClass.ClauseMarker => IsClauseMarker(folded),
        WordClass.Complementizer => IsComplementizer(folded),
        WordClass.Determiner => IsDeterminer(folded),
        WordClass.FiniteVerb => IsFiniteVerb(folded),
        WordClass.FragmentVerb => IsFragmentVerb(folded),
        WordClass.FragmentLink => IsFragmentLink(folded),
        WordClass.DocumentNoun => _documentNouns.Contains(folded),
        WordClass.InfinitiveOpener => _infinitiveOpeners.Contains(folded),
        WordClass.Interrogative => _interrogatives.Contains(folded),
        WordClass.ObjectPronoun => _objectPronouns.Contains(folded),
        WordClass.Conjunction => _conjunctions.Contains(folded),
        WordClass.OpinionMarker => _opinionMarkers.Contains(folded),
        WordClass.TermMarker => _termMarkers.Contains(folded),
        WordClass.SignNoun => _signNouns.Contains(folded),
        WordClass.Sameness => _sameness.Contains(folded),
        WordClass.QuestionVerb => _questionVerbs.Contains(folded),
        WordClass.QuestionLabel => _questionLabels.Contains(folded),
        WordClass.AnswerLabel => _answerLabels.Contains(folded),
        WordClass.SecondPerson => _secondPerson.Contains(folded),
        WordClass.Sequel => _sequels.Contains(folded),
        WordClass.Spokesperson => _spokespeople.Contains(folded),
        WordClass.Causative => _causatives.Contains(folded),
        WordClass.ListenerVerb => _listenerVerbs.Contains(folded),
        WordClass.NameParticle => _nameParticles.Contains(folded),
        WordClass.GerundMarker => IsGerundMarker(folded),
        WordClass.Indefinite => IsIndefinite(folded),
        WordClass.Parenthetical => IsParenthetical(folded),
        WordClass.Possessive => IsPossessive(folded),
        WordClass.Participle => IsParticiple(folded),
        WordClass.Reflexive => IsReflexive(folded),
        WordClass.ReflexiveLink => IsReflexiveLink(folded),
        WordClass.RelativePronoun => IsRelativePronoun(folded),
        WordClass.SubjectPronoun => IsSubjectPronoun(folded),
        WordClass.UnnamedOpener => IsUnnamedOpener(folded),
        WordClass.Verb => IsVerb(folded),
        _ => false,
    };

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.Select(word => TextFold.Fold(word)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
