using Vigie.Kb;
using static Vigie.Actors.Rules.OfficeTitles;

namespace Vigie.Actors.Rules;

/// <summary>What the actor linker needs to know about French, as data.</summary>
public static class FrenchActorRules
{
    public static ActorRulesData Data { get; } = new()
    {
        Language = "fr",
        Honorifics =
        [
            ("M.", Gender.Male), ("MM.", Gender.Male), ("Mme", Gender.Female), ("Mmes", Gender.Female), ("Mlle", Gender.Female),
            ("Dr", Gender.Unknown), ("Dr.", Gender.Unknown), ("Pr", Gender.Unknown), ("Me", Gender.Unknown), ("Mgr", Gender.Male),

            // Ranks: « le général Marcos Tavares », « l’amiral Pierre Vandier ».
            ("général", Gender.Male), ("générale", Gender.Female), ("colonel", Gender.Male), ("colonelle", Gender.Female),
            ("lieutenant-colonel", Gender.Unknown), ("commandant", Gender.Unknown), ("capitaine", Gender.Unknown), ("lieutenant", Gender.Unknown),
            ("amiral", Gender.Male), ("vice-amiral", Gender.Unknown), ("contre-amiral", Gender.Unknown), ("maréchal", Gender.Male),
            ("sergent", Gender.Unknown), ("adjudant", Gender.Unknown), ("caporal", Gender.Unknown), ("Gal", Gender.Male), ("Col", Gender.Male),
            ("cheikh", Gender.Male), ("imam", Gender.Male), ("ayatollah", Gender.Male), ("rabbin", Gender.Male), ("père", Gender.Male),
            ("sœur", Gender.Female), ("juge", Gender.Unknown), ("maître", Gender.Unknown), ("professeur", Gender.Unknown), ("docteur", Gender.Unknown),
        ],
        Titles =
        [
            Presidency("président", Gender.Male), Presidency("présidente", Gender.Female), Presidency("présidents", Gender.Unknown),
            Head("président du gouvernement", HeadOfGovernment, Any, Gender.Male),
            Head("présidente du gouvernement", HeadOfGovernment, Any, Gender.Female),
            Head("premier ministre", HeadOfGovernment, PrimeMinister, Gender.Male),
            Head("première ministre", HeadOfGovernment, PrimeMinister, Gender.Female),
            Head("chef du gouvernement", HeadOfGovernment, Any, Gender.Male),
            Head("cheffe du gouvernement", HeadOfGovernment, Any, Gender.Female),
            Head("chef de l’État", HeadOfState, Any, Gender.Male),
            Head("cheffe de l’État", HeadOfState, Any, Gender.Female),
            Head("chancelier", HeadOfGovernment, Chancellor, Gender.Male),
            Head("chancelière", HeadOfGovernment, Chancellor, Gender.Female),
            Head("roi", HeadOfState, Monarch, Gender.Male), Head("reine", HeadOfState, Monarch, Gender.Female),
            Head("monarque", HeadOfState, Monarch), Head("souverain", HeadOfState, Monarch, Gender.Male),
            Head("empereur", HeadOfState, Monarch, Gender.Male), Head("émir", HeadOfState, Monarch, Gender.Male),
            Head("guide suprême", HeadOfState, SupremeLeader, Gender.Male),
            Head("ministre des Affaires étrangères", Foreign, Any),
            Head("chef de la diplomatie", Foreign, Any, Gender.Male),
            Head("cheffe de la diplomatie", Foreign, Any, Gender.Female),
            Head("ministre de la Défense", Defence, Any),
            new("ministre des Armées", Defence, None, Any, Of: "country:FRA"),
            new("ministre", Ministers, None, Any, Tails: [("des Affaires étrangères", Office.ForeignMinister), ("de la Défense", Office.DefenceMinister), ("des Armées", Office.DefenceMinister)]),
            new("secrétaire d’État", Foreign, None, Any, Countries: ["USA"]),
            new("secrétaire à la Défense", Defence, None, Any, Countries: ["USA"]),
            new("chef du Pentagone", Defence, None, Any, Gender.Male, Of: UnitedStates),
            new("patron du Pentagone", Defence, None, Any, Gender.Male, Of: UnitedStates),
            new("chef de la diplomatie européenne", None, Foreign, Any, Gender.Male, Of: EuropeanUnion),
            new("cheffe de la diplomatie européenne", None, Foreign, Any, Gender.Female, Of: EuropeanUnion),
            OfOrganization("haut représentant", Foreign, Any, Gender.Male),
            OfOrganization("haute représentante", Foreign, Any, Gender.Female),
            OfOrganization("secrétaire général", Leader, SecretaryGeneral, Gender.Male),
            OfOrganization("secrétaire générale", Leader, SecretaryGeneral, Gender.Female),
            Leadership("chef", Gender.Male), Leadership("cheffe", Gender.Female),
            Leadership("patron", Gender.Male), Leadership("patronne", Gender.Female),
            Leadership("dirigeant", Gender.Male), Leadership("dirigeante", Gender.Female),
            Leadership("numéro un", Gender.Unknown),
        ],
        Determiners = ["le", "la", "l’", "les"],
        DemonymNounDeterminers = ["le", "la", "l’"],
        RankHeads = [("Gal", "général"), ("Col", "colonel"), ("Me", "avocat"), ("Me", "avocate")],
        IntroducingDeterminers = [("le", Gender.Male), ("un", Gender.Male), ("ce", Gender.Male), ("cet", Gender.Male), ("la", Gender.Female), ("une", Gender.Female), ("cette", Gender.Female), ("l’", Gender.Unknown), ("son", Gender.Unknown), ("sa", Gender.Unknown), ("leur", Gender.Unknown)],
        HeadFirst = true,
        PersonNouns =
        [
            "ministre", "vice-ministre", "secrétaire", "président", "présidente", "vice-président", "vice-présidente", "premier", "première",
            "chancelier", "chancelière", "député", "députée", "sénateur", "sénatrice", "élu", "élue", "maire", "gouverneur", "gouverneure",
            "préfet", "préfète", "commissaire", "haut-commissaire", "rapporteur", "rapporteure", "ambassadeur", "ambassadrice", "diplomate",
            "émissaire", "envoyé", "envoyée", "négociateur", "négociatrice", "médiateur", "médiatrice", "homologue", "représentant",
            "représentante", "délégué", "déléguée", "porte-parole", "conseiller", "conseillère", "procureur", "procureure", "juge", "magistrat",
            "magistrate", "avocat", "avocate", "général", "générale", "amiral", "amirale", "vice-amiral", "vice-amirale", "colonel", "colonelle",
            "commandant", "commandante", "officier", "chef", "cheffe", "dirigeant", "dirigeante", "directeur", "directrice", "responsable",
            "coordinateur", "coordinatrice", "fondateur", "fondatrice", "patron", "patronne", "militant", "militante", "syndicaliste",
            "opposant", "opposante", "candidat", "candidate", "chercheur", "chercheuse", "analyste", "expert", "experte", "économiste",
            "astrophysicien", "astrophysicienne", "physicien", "physicienne", "politologue", "sociologue",
            "spécialiste", "médecin", "infectiologue", "professeur", "professeure", "journaliste", "reporter", "capitaine", "lieutenant", "consul", "consule",
            "entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse", "infirmier", "infirmière", "chirurgien", "chirurgienne", "enseignant",
            "enseignante", "agriculteur", "agricultrice", "éleveur", "éleveuse", "ingénieur", "ingénieure", "commissaire-priseur", "inspecteur",
            "inspectrice", "brigadier", "adjudant", "sergent", "pilote", "architecte", "historien", "historienne", "archéologue", "conservateur",
            "conservatrice", "présidente-directrice", "pdg", "auteur", "autrice", "écrivain", "écrivaine", "réalisateur", "réalisatrice",
            "réfugié", "réfugiée", "habitant", "habitante", "témoin", "commerçant", "commerçante", "veuve", "artisan", "artisane",
            "coureur", "coureuse", "cycliste", "joueur", "joueuse", "footballeur", "footballeuse", "attaquant", "attaquante", "gardien", "gardienne",
            "metteur", "metteuse", "comédien", "comédienne", "acteur", "actrice", "musicien", "musicienne", "photographe", "chorégraphe",
        ],
        RoleModifiers = ["ancien", "ancienne", "nouveau", "nouvelle", "ex"],
        Epithets =
        [
            "pénaliste", "champion", "championne", "athlète", "sprinteur", "sprinteuse", "entraîneur", "entraîneuse", "agriculteur",
            "agricultrice", "éleveur", "éleveuse", "infirmier", "infirmière", "enseignant", "enseignante", "étudiant", "étudiante",
            "retraité", "retraitée", "rescapé", "rescapée", "milliardaire", "entrepreneur", "entrepreneuse", "romancier", "romancière",
            "écrivain", "écrivaine", "cinéaste", "chanteur", "chanteuse", "scientifique", "alpiniste", "quadragénaire", "quinquagénaire",
            "sexagénaire", "septuagénaire", "octogénaire", "trentenaire", "coureur", "coureuse", "cycliste", "joueur", "joueuse", "attaquant",
            "attaquante", "metteur", "metteuse", "comédien", "comédienne",
        ],
        OrganizationNouns =
        [
            "entreprise", "société", "groupe", "fabricant", "constructeur", "producteur", "compagnie", "banque", "assureur", "agence",
            "association", "fédération", "opérateur", "exportateur", "fournisseur", "transporteur", "distributeur", "start-up", "armateur",
            "ong", "organisation", "syndicat", "laboratoire", "industriel", "équipementier", "motoriste", "chantier", "club", "autorité",
            "fonds", "commission", "office", "institut", "gestionnaire", "régulateur", "exploitant", "énergéticien", "fondeur", "coopérative",
            "sous-traitant", "sidérurgiste", "chimiste", "papetier", "cimentier", "verrier", "brasseur", "négociant", "pme", "organisme",
        ],
        BroaderNouns =
        [
            ("diplomate", ["ambassadeur", "ambassadrice", "émissaire", "envoyé", "envoyée", "négociateur", "négociatrice", "médiateur", "médiatrice", "consul", "consule",
                "représentant", "représentante"]),
            ("magistrat", ["juge", "procureur"]),
            ("magistrate", ["juge", "procureure"]),
            ("officier", ["général", "amiral", "vice-amiral", "colonel", "commandant", "capitaine", "lieutenant"]),
            ("militaire", ["général", "générale", "amiral", "amirale", "colonel", "colonelle", "commandant", "commandante", "officier"]),
            ("élu", ["député", "sénateur", "maire", "conseiller"]),
            ("élue", ["députée", "sénatrice", "maire", "conseillère"]),
            ("parlementaire", ["député", "députée", "sénateur", "sénatrice"]),
            ("responsable", ["directeur", "directrice", "chef", "cheffe", "dirigeant", "dirigeante", "coordinateur", "coordinatrice", "patron", "patronne", "ministre", "vice-ministre", "secrétaire", "commissaire", "préfet", "préfète"]),
            ("ministre", ["vice-ministre"]),
            ("dirigeant", ["directeur", "président", "patron", "chef", "pdg"]),
            ("dirigeante", ["directrice", "présidente", "patronne", "cheffe", "pdg"]),
            ("scientifique", ["chercheur", "chercheuse", "infectiologue", "économiste"]),
            ("chercheur", ["astrophysicien", "physicien", "politologue", "sociologue", "historien", "économiste"]),
            ("chercheuse", ["astrophysicienne", "physicienne", "politologue", "sociologue", "historienne", "économiste"]),
            ("médecin", ["infectiologue"]),
            ("syndicaliste", ["délégué", "déléguée"]),
            ("entreprise", ["société", "groupe", "fabricant", "constructeur", "producteur", "compagnie", "assureur", "opérateur", "exportateur",
                "fournisseur", "transporteur", "distributeur", "start-up", "armateur", "industriel", "équipementier", "motoriste", "sous-traitant",
                "sidérurgiste", "chimiste", "papetier", "cimentier", "verrier", "brasseur", "négociant", "exploitant", "gestionnaire", "énergéticien"]),
            ("société", ["entreprise", "groupe", "fabricant", "constructeur", "producteur", "compagnie", "opérateur", "start-up", "équipementier"]),
            ("groupe", ["entreprise", "société", "fabricant", "constructeur", "industriel", "équipementier", "sidérurgiste", "chimiste"]),
            ("pme", ["société", "entreprise", "start-up", "fabricant", "sous-traitant", "équipementier"]),
            ("organisation", ["ong", "association", "agence", "fédération"]),
            ("institution", ["fonds", "banque", "organisation", "agence", "autorité", "commission", "office", "institut", "ministère"]),
        ],
        Complements = ["de", "du", "des", "d’", "de la", "de l’"],
        Pronouns = [("il", Gender.Male), ("-il", Gender.Male), ("-t-il", Gender.Male), ("elle", Gender.Female), ("-elle", Gender.Female), ("-t-elle", Gender.Female)],
        OrganizationPronouns = ["il", "-il", "-t-il", "elle", "-elle", "-t-elle"],
        ImpersonalAfter =
        [
            "y", "s’", "faut", "fallait", "faudra", "faudrait", "suffit", "suffisait", "suffira", "suffirait", "semble", "semblait",
            "paraît", "parait", "reste", "restait", "importe", "convient", "existe", "existait", "manque", "vaut", "arrive", "arrivait",
            "pleut", "n’y", "s’agit", "s’agissait", "s’agira", "s’agirait",
        ],
        ImpersonalCopulas = ["est", "était", "sera", "serait", "fut", "paraît", "semble"],
        ImpersonalComplements = ["de", "d’", "que", "qu’"],
        ImpersonalBefore = ["faut", "fallait", "suffit", "semble", "reste", "importe", "convient", "existe", "manque", "vaut", "agit", "pleut", "y"],
        Locatives = ["à", "au", "aux", "en", "dans", "vers", "depuis", "près", "via", "jusqu’", "hors", "sur"],
        PlaceNouns =
        [
            "ville", "capitale", "aéroport", "maire", "mairie", "région", "banlieue", "centre", "rues", "habitants", "université",
            "ambassade", "quartier", "agglomération", "environs", "périphérie", "province", "gouverneur", "port", "gare", "hôpital",
            "stade", "sommet", "conférence", "forum", "nord", "sud", "est", "ouest", "métro", "porte", "musée", "place",
        ],
        StateNouns =
        [
            "position", "politique", "décision", "gouvernement", "diplomatie", "stratégie", "réponse", "soutien", "influence", "ambitions",
            "intentions", "armée", "forces", "menace", "menaces", "pression", "sanctions", "alliés", "allié", "partenaires", "relations",
            "exigences", "demande", "offre", "plan", "proposition", "refus", "équipements", "armes", "arsenal", "navires", "sous-marins",
            "missiles", "troupes", "soldats", "marine", "flotte", "industrie", "industries", "économie", "dirigeants", "autorités", "régime",
            "représentants", "accusations", "appui", "rivalité", "rivaux", "adversaires", "ennemis", "émissaire", "envoyé", "porte-parole",
            "ambition", "volonté", "attitude", "ligne", "offensive", "agression", "invasion", "frappes", "drones",
        ],
        OrganizationNameHeads = ["ministère"],
        NameEndingHeads =
        [
            ("industries", "industriel"), ("énergies", "énergéticien"), ("technologies", "entreprise"), ("systèmes", "entreprise"),
            ("airlines", "compagnie"), ("holding", "groupe"), ("group", "groupe"), ("télécom", "opérateur"), ("pharma", "laboratoire"),
            ("biotech", "entreprise"), ("motors", "constructeur"), ("logistique", "transporteur"), ("assurances", "assureur"), ("shipping", "armateur"), ("télévisions", "groupe"),
        ],
        PlaceOrganizationHeads =
        [
            "parquet", "tribunal", "cour", "préfecture", "gendarmerie", "rectorat", "société", "régie", "conseil", "commission", "agence",
            "office", "chambre", "université", "chu", "mairie",
        ],
        StateBodyHeads = ["armée", "état-major", "marine", "garde-côtes", "ambassade", "consulat", "police", "télévision", "aviation", "douane", "douanes"],
        SeatedBodyHeads = ["ambassade", "consulat"],
        CompanyNouns = ["entreprise", "société", "groupe", "pme", "organisme"],
        RelativePronouns = ["qui", "dont", "que", "qu’"],
        NameComplementHeads =
        [
            "observatoire", "union", "agence", "office", "institut", "fédération", "conseil", "commission", "autorité", "comité", "centre",
            "syndicat", "association", "fondation", "collectif", "confédération", "coordination", "haut-commissariat", "secrétariat",
        ],
        OrganizationNameAdjectives =
        [
            "étrangères", "étranger", "sociales", "publics", "publiques", "écologique", "intérieure", "extérieur", "extérieures", "numérique", "nationale",
            "supérieur", "maritime", "maritimes", "rurales", "territoriale", "territoriales", "solidaire", "solidaires", "industrielle",
            "indépendante", "indépendant", "électorale", "électoral", "internationale", "international", "national",
        ],
        VerbAdverbs = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aussi", "également", "déjà"],
        RoleNounPossessives = ["son", "sa"],
        GovernmentNouns = ["gouvernement", "exécutif", "autorités"],
        StateVerbs =
        [
            "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est", "sont", "était", "sera", "n’", "ne", "se", "s’", "y",
            "annonce", "annoncent", "accuse", "accusent", "affirme", "affirment", "assure", "assurent", "dénonce", "dénoncent", "estime",
            "estiment", "menace", "menacent", "exige", "exigent", "refuse", "refusent", "rejette", "rejettent", "répond", "répondent",
            "dément", "démentent", "condamne", "condamnent", "investit", "investissent", "veut", "veulent", "doit", "doivent", "peut",
            "peuvent", "considère", "considèrent", "juge", "jugent", "réclame", "réclament", "appelle", "appellent", "soutient",
            "soutiennent", "prépare", "préparent", "mène", "mènent", "cherche", "cherchent", "poursuit", "poursuivent", "renforce",
            "renforcent", "déploie", "déploient", "envoie", "envoient", "livre", "livrent", "fournit", "fournissent", "signe", "signent",
            "conteste", "contestent", "critique", "critiquent", "salue", "saluent", "prévient", "préviennent", "avertit", "avertissent",
            "tente", "tentent", "entend", "entendent", "continue", "continuent", "nie", "nient", "promet", "promettent", "propose",
            "proposent", "demande", "demandent", "redoute", "redoutent", "craint", "craignent", "insiste", "insistent", "maintient",
            "maintiennent", "impose", "imposent", "multiplie", "multiplient", "intensifie", "intensifient", "souhaite", "souhaitent",
        ],
        StateBefore = ["entre", "contre", "avec", "par", "selon"],
        Conjunctions = ["et", "ou", "ni"],
        NameParticles = ["de", "du", "des", "d’", "la", "le", "van", "von", "der", "den", "ten", "ter", "al", "el", "ben", "bin", "ibn", "da", "di", "dos", "das", "do", "del", "della", "ould"],
    };
}
