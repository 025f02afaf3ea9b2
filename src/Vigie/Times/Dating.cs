namespace Vigie.Times;

/// <summary>Where the date of a fact (a quote, an event) comes from.</summary>
public enum Dating : byte
{
    /// <summary>No date is known.</summary>
    None,

    /// <summary>The article's publication day: no time expression of the text governs the fact.</summary>
    Publication,

    /// <summary>A time expression of the fact's clause or sentence (the times stage, <see cref="FactDate"/>).</summary>
    Text,
}
