namespace Vigie.Times;

/// <summary>The TIMEX3 <c>mod</c> of an expression: which part of its value, or how exact it is.</summary>
public enum TimeModifier : byte
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary>About that much: « environ deux heures », « vers 15 h », "about a week".</summary>
    Approx,

    /// <summary>The beginning of the period: « début octobre », "early 2024".</summary>
    Start,

    /// <summary>The middle of the period: « mi-mai », "mid-September".</summary>
    Mid,

    /// <summary>The end of the period: « fin 2024 », "late September", "the end of the year".</summary>
    End,

    /// <summary>More than that: « plus de vingt ans », "more than a week".</summary>
    MoreThan,

    /// <summary>Less than that: « moins de deux mois », "less than an hour".</summary>
    LessThan,

    /// <summary>At least that: « au moins trois jours », "at least two years".</summary>
    EqualOrMore,

    /// <summary>At most that: « jusqu’à trois jours », "up to a week".</summary>
    EqualOrLess,
}
