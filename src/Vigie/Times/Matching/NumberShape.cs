namespace Vigie.Times.Matching;

/// <summary>What a token written with figures is, as far as dates and times are concerned.</summary>
internal enum NumberShape : byte
{
    /// <summary>No figures, or figures that are none of the shapes below.</summary>
    None,

    /// <summary>Figures only ("2025", "3"), or grouped ("1 500": then no year, day or hour).</summary>
    Integer,

    /// <summary>A number with a decimal part ("30,4").</summary>
    Decimal,

    /// <summary>An ordinal ("1er", "3rd", « XIXe »).</summary>
    Ordinal,

    /// <summary>A time of day ("14h30", "15:00", "3pm").</summary>
    Clock,

    /// <summary>A date ("2025-09-03", « 03/09/2025 », "2025-09").</summary>
    Date,

    /// <summary>A decade ("1990s").</summary>
    Decade,
}
