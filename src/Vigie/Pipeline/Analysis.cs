using Vigie.Actors;
using Vigie.Documents;
using Vigie.Entities;
using Vigie.Events;
using Vigie.Languages;
using Vigie.Quotes;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Pipeline;

/// <summary>
/// What the pipeline made of one article: the article itself and annotations that all point into
/// <see cref="Article.Text"/> by offsets. Immutable; each stage adds its own part and edits none.
/// </summary>
/// <param name="Entities">The actor stage's result: every actor of the article (knowledge-base or
/// document-local) with its mentions, including the pronouns and role nouns tied to it (coreference:
/// <see cref="ActorMention.How"/> = <see cref="MentionSource.Coref"/>, <see cref="ActorMention.Antecedent"/>).</param>
public sealed record Analysis(
    Article Article,
    LanguageGuess Language,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<ResolvedEntity> Entities)
{
    /// <summary>
    /// The named-entity tagger's mentions in text order, never overlapping, each inside one sentence;
    /// empty for languages without a model (fr and en have one). The actor stage starts from them.
    /// </summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];

    /// <summary>Quotations with the words naming their speakers (the Quotes stage).</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The time expressions, in text order, resolved against the publication date (the Times stage).</summary>
    public IReadOnlyList<TimeExpression> Times { get; init; } = [];

    /// <summary>PLOVER events with the words naming their actors, place, trigger and status (the Events stage).</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];
}
