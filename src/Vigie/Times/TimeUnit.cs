namespace Vigie.Times;

/// <summary>A unit of time, as words name it (« semaine », "quarter", « siècle »).</summary>
public enum TimeUnit : byte
{
    /// <summary>Not a unit.</summary>
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,

    /// <summary>Saturday and Sunday: « ce week-end » is 2025-W36-WE.</summary>
    Weekend,
    Month,
    Quarter,

    /// <summary>Six months: « semestre », "half".</summary>
    Half,
    Year,
    Decade,
    Century,
}
