namespace Vigie.Times;

/// <summary>
/// What a pattern means, that is which language-independent rule turns the words it matched into a
/// value. Patterns (<see cref="TimePattern"/>) are per-language data; these meanings are the algorithm.
/// docs/TIMES.md gives the resolution rule of each.
/// </summary>
public enum TimePatternKind : byte
{
    /// <summary>A calendar date from its parts: {day}, {month}, {year} or {year2}, {weekday}, {past}/{future}, {boundary}.</summary>
    Date,

    /// <summary>A year written alone ("1999"), kept only when the words around it say it is a year.</summary>
    Year,

    /// <summary>A date written in figures, one token: "2025-09-03", « 03/09/2025 ».</summary>
    NumericDate,

    /// <summary>A day of the week, with {past}/{future}/{this} or the tense; a {partofday} makes it a TIME.</summary>
    Weekday,

    /// <summary>« hier », « demain », "yesterday"; <see cref="TimePattern.Parameter"/> overrides the offset when the pattern names it ("last night": -1).</summary>
    RelativeDay,

    /// <summary>A part of the publication day: « ce soir », "this morning".</summary>
    PartOfDay,

    /// <summary>A part of the day last mentioned: « dans la nuit », « la soirée ».</summary>
    PartOfReferenceDay,

    /// <summary>A calendar unit relative to publication: « la semaine dernière », « cette année », "next month".</summary>
    RelativePeriod,

    /// <summary>
    /// A calendar unit relative to the time last mentioned: « l’année suivante » (<see cref="TimePattern.Parameter"/>
    /// +1), « le mois précédent » (-1); relative to publication when the text named none at that precision.
    /// </summary>
    ReferencePeriod,

    /// <summary>A count of units before (<see cref="TimePattern.Parameter"/> -1) or after (+1) publication: « il y a trois jours », "in two weeks".</summary>
    Offset,

    /// <summary>A count of units after (+1) or before (-1) the date last mentioned: « trois jours plus tard ».</summary>
    ReferenceOffset,

    /// <summary>The recent past up to publication: « ces derniers jours » (an approximate range); with a count, a duration.</summary>
    Recent,

    /// <summary>The near future after publication: « les prochains jours », "the coming weeks" (an approximate range).</summary>
    Upcoming,

    /// <summary>
    /// A length of time: « trois jours ». <see cref="TimePattern.Parameter"/> 50 adds half a unit (« un
    /// an et demi »), -25 takes a quarter of one (« un quart de siècle »); <see cref="TimePattern.Value"/>
    /// "X" makes the count unknown (« des années »: PXY).
    /// </summary>
    Duration,

    /// <summary>A time of day: « 14 h 30 », "3 p.m.", « midi » (<see cref="TimePattern.Value"/> "12:00").</summary>
    Clock,

    /// <summary>
    /// A season: « l’été dernier », "in spring 2024"; with <see cref="TimePattern.Parameter"/> 1 a season
    /// no tense places is any year's (« en été »: XXXX-SU); with 2 it is any year's whatever the tense
    /// (« été comme hiver »).
    /// </summary>
    Season,

    /// <summary>A holiday: « Noël », "Thanksgiving"; <see cref="TimePattern.Value"/> gives it when the pattern names it.</summary>
    Holiday,

    /// <summary>A decade: « les années 60 », "the 1990s".</summary>
    Decade,

    /// <summary>A century: « le XIXe siècle », "the 20th century".</summary>
    Century,

    /// <summary>A quarter or half of a year: « le premier trimestre 2024 », "the second half".</summary>
    PartOfYear,

    /// <summary>A recurring time: « chaque lundi », "every year"; <see cref="TimePattern.Value"/> fixes the value when given.</summary>
    Set,

    /// <summary>A reference to now, the past or the future: <see cref="TimePattern.Value"/> is PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    Reference,

    /// <summary>A day counted from the date last mentioned: « le lendemain » (+1), « la veille » (-1), "that day" (0).</summary>
    Anaphoric,

    /// <summary>
    /// « à ce moment-là », « à cette heure-là »: the day last mentioned, or the time of day last mentioned
    /// on that day when there is one.
    /// </summary>
    SameMoment,

    /// <summary>
    /// « à la même époque »: the month of publication in the year named beside it in the sentence
    /// (« l’an dernier à la même époque »), else in the publication year.
    /// </summary>
    SameTimeOfYear,

    /// <summary>« la nouvelle année »: the year begun at publication, or the coming one when published in December.</summary>
    NewYear,

    /// <summary>The part of the current unit before (-1) or after (+1) publication: "earlier this month", « plus tard cette année ».</summary>
    EarlierOrLater,

    /// <summary>Words that look like a time expression but are none (an age: « un homme de 38 ans »): they are skipped.</summary>
    Exclusion,
}
