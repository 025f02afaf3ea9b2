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

    /// <summary>
    /// The one day the text gives to the same speaker's other words: a quote with no date of its own in a
    /// speech dated elsewhere (« Rutte a noté jeudi … Il a poursuivi : « … » »), or an event that is the act of
    /// saying it (« X a averti »). See <see cref="Quotes.QuoteDates.ShareSpeechDay"/>.
    /// </summary>
    Speech,
}
