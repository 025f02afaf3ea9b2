namespace Vigie.Times.Rules;

/// <summary>
/// French time expressions, as data: words, patterns and tense cues. Month and day names and the
/// relative day words come from Unicode CLDR 48 (fr/ca-gregorian.json and fr/dateFields.json, Unicode
/// License v3, see NOTICE.md beside this file); spans follow the French TimeBank's guidelines
/// (determiners in, prepositions out: « le 30 juin », « l’an prochain », « il y a trois jours »).
/// </summary>
public static class FrenchTimeRules
{
    /// <summary>The French rules, ready for <see cref="TimeRules(TimeRulesData)"/>.</summary>
    public static TimeRulesData Data { get; } = new()
    {
        Language = "fr",

        // CLDR format-wide and format-abbreviated names (« sept. » is an abbreviation only with its period).
        Months =
        [
            ["janvier", "janv."], ["février", "févr.", "fév."], ["mars"], ["avril", "avr."], ["mai"], ["juin"],
            ["juillet", "juil."], ["août"], ["septembre", "sept."], ["octobre", "oct."], ["novembre", "nov."], ["décembre", "déc."],
        ],
        Weekdays = [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
        WeekdayPlurals = [["lundis"], ["mardis"], ["mercredis"], ["jeudis"], ["vendredis"], ["samedis"], ["dimanches"]],
        NamesAreCapitalised = false,
        MidPrefixes = ["mi-"],

        Numbers = new Dictionary<string, int>
        {
            { "un", 1 }, { "une", 1 }, { "deux", 2 }, { "trois", 3 }, { "quatre", 4 }, { "cinq", 5 }, { "six", 6 }, { "sept", 7 },
            { "huit", 8 }, { "neuf", 9 }, { "dix", 10 }, { "onze", 11 }, { "douze", 12 }, { "treize", 13 }, { "quatorze", 14 },
            { "quinze", 15 }, { "seize", 16 }, { "vingt", 20 }, { "vingts", 20 }, { "trente", 30 }, { "quarante", 40 },
            { "cinquante", 50 }, { "soixante", 60 }, { "septante", 70 }, { "huitante", 80 }, { "octante", 80 }, { "nonante", 90 },
        },
        NumberJoiners = ["et"],
        Multipliers = new Dictionary<string, int> { { "cent", 100 }, { "cents", 100 }, { "mille", 1000 } },
        ApproximateNumbers = new Dictionary<string, int>
        {
            { "dizaine", 10 }, { "douzaine", 12 }, { "quinzaine", 15 }, { "vingtaine", 20 }, { "trentaine", 30 },
            { "quarantaine", 40 }, { "cinquantaine", 50 }, { "soixantaine", 60 }, { "centaine", 100 }, { "millier", 1000 },
        },
        VagueNumbers = ["quelques", "plusieurs"],
        Ordinals = new Dictionary<string, int>
        {
            { "premier", 1 }, { "première", 1 }, { "second", 2 }, { "seconde", 2 }, { "deuxième", 2 }, { "troisième", 3 },
            { "quatrième", 4 }, { "cinquième", 5 }, { "sixième", 6 }, { "septième", 7 }, { "huitième", 8 }, { "neuvième", 9 },
            { "dixième", 10 }, { "onzième", 11 }, { "douzième", 12 }, { "vingtième", 20 },
        },
        RomanOrdinalSuffixes = ["e", "ème", "eme", "è", "er", "ᵉ"],

        Units = new Dictionary<string, TimeUnitWord>
        {
            { "secondes", new(TimeUnit.Second) },
            { "minute", new(TimeUnit.Minute) }, { "minutes", new(TimeUnit.Minute) },
            { "h", new(TimeUnit.Hour) }, { "heure", new(TimeUnit.Hour) }, { "heures", new(TimeUnit.Hour) }, { "demi-heure", new(TimeUnit.Hour, 0.5) },
            { "jour", new(TimeUnit.Day) }, { "jours", new(TimeUnit.Day) }, { "journée", new(TimeUnit.Day) }, { "journées", new(TimeUnit.Day) },
            { "demi-journée", new(TimeUnit.Day, 0.5) },
            { "semaine", new(TimeUnit.Week) }, { "semaines", new(TimeUnit.Week) },
            { "week-end", new(TimeUnit.Weekend) }, { "week-ends", new(TimeUnit.Weekend) }, { "weekend", new(TimeUnit.Weekend) },
            { "mois", new(TimeUnit.Month) }, { "mois-ci", new(TimeUnit.Month) },
            { "trimestre", new(TimeUnit.Quarter) }, { "trimestres", new(TimeUnit.Quarter) },
            { "semestre", new(TimeUnit.Half) }, { "semestres", new(TimeUnit.Half) },
            { "an", new(TimeUnit.Year) }, { "ans", new(TimeUnit.Year) }, { "année", new(TimeUnit.Year) }, { "années", new(TimeUnit.Year) },
            { "quinquennat", new(TimeUnit.Year, 5) }, { "septennat", new(TimeUnit.Year, 7) },
            { "décennie", new(TimeUnit.Decade) }, { "décennies", new(TimeUnit.Decade) },
            { "siècle", new(TimeUnit.Century) }, { "siècles", new(TimeUnit.Century) }, { "demi-siècle", new(TimeUnit.Century, 0.5) },
            { "millénaire", new(TimeUnit.Century, 10) }, { "millénaires", new(TimeUnit.Century, 10) },
        },

        // CLDR fr dateFields: « avant-hier », « hier », « aujourd’hui », « demain », « après-demain ».
        RelativeDays = new Dictionary<string, int>
        {
            { "avant-hier", -2 }, { "hier", -1 }, { "aujourd'hui", 0 }, { "demain", 1 }, { "après-demain", 2 },
        },
        PartsOfDay = new Dictionary<string, string>
        {
            { "matin", "MO" }, { "matinée", "MO" }, { "après-midi", "AF" }, { "soir", "EV" }, { "soirée", "EV" }, { "nuit", "NI" },
            { "journée", "DT" },
        },
        Seasons = new Dictionary<string, string> { { "printemps", "SP" }, { "été", "SU" }, { "automne", "FA" }, { "hiver", "WI" } },
        Holidays = new Dictionary<string, string>
        {
            { "noël", "12-25" }, { "pâques", "easter" }, { "pentecôte", "easter+49" }, { "ascension", "easter+39" },
            { "toussaint", "11-01" }, { "saint-sylvestre", "12-31" }, { "assomption", "08-15" }, { "épiphanie", "01-06" },
            { "chandeleur", "02-02" }, { "saint-valentin", "02-14" }, { "halloween", "10-31" }, { "thanksgiving", "11/4/4" },
        },
        PastWords = ["dernier", "dernière", "derniers", "dernières", "passé", "passée", "passés", "passées", "précédent", "précédente", "écoulé", "écoulée"],
        FutureWords = ["prochain", "prochaine", "prochains", "prochaines"],
        ThisWords = ["ce", "cet", "cette"],
        Boundaries = new Dictionary<string, TimeModifier>
        {
            { "début", TimeModifier.Start }, { "fin", TimeModifier.End }, { "milieu", TimeModifier.Mid },
        },
        Modifiers = new Dictionary<string, TimeModifier>
        {
            { "environ", TimeModifier.Approx }, { "près de", TimeModifier.Approx }, { "presque", TimeModifier.Approx },
            { "quelque", TimeModifier.Approx }, { "aux alentours de", TimeModifier.Approx },
            { "plus de", TimeModifier.MoreThan }, { "un peu plus de", TimeModifier.MoreThan }, { "moins de", TimeModifier.LessThan },
            { "un peu moins de", TimeModifier.LessThan }, { "au moins", TimeModifier.EqualOrMore }, { "au plus", TimeModifier.EqualOrLess },
        },
        DayFirst = true,
        DecimalComma = true,

        YearCues = ["en", "depuis", "dès", "avant", "après", "année", "an", "printemps", "été", "automne", "hiver", "fin", "début", "mi", "courant", "vers", "entre"],
        WordsAfterYear =
        [
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "à", "au", "aux", "et", "ou", "mais", "où", "qui", "que", "qu'",
            "il", "elle", "ils", "elles", "on", "nous", "vous", "se", "s'", "a", "ont", "avait", "avaient", "était", "étaient", "est",
            "sont", "fut", "sera", "seront", "y", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "contre", "après",
            "avant", "depuis", "jusqu'", "lors", "puis", "déjà", "encore", "alors", "ce", "cette", "ces", "c'", "dont", "selon",
            "entre", "vers", "comme", "si", "ne", "n'", "pas", "aussi", "enfin", "soit", "notamment", "seulement", "même",
        ],
        CountNounEndings = ["s", "x"],
        CountNouns = ["gens", "personnel"],
        WordsBeforeCount = ["plus", "moins", "près", "environ", "quelque", "les", "des", "ces", "nos", "vos", "leurs", "ses", "mes", "aux", "chaque", "dont", "soit"],

        PastTenseWords =
        [
            "a", "ont", "avait", "avaient", "avons", "avez", "ai", "as", "eu", "été", "était", "étaient", "fut", "furent", "fût",
            "vient", "viennent", "venait", "hier", "avant-hier", "dernier", "dernière", "derniers", "dernières",
        ],
        FutureTenseWords =
        [
            "va", "vont", "vais", "vas", "allons", "allez", "ira", "iront", "doit", "doivent", "devra", "devront", "prévu", "prévue",
            "prévus", "prévues", "prévoit", "prévoient", "fixé", "fixée", "fixés", "fixées", "programmé", "programmée", "rendez-vous",
            "demain", "après-demain", "prochain", "prochaine", "prochains", "prochaines", "bientôt",
        ],
        PastTenseEndings = ["ait", "aient", "èrent"],
        FutureTenseEndings = ["ra", "ras", "rai", "rons", "rez", "ront"],
        NeutralTenseEndings = ["rait", "raient", "rais"],
        TenseEndingExceptions =
        [
            "caméra", "caméras", "opéra", "opéras", "extra", "ultra", "mantra", "tiara", "vrai", "environs", "marrons", "citrons",
            "patrons", "escadrons", "front", "affront", "fait", "lait", "trait", "attrait", "portrait", "souhait", "retrait",
            "extrait", "parfait", "bienfait", "méfait", "forfait", "distrait", "abstrait", "sujet", "ensemble",
        ],

        // The French TimeBank types PRESENT_REF, PAST_REF and FUTURE_REF as TIME.
        ReferenceType = TimeType.Time,

        Patterns = FrenchTimePatterns.All,
    };
}
