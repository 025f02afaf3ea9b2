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

    /// <summary>
    /// The rest of a quotation its cue splits, inside its own marks ("“We are ready,” she said, “to sign.”", "“…,” he said.
    /// “…”"): one quote of one speaker; null when the quotation is whole.
    /// </summary>
    public TextSpan? Rest { get; init; }

    /// <summary>Where the quote's last words end: its <see cref="Rest"/>'s end, else its content's.</summary>
    public int End => (Rest ?? Content).End;

    /// <summary>Whether the text offset falls among the quoted words, in the content or the rest.</summary>
    public bool Holds(int offset) =>
        (Content.Start <= offset && offset < Content.End) || (Rest is { } rest && rest.Start <= offset && offset < rest.End);

    /// <summary>The quoted words, the rest after its cue joined by « […] » (what a reader of the quote wants to see).</summary>
    public string QuotedWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = text[Content.Start..Content.End];
        return Rest is { } rest ? $"{content} […] {text[rest.Start..rest.End]}" : content;
    }

    /// <summary>When it was said (<see cref="QuoteDates"/>): the time governing its cue, else the publication day.</summary>
    public FactDate Date { get; init; }
}
