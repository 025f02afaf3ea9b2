using Vigie.Text;
using Vigie.Times;

namespace Vigie.Quotes;

/// <summary>
/// A quotation found in an article. <see cref="Content"/> covers the quoted words inside the marks
/// (marks and the spaces next to them excluded) or, for indirect speech, the reported clause.
/// <see cref="Speaker"/> is the span of the words that name the speaker (a name, a role phrase, a
/// pronoun), which the actor stage resolves to an entity; it is null when no speaker can be found,
/// and for a <see cref="SpeakerClue.Continuation"/> (the speaker is the previous quote's).
/// </summary>
public sealed record Quote(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    TextSpan? Speaker,
    SpeakerClue Clue,
    double Confidence)
{
    /// <summary>The entity (an <c>Analysis.Entities</c> id) the speaker words resolve to; null when none is certain.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>When it was said (<see cref="QuoteDates"/>): the time governing its cue, else the publication day.</summary>
    public FactDate Date { get; init; }
}
