namespace Vigie.Events;

/// <summary>Where an event's date comes from.</summary>
public enum EventDating : byte
{
    /// <summary>No date is known.</summary>
    None,

    /// <summary>
    /// The article's publication day, a stand-in until the times stage dates events from the text
    /// (the hook: <see cref="EventFinder.Date"/>).
    /// </summary>
    Publication,

    /// <summary>A time expression of the event's clause (the times stage).</summary>
    Text,
}
