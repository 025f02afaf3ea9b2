namespace Vigie.Events;

/// <summary>Where an event's date comes from.</summary>
public enum EventDating : byte
{
    /// <summary>No date is known.</summary>
    None,

    /// <summary>The article's publication day: no time expression of the text governs the event.</summary>
    Publication,

    /// <summary>A time expression of the event's clause or sentence (the times stage, <see cref="EventDates"/>).</summary>
    Text,
}
