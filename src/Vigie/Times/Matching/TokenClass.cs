namespace Vigie.Times.Matching;

/// <summary>
/// The classes a pattern element may ask for (<c>{month}</c>, <c>{day}</c> …). A token belongs to
/// several at once ("3" is a day, an hour and a count): each is one bit of <see cref="TimeToken.Classes"/>.
/// </summary>
internal enum TokenClass : byte
{
    /// <summary>A month name (« septembre », "Sept.").</summary>
    Month,

    /// <summary>A month in its middle, one token (« mi-mai », "mid-September").</summary>
    MidMonth,

    /// <summary>A day name.</summary>
    Weekday,

    /// <summary>A plural day name (« lundis », "Mondays").</summary>
    WeekdayPlural,

    /// <summary>A day of the month: 1 to 31 in one or two figures, « 1er », "3rd", « premier ».</summary>
    Day,

    /// <summary>Four figures from 1000 to 2999.</summary>
    Year,

    /// <summary>Two figures ("98" in « octobre 98 »).</summary>
    Year2,

    /// <summary>A quantity: figures, a number word, a round estimate (« dizaine ») or a vague word (« quelques »).</summary>
    Count,

    /// <summary>Figures only.</summary>
    Number,

    /// <summary>An ordinal: « 3e », "21st", « XIXe », « deuxième ».</summary>
    Ordinal,

    /// <summary>A unit word.</summary>
    Unit,

    /// <summary>A day named from today (« hier »).</summary>
    RelativeDay,

    /// <summary>A part of the day (« soir »).</summary>
    PartOfDay,

    /// <summary>A season.</summary>
    Season,

    /// <summary>A one-word holiday.</summary>
    Holiday,

    /// <summary>A word pointing back (« dernier »).</summary>
    Past,

    /// <summary>A word pointing forward (« prochain »).</summary>
    Future,

    /// <summary>A demonstrative (« ce »).</summary>
    This,

    /// <summary>A beginning, middle or end word (« début »).</summary>
    Boundary,

    /// <summary>A time of day in one token: « 14h30 », "15:00", "3pm".</summary>
    Clock,

    /// <summary>A date in figures in one token.</summary>
    NumericDate,

    /// <summary>A decade in one token ("1990s").</summary>
    Decade,

    /// <summary>"a.m." or "p.m.".</summary>
    Meridiem,

    /// <summary>0 to 24 in one or two figures.</summary>
    Hour,

    /// <summary>0 to 59 in one or two figures.</summary>
    Minute,

    /// <summary>A relative day that is also a part of a day ("tonight").</summary>
    RelativePartOfDay,
}
