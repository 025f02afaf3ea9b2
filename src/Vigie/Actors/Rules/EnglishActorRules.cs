using Vigie.Kb;
using static Vigie.Actors.Rules.OfficeTitles;

namespace Vigie.Actors.Rules;

/// <summary>What the actor linker needs to know about English, as data.</summary>
public static class EnglishActorRules
{
    public static ActorRulesData Data { get; } = new()
    {
        Language = "en",
        Honorifics =
        [
            ("Mr", Gender.Male), ("Mr.", Gender.Male), ("Mrs", Gender.Female), ("Mrs.", Gender.Female), ("Ms", Gender.Female),
            ("Ms.", Gender.Female), ("Miss", Gender.Female), ("Dr", Gender.Unknown), ("Dr.", Gender.Unknown), ("Sir", Gender.Male),
            ("Dame", Gender.Female), ("Lord", Gender.Male), ("Lady", Gender.Female),

            // Ranks and the like, abbreviated or unambiguous ("General Motors" and "Captain America" are not people).
            ("Gen.", Gender.Unknown), ("Col.", Gender.Unknown), ("Colonel", Gender.Unknown), ("Lt.", Gender.Unknown), ("Lieutenant", Gender.Unknown),
            ("Maj.", Gender.Unknown), ("Brig.", Gender.Unknown), ("Capt.", Gender.Unknown), ("Cmdr.", Gender.Unknown), ("Adm.", Gender.Unknown), ("Admiral", Gender.Unknown), ("Commodore", Gender.Unknown), ("Captain", Gender.Unknown), ("Commander", Gender.Unknown),
            ("Sgt.", Gender.Unknown), ("Sergeant", Gender.Unknown), ("Sheikh", Gender.Male), ("Imam", Gender.Male), ("Ayatollah", Gender.Male),
            ("Rabbi", Gender.Unknown), ("Sen.", Gender.Unknown), ("Senator", Gender.Unknown), ("Rep.", Gender.Unknown), ("Congressman", Gender.Male),
            ("Congresswoman", Gender.Female), ("Gov.", Gender.Unknown), ("Governor", Gender.Unknown), ("Prof.", Gender.Unknown), ("Professor", Gender.Unknown), ("Judge", Gender.Unknown),
            ("Councilman", Gender.Male), ("Councilwoman", Gender.Female), ("Councilmember", Gender.Unknown), ("Alderman", Gender.Male),
            ("Alderwoman", Gender.Female), ("Assemblyman", Gender.Male), ("Assemblywoman", Gender.Female), ("Sheriff", Gender.Unknown),
        ],
        Titles =
        [
            Presidency("president", Gender.Unknown), Presidency("presidents", Gender.Unknown),
            Head("prime minister", HeadOfGovernment, PrimeMinister), Head("premier", HeadOfGovernment, PrimeMinister),
            Head("chancellor", HeadOfGovernment, Chancellor),
            Head("king", HeadOfState, Monarch, Gender.Male), Head("queen", HeadOfState, Monarch, Gender.Female),
            Head("monarch", HeadOfState, Monarch), Head("emperor", HeadOfState, Monarch, Gender.Male),
            Head("emir", HeadOfState, Monarch, Gender.Male), Head("sultan", HeadOfState, Monarch, Gender.Male),
            Head("supreme leader", HeadOfState, SupremeLeader),
            Head("head of state", HeadOfState, Any), Head("head of government", HeadOfGovernment, Any),
            Head("foreign minister", Foreign, Any), Head("foreign secretary", Foreign, Any), Head("foreign affairs minister", Foreign, Any),
            Head("minister of foreign affairs", Foreign, Any), Head("top diplomat", Foreign, Any), Head("chief diplomat", Foreign, Any),
            Head("external affairs minister", Foreign, Any),
            new("secretary of state", Foreign, None, Any, Countries: ["USA"]),
            Head("defence minister", Defence, Any), Head("defense minister", Defence, Any), Head("defence secretary", Defence, Any),
            Head("defense secretary", Defence, Any), Head("minister of defence", Defence, Any), Head("minister of defense", Defence, Any),
            Head("armed forces minister", Defence, Any),
            Head("minister", Ministers, Any),
            new("secretary of defense", Defence, None, Any, Countries: ["USA"]),
            new("secretary of war", Defence, None, Any, Countries: ["USA"]),
            new("war secretary", Defence, None, Any, Countries: ["USA"]),
            new("pentagon chief", Defence, None, Any, Of: UnitedStates),
            new("foreign policy chief", Foreign, Foreign, Any),
            OfOrganization("high representative", Foreign, Any),
            OfOrganization("secretary general", Leader, SecretaryGeneral),
            OfOrganization("secretary-general", Leader, SecretaryGeneral),
            Leadership("chief", Gender.Unknown), Leadership("head", Gender.Unknown), Leadership("leader", Gender.Unknown),
        ],
        Determiners = ["the", "a", "an"],
        OrdinalNouns = [("former", 1), ("latter", 2)],
        SourceMarkers = ["according to"],
        DemonymNounDeterminers = ["the"],
        IndefiniteDeterminers = ["a", "an"],
        IntroducingDeterminers = [("the", Gender.Unknown), ("a", Gender.Unknown), ("an", Gender.Unknown), ("his", Gender.Unknown), ("her", Gender.Unknown), ("their", Gender.Unknown), ("its", Gender.Unknown)],
        Complements = ["of", "of the", "for", "for the"],
        Pronouns = [("he", Gender.Male), ("she", Gender.Female), ("him", Gender.Male), ("her", Gender.Female)],
        OrganizationPronouns = ["it"],
        ImpersonalCopulas = ["is", "was", "'s", "seems", "seemed", "appears", "appeared"],
        Possessives = [("his", Gender.Male), ("her", Gender.Female)],
        PersonNouns =
        [
            "minister", "secretary", "president", "premier", "chancellor", "senator", "lawmaker", "legislator", "mp", "mep", "congressman",
            "congresswoman", "representative", "mayor", "governor", "commissioner", "rapporteur", "ambassador", "diplomat", "envoy", "negotiator",
            "mediator", "counterpart", "delegate", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "prosecutor", "judge",
            "attorney", "lawyer", "general", "admiral", "colonel", "commander", "officer", "chief", "head", "leader", "director", "official",
            "coordinator", "founder", "chairman", "chairwoman", "chair", "executive", "activist", "candidate", "researcher", "analyst", "expert",
            "economist", "specialist", "doctor", "professor", "journalist", "reporter", "coroner", "treasurer", "epidemiologist", "captain", "lieutenant", "consul",
            "inspector", "detective", "superintendent", "sergeant", "constable", "collector", "councillor", "councilor", "coach", "manager", "boss", "nurse",
            "refugee", "resident", "trader", "shopkeeper", "witness", "widow", "rider", "cyclist", "player", "midfielder", "goalkeeper", "runner",
            "playwright", "painter", "photographer", "dancer", "musician",
            "surgeon", "teacher", "farmer", "engineer", "lecturer", "scientist", "physician", "historian", "curator", "archaeologist", "pilot",
            "author", "novelist", "director-general", "magistrate", "midwife", "paramedic", "firefighter", "undersecretary", "under-secretary", "vice-chancellor",
            "centre", "center", "winger", "striker", "defender", "fly-half", "scrum-half", "batsman", "bowler", "jockey", "sprinter", "swimmer", "skier",
            "boxer", "wrestler", "golfer", "sailor", "baker", "fisherman", "winemaker", "beekeeper", "chef", "artist", "singer", "actor", "actress",
            "teenager", "student", "pensioner", "survivor", "veteran", "campaigner", "soldier", "councilman", "councilwoman", "councilmember",
            "alderman", "alderwoman", "assemblyman", "assemblywoman", "sheriff",
        ],
        BroaderNouns =
        [
            ("diplomat", ["ambassador", "envoy", "negotiator", "mediator", "consul"]),
            ("author", ["novelist", "writer", "poet", "essayist", "screenwriter"]),
            ("writer", ["novelist", "essayist", "screenwriter"]),
            ("official", ["minister", "secretary", "commissioner", "director", "spokesman", "spokeswoman", "spokesperson", "coordinator", "chief", "head", "treasurer", "undersecretary", "under-secretary"]),
            ("officer", ["general", "admiral", "colonel", "commander", "captain", "lieutenant"]),
            ("lawmaker", ["senator", "congressman", "congresswoman", "representative", "mp", "mep", "legislator", "assemblyman", "assemblywoman"]),
            ("legislator", ["senator", "congressman", "congresswoman", "representative", "mp", "mep", "lawmaker"]),
            ("executive", ["chairman", "chairwoman", "chair", "director", "founder"]),
            ("boss", ["executive", "chief", "head", "director", "chairman", "chairwoman", "founder", "manager", "leader", "president"]),
            ("scientist", ["researcher", "epidemiologist", "economist"]),
            ("magistrate", ["judge"]),
            ("company", ["firm", "maker", "manufacturer", "producer", "carrier", "airline", "insurer", "operator", "meatpacker", "supplier", "retailer",
                "exporter", "broadcaster", "developer", "startup", "miner", "shipper", "automaker", "carmaker", "chipmaker", "conglomerate", "steelmaker",
                "truckmaker", "planemaker", "drugmaker", "toymaker", "shipbuilder", "group", "utility", "brewer"]),
            ("group", ["company", "conglomerate", "charity", "association", "ngo", "firm", "producer", "maker", "manufacturer", "miner", "operator"]),
            ("regulator", ["authority", "watchdog", "commission"]),
            ("union", ["federation", "confederation"]),
            ("force", ["police"]),
            ("airline", ["carrier"]),
        ],
        RoleModifiers = ["former", "new", "outgoing", "veteran", "senior"],
        PostNominals = ["KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "Jr", "Sr", "PhD"],
        RankHeads =
        [
            ("Gen.", "general"), ("Col.", "colonel"), ("Colonel", "colonel"), ("Lt.", "lieutenant"), ("Lieutenant", "lieutenant"),
            ("Brig.", "brigadier"), ("Capt.", "captain"), ("Captain", "captain"), ("Cmdr.", "commander"), ("Commander", "commander"),
            ("Adm.", "admiral"), ("Admiral", "admiral"), ("Commodore", "commodore"), ("Sgt.", "sergeant"), ("Sergeant", "sergeant"),
            ("Sen.", "senator"), ("Senator", "senator"), ("Gov.", "governor"), ("Governor", "governor"), ("Prof.", "professor"),
            ("Professor", "professor"), ("Judge", "judge"), ("Rep.", "representative"), ("Congressman", "congressman"), ("Congresswoman", "congresswoman"), ("Councilman", "councilman"), ("Councilwoman", "councilwoman"),
            ("Councilmember", "councilmember"), ("Alderman", "alderman"), ("Alderwoman", "alderwoman"), ("Assemblyman", "assemblyman"),
            ("Assemblywoman", "assemblywoman"), ("Sheriff", "sheriff"),
        ],
        NameEndingHeads =
        [
            ("airlines", "airline"), ("airways", "airline"), ("holdings", "company"), ("industries", "company"), ("inc", "company"), ("corp", "company"),
            ("ltd", "company"), ("plc", "company"), ("motors", "carmaker"), ("mining", "miner"), ("minerals", "miner"), ("pharmaceuticals", "company"),
            ("technologies", "company"), ("semiconductor", "chipmaker"), ("shipping", "shipper"), ("lines", "shipper"), ("energy", "company"),
            ("resources", "company"), ("logistics", "company"), ("foods", "company"), ("telecom", "operator"), ("insurance", "insurer"),
            ("steel", "steelmaker"), ("petroleum", "company"), ("freight", "company"), ("therapeutics", "drugmaker"), ("pharma", "drugmaker"),
            ("biosciences", "company"), ("laboratories", "company"), ("robotics", "company"), ("electronics", "company"), ("aerospace", "company"),
            ("water", "utility"), ("securities", "company"), ("capital", "company"), ("partners", "company"), ("investments", "company"),
            ("ventures", "company"), ("associates", "company"), ("consulting", "company"), ("ab", "company"), ("asa", "company"), ("gmbh", "company"), ("ag", "company"), ("nv", "company"), ("oy", "company"), ("spa", "company"),
            ("brewing", "brewer"), ("brewery", "brewer"), ("breweries", "brewer"), ("beverages", "company"), ("chemicals", "company"),
            ("textiles", "company"), ("engineering", "company"), ("systems", "company"),
        ],
        OrganizationNameHeads =
        [
            "council", "federation", "ministry", "commission", "association", "agency", "authority", "institute", "committee", "board",
            "corporation", "foundation", "administration", "organisation", "organization", "union", "confederation", "chamber", "society",
            "department", "bank", "fund", "party", "court", "alliance", "group", "office", "service", "police", "staff", "command", "embassy", "consulate",
            "museum", "university",
        ],
        StateBodyHeads =
        [
            "military", "army", "navy", "staff", "guard", "guards", "coastguard", "force", "forces", "command", "embassy", "consulate", "police", "customs", "delegation",
            "television", "broadcaster",
        ],
        SeatedBodyHeads = ["embassy", "consulate"],
        CompanyNouns = ["company", "firm", "group", "regulator", "watchdog", "airline", "carrier", "bank", "lender", "insurer", "retailer", "broadcaster", "operator", "charity", "brewer", "miner", "carmaker", "club"],
        UnionNouns = ["union"],
        Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        UnionNameWords = ["union", "association", "federation", "congress", "confederation", "guild", "syndicate"],
        PlaceOrganizationHeads = ["police"],
        RelativePronouns = ["who", "which", "that", "whose"],
        PastEndings = ["ed"],
        TitleContinuations =
        [
            "medical", "executive", "executives", "financial", "operating", "technology", "scientific", "science", "economist",
            "negotiator", "prosecutor", "justice", "inspector", "coach", "teacher", "engineer", "investigator", "strategist", "nurse",
        ],
        DefendantNouns = ["defendant", "accused"],
        TrialNouns = ["trial"],
        ChargedWords = ["accused", "charged", "suspected"],
        AgentPrepositions = ["by"],
        Epithets =
        [
            "billionaire", "millionaire", "tycoon", "entrepreneur", "champion", "athlete", "sprinter", "striker", "coach", "farmer", "grower",
            "nurse", "teacher", "student", "pensioner", "survivor", "veteran", "lawyer", "barrister", "solicitor", "scientist", "climber",
            "activist", "campaigner", "novelist", "writer", "filmmaker", "singer", "actor", "actress", "rider", "cyclist", "midfielder",
            "goalkeeper", "runner", "baker", "artisan", "shopkeeper", "fisherman", "doctor", "surgeon", "paramedic", "firefighter", "soldier",
            "researcher", "artist", "musician", "photographer", "journalist", "reporter", "skier", "swimmer", "boxer", "golfer", "player",
            "sailor", "pilot", "founder", "chef", "winemaker", "teenager", "youngster", "winger", "defender", "centre", "batsman", "bowler",
            "jockey", "widow", "driver", "engineer", "director", "filmmaker", "hooker", "flanker", "lock", "prop", "fly-half", "scrum-half",
            "full-back", "forward", "keeper",
        ],
        OrganizationNouns =
        [
            "company", "firm", "group", "maker", "manufacturer", "producer", "carrier", "airline", "bank", "lender", "insurer", "agency",
            "association", "federation", "charity", "operator", "meatpacker", "supplier", "retailer", "exporter", "broadcaster", "developer",
            "startup", "miner", "utility", "shipper", "automaker", "carmaker", "chipmaker", "conglomerate", "watchdog", "ngo", "club", "regulator", "cooperative",
            "co-operative", "consortium", "refiner", "brewer", "steelmaker", "truckmaker", "planemaker", "drugmaker", "toymaker", "shipbuilder",
            "union", "lobby", "authority",
        ],
        InvertedSpeechVerbs = ["said", "says", "added", "adds", "asked", "wrote", "explained", "insisted", "warned", "recalled", "noted", "continued"],
        SubjectSpeechVerbs = ["said", "says", "told", "tells", "announced", "announces", "added", "warned", "confirmed", "stated", "insisted", "explained", "noted"],
        Locatives = ["in", "at", "to", "from", "near", "into", "inside", "outside", "across", "around", "via", "toward", "towards", "throughout", "within", "visited", "visiting"],
        PlaceNouns =
        [
            "city", "capital", "airport", "mayor", "streets", "residents", "university", "embassy", "suburbs", "centre", "center",
            "outskirts", "province", "governor", "port", "region", "district", "downtown", "summit", "conference", "forum", "north",
            "south", "east", "west", "museum", "square",
        ],
        PlaceNameEnds =
        [
            "street", "road", "avenue", "lane", "square", "park", "station", "bridge", "church", "chapel", "cathedral", "abbey", "river", "lake",
            "bay", "beach", "island", "airport", "hospital", "stadium", "arena", "palace", "tower", "hall", "garden", "gardens", "harbour",
            "harbor", "port", "house", "college", "school", "valley", "falls", "forest", "mountain", "hotel", "court", "basin", "delta", "coast",
            "desert", "sea", "gulf", "plateau", "mountains", "hills", "strait",
        ],
        VerbAdverbs = ["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also", "today", "yesterday", "already"],
        RoleNounPossessives = ["his", "her"],
        GovernmentNouns = ["government", "authorities"],
        StateNouns =
        [
            "position", "policy", "decision", "government", "diplomacy", "strategy", "response", "support", "influence", "ambitions",
            "intentions", "army", "forces", "threat", "threats", "pressure", "sanctions", "allies", "ally", "partners", "relations",
            "demands", "demand", "offer", "plan", "proposal", "refusal", "equipment", "weapons", "arsenal", "ships", "submarines",
            "missiles", "troops", "soldiers", "navy", "fleet", "industry", "economy", "leaders", "authorities", "regime", "envoy",
            "spokesman", "spokeswoman", "accusations", "rivals", "adversaries", "enemies", "invasion", "offensive", "aggression",
        ],
        StateVerbs =
        [
            "'s", "says", "said", "has", "have", "had", "is", "was", "will", "would", "may", "can", "could", "should", "must", "does", "did",
            "warned", "warns", "announced", "announces", "accused", "accuses", "denied", "denies", "rejected", "rejects", "insisted",
            "insists", "claimed", "claims", "wants", "plans", "planned", "urged", "urges", "called", "calls", "threatened", "threatens",
            "responded", "responds", "condemned", "condemns", "criticized", "criticised", "criticizes", "criticises", "refused",
            "refuses", "demanded", "demands", "signed", "signs", "sent", "sends", "deployed", "deploys", "launched", "launches",
            "imposed", "imposes", "agreed", "agrees", "continues", "continued", "invests", "invested", "supports", "supported",
            "backs", "backed", "seeks", "sought", "vowed", "vows", "promised", "promises", "hit", "struck", "strikes", "attacked",
            "attacks", "expelled", "expels", "summoned", "summons",
        ],
        StateBefore = ["between", "against", "with", "by", "according"],
        Conjunctions = ["and", "or", "nor"],
        NameParticles = ["de", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ben", "ibn", "la", "le", "dos", "del", "ould"],
    };
}
