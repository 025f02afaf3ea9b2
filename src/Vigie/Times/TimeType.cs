namespace Vigie.Times;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeType : byte
{
    /// <summary>A calendar date or period: « jeudi », "September 2025", « l’an dernier », « ces derniers jours ».</summary>
    Date,

    /// <summary>A time of day, or a part of a day: « 14 h 30 », « hier soir », "now" (PRESENT_REF).</summary>
    Time,

    /// <summary>A length of time: « trois jours » (P3D), "two weeks" (P2W).</summary>
    Duration,

    /// <summary>A recurring time: « chaque lundi » (XXXX-WXX-1), "every year" (P1Y).</summary>
    Set,
}
