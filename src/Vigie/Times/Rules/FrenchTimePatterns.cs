using K = Vigie.Times.TimePatternKind;

namespace Vigie.Times.Rules;

/// <summary>
/// The patterns of French time expressions (syntax: <see cref="TimePattern"/>; classes: docs/TIMES.md).
/// At one place the match that reaches furthest wins, so order matters only between patterns that
/// cover the same words.
/// </summary>
public static class FrenchTimePatterns
{
    /// <summary>Words after which « de N ans » is a duration, not an age.</summary>
    private const string DurationNouns =
        "peine|peines|période|durée|mandat|contrat|plan|programme|délai|bail|exil|absence|emprisonnement|réclusion|prison|trêve|"
        + "moratoire|interdiction|suspension|retard|sursis|stage|séjour|congé|détention|attente|service|engagement|prolongation|"
        + "espace|bout|terme|cours|plus|moins|près|environ|total|horizon|investissement|budget|projet|accord|programme";

    public static IReadOnlyList<TimePattern> All { get; } =
    [
        // Not times: ages (« un chauffeur de 38 ans », « Jean Burget, 87 ans, », « à l’âge de 114 ans »,
        // « les moins de 17 ans »), unless a noun of duration or a quantity comes before « de »
        // (« une peine de 2 ans », « plus de vingt ans »).
        new("!" + DurationNouns + " <de|d'> une? {count} de|d'? ans|années", K.Exclusion),
        new("<,|(> {number} ans <,|.|)|;>", K.Exclusion),
        new("<à> l' âge de {count} ans", K.Exclusion),
        new("les moins|plus de {count} ans", K.Exclusion),
        new("<-> {number} ans", K.Exclusion),
        new("<de> {number} à {number} ans", K.Exclusion),

        // Dates with a day: « le jeudi 4 septembre 2025 », « 3 septembre », « le 6 mai dernier ».
        new("le? {weekday}? {day} {month} {year}", K.Date),
        new("le? {weekday}? {day} {month} {year2}", K.Date),
        new("le? {weekday}? {day} {month} {past}|{future}", K.Date),
        new("le? {weekday}? {day} {month}", K.Date),
        new("le? {weekday}? {day} {midmonth}", K.Date),
        new("le? {numdate}", K.NumericDate),

        // Days coordinated before their month: « les 6 et 13 avril » is « les 6 » (of April) and « 13 avril ».
        new("les|le {weekday}? {day} <et|ou> <le?> <{weekday}?> <{day}> <{month}> <{year}|{year2}|{past}|{future}?>", K.Date),
        new("les {day} <,> <{day}> <et> <{day}> <{month}> <{year}|{year2}|{past}|{future}?>", K.Date),
        new("<,> {day} <et> <{day}> <{month}> <{year}|{year2}|{past}|{future}?>", K.Date),

        // Months and years: « septembre 2025 », « début octobre », « mi-mai », « juin prochain », « en 2024 ».
        new("{boundary} {month} {year}?", K.Date),
        new("{boundary} {year}", K.Date),
        new("{midmonth} {year}?", K.Date),
        new("{month} {year}", K.Date),
        new("{month} {year2}", K.Date),
        new("{month} {past}|{future}", K.Date),
        new("le? mois de|d' {month} {year}?", K.Date),
        new("{month}", K.Date),
        new("l' année|an {year}", K.Date),
        new("{year}", K.Year),

        // Days of the week: « jeudi », « mardi soir », « vendredi dernier », « la nuit de lundi à mardi ».
        new("{this} même? {weekday} {partofday}?", K.Weekday),
        new("{weekday} {partofday} {past}|{future}?", K.Weekday),
        new("{weekday} {past}|{future}", K.Weekday),
        new("{weekday}", K.Weekday),
        new("la {partofday} de|du {weekday} à|au {weekday}", K.Weekday),
        new("la|le|l' {partofday} de|du {weekday}", K.Weekday),

        // Days named from today: « hier soir », « hier en début d’après-midi », « aujourd’hui vendredi ».
        new("{relday} {partofday}", K.RelativeDay),
        new("{relday} à {hour} h|heures {minute}?", K.RelativeDay),
        new("{relday} à {clock}", K.RelativeDay),
        new("{hour} h {minute}? ,? {relday}", K.RelativeDay),
        new("{clock} ,? {relday}", K.RelativeDay),
        new("{relday} en? {boundary} d'|de {partofday}", K.RelativeDay),
        new("{relday} {weekday}?", K.RelativeDay),
        new("la|le|l' {partofday} d'|de {relday}", K.RelativeDay),
        new("{this} {partofday}", K.PartOfDay),
        new("<dans|durant|pendant|dès|de> la|le|l' {partofday}", K.PartOfReferenceDay),
        new("<en> {boundary}? d'|de {partofday}", K.PartOfReferenceDay),
        new("<en> {partofday}", K.PartOfReferenceDay),
        new("la|l' {partofday}", K.PartOfReferenceDay),
        new("le lendemain {partofday}?", K.Anaphoric, 1),
        new("lendemain", K.Anaphoric, 1),
        new("le surlendemain", K.Anaphoric, 2),
        new("la veille {partofday}?", K.Anaphoric, -1),
        new("l' avant-veille", K.Anaphoric, -2),
        new("le même jour", K.Anaphoric, 0),
        new("le jour même", K.Anaphoric, 0),
        new("ce jour-là", K.Anaphoric, 0),
        new("ce moment-là", K.SameMoment),
        new("ce moment là", K.SameMoment),
        new("cette heure-là", K.SameMoment),
        new("cette heure là", K.SameMoment),
        new("<à> la même époque|période", K.SameTimeOfYear),
        new("le {partofday} même", K.Anaphoric, 0),

        new("la nouvelle année", K.NewYear),

        // Periods: « la semaine dernière », « cette année », « ce mois-ci », « la fin de l’année », « ce week-end ».
        new("{this} {unit}", K.RelativePeriod),
        new("la|le|l' {unit} suivant|suivante", K.ReferencePeriod, 1),
        new("la|le|l' {unit} précédent|précédente", K.ReferencePeriod, -1),
        new("la|le|l' {unit} {past}|{future}", K.RelativePeriod),
        new("<du|au|des|aux> {unit} {past}|{future}", K.RelativePeriod),
        new("la? {boundary} de|d' l'|la|le {unit} {past}|{future}?", K.RelativePeriod),
        new("la? {boundary} de|d' {this} {unit}", K.RelativePeriod),
        new("la? {boundary} du {unit} {past}|{future}?", K.RelativePeriod),
        new("<en> {boundary} de|d' {unit}", K.RelativePeriod),
        new("plus tôt {this} {unit}", K.EarlierOrLater, -1),
        new("plus tôt dans l'|la|le {unit}", K.EarlierOrLater, -1),
        new("plus tard {this} {unit}", K.EarlierOrLater, 1),
        new("plus tard dans l'|la|le {unit}", K.EarlierOrLater, 1),

        // Counted from publication: « il y a trois jours », « il y a quelques jours », « dans deux semaines ».
        new("il y a {count} {unit}", K.Offset, -1),
        new("il y a une? {count} de|d' {unit}", K.Offset, -1),
        new("dans {count} {unit}", K.Offset, 1),
        new("dans une? {count} de|d' {unit}", K.Offset, 1),
        new("d' ici {count} {unit}", K.Offset, 1),
        new("{count} {unit} plus tôt", K.ReferenceOffset, -1),
        new("{count} {unit} auparavant", K.ReferenceOffset, -1),
        new("{count} {unit} plus tard", K.ReferenceOffset, 1),

        // The recent past and the near future: « ces derniers jours », « les prochaines semaines ».
        new("ces {past} {unit}", K.Recent),
        new("ces {count} {past} {unit}", K.Recent),
        new("ces {past} {count} {unit}", K.Recent),
        new("les {count} {past} {unit}", K.Recent),
        new("<au> <cours> des {past} {unit}", K.Recent),
        new("les {future} {unit}", K.Upcoming),
        new("les {count} {future} {unit}", K.Upcoming),
        new("les {unit} à venir", K.Upcoming),

        // Hours written « h » are a length of time after a word of duration (« pendant 2 h 30 », « en 24 h »).
        new("<pendant|durant|en|duré|dure|durera> {count} h {minute}?", K.Duration),

        // Times of day: « 14 h 30 », « 14h30 », « à 14 heures », « vers midi ».
        new("{clock}", K.Clock),
        new("{hour} h {minute}?", K.Clock),
        new("<à|vers|dès|jusqu'> {hour} heures|heure {minute}?", K.Clock),
        new("{hour} h {minute}? du|de la|l'? {partofday}", K.Clock),
        new("<à|vers|dès|jusqu'> {hour} heures|heure {minute}? du|de la|l'? {partofday}", K.Clock),
        new("<à|vers|avant|après|dès|jusqu'|de|depuis> midi", K.Clock, 0, "12:00"),
        new("<à|vers|avant|après|dès|jusqu'|de|depuis> minuit", K.Clock, 0, "00:00"),

        // Durations: « trois jours », « un an et demi », « une dizaine de jours », « un quart de siècle ».
        new("{count} {unit} et demi|demie", K.Duration, 50),
        new("{count} {unit}", K.Duration),
        new("une? {count} de|d' {unit}", K.Duration),
        new("un quart de|d' {unit}", K.Duration, -25),
        new("quinquennat|septennat", K.Duration),
        new("des années|mois|décennies|siècles", K.Duration, 0, "X"),

        // Seasons and holidays: « l’été dernier », « cet hiver », « au printemps 2024 », « Noël », « lundi de Pâques ».
        new("l' {season} {past}|{future}?", K.Season),
        new("l' {season} {year}", K.Season),
        new("{this} {season}", K.Season),
        new("<en|au> {season} {year}", K.Season),
        new("<en|au> {season}", K.Season, 1),
        new("{season} {year}", K.Season),
        new("les mois d'|de {season}", K.Season, 1),
        new("{season} <comme> <{season}>", K.Season, 2),
        new("<comme> {season}", K.Season, 2),
        new("{holiday} {year}?", K.Holiday),
        new("{this}|la fête de|du? {holiday} {year}?", K.Holiday),
        new("lundi de pâques", K.Holiday, 0, "easter+1"),
        new("lundi de pentecôte", K.Holiday, 0, "easter+50"),
        new("vendredi saint", K.Holiday, 0, "easter-2"),
        new("mardi gras", K.Holiday, 0, "easter-47"),
        new("jour de l' an", K.Holiday, 0, "01-01"),
        new("nouvel an", K.Holiday, 0, "01-01"),
        new("fête du travail", K.Holiday, 0, "05-01"),

        // Decades, centuries, quarters: « les années 60 », « début des années 1990 », « le XIXe siècle », « le premier trimestre 2024 ».
        new("les années {count}", K.Decade),
        new("<des|aux> années {count}", K.Decade),
        new("la? {boundary} des années {count}", K.Decade),
        new("le? {ordinal} siècle", K.Century),
        new("la? {boundary} du {ordinal} siècle", K.Century),
        new("le? {ordinal} {unit} de|d'? {year}?", K.PartOfYear),

        // Sets: « chaque lundi », « tous les jours », « toutes les deux semaines ».
        new("chaque {weekday}", K.Set),
        new("chaque {unit}", K.Set),
        new("chaque {partofday}", K.Set),
        new("tous les {weekdays}", K.Set),
        new("tous|toutes les {unit}", K.Set),
        new("tous|toutes les {count} {unit}", K.Set),
        new("<par> {unit}", K.Set),
        new("quotidiennement", K.Set, 0, "P1D"),
        new("annuellement", K.Set, 0, "P1Y"),
        new("annuel|annuelle|annuels|annuelles", K.Set, 0, "P1Y"),

        // Now, the past, the future.
        new("maintenant", K.Reference, 0, "PRESENT_REF"),
        new("actuellement", K.Reference, 0, "PRESENT_REF"),
        new("désormais", K.Reference, 0, "PRESENT_REF"),
        new("actuel|actuelle|actuels|actuelles", K.Reference, 0, "PRESENT_REF"),
        new("dorénavant", K.Reference, 0, "PRESENT_REF"),
        new("à présent", K.Reference, 0, "PRESENT_REF"),
        new("pour l' instant", K.Reference, 0, "PRESENT_REF"),
        new("pour le moment", K.Reference, 0, "PRESENT_REF"),
        new("en ce moment", K.Reference, 0, "PRESENT_REF"),
        new("à l' heure actuelle", K.Reference, 0, "PRESENT_REF"),
        new("de nos jours", K.Reference, 0, "PRESENT_REF"),
        new("l' avenir", K.Reference, 0, "FUTURE_REF"),
        new("le futur", K.Reference, 0, "FUTURE_REF"),
        new("prochainement", K.Reference, 0, "FUTURE_REF"),
        new("prochain|prochaine|prochains|prochaines", K.Reference, 0, "FUTURE_REF"),
        new("auparavant", K.Reference, 0, "PAST_REF"),
        new("autrefois", K.Reference, 0, "PAST_REF"),
        new("jadis", K.Reference, 0, "PAST_REF"),
        new("naguère", K.Reference, 0, "PAST_REF"),
        new("récemment", K.Reference, 0, "PAST_REF"),
        new("dernièrement", K.Reference, 0, "PAST_REF"),
        new("ces {past} temps", K.Reference, 0, "PAST_REF"),
        new("<à> l' époque", K.Reference, 0, "PAST_REF"),
    ];
}
