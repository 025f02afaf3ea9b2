using Vigie.Documents;
using Vigie.Events;
using Vigie.Languages;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>
/// What the pipeline made of one article: the article itself and annotations that all point into
/// <see cref="Article.Text"/> by offsets. Immutable; each stage adds its own part and edits none.
/// </summary>
public sealed record Analysis(
    Article Article,
    LanguageGuess Language,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Token> Tokens)
{
    /// <summary>Quotations with the words naming their speakers (the Quotes stage).</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>PLOVER events with the words naming their actors, place, trigger and status (the Events stage).</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];
}
