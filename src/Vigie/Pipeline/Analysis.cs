using Vigie.Documents;
using Vigie.Entities;
using Vigie.Languages;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>
/// What the pipeline made of one article: the article itself and annotations that all point into
/// <see cref="Article.Text"/> by offsets. Immutable; each stage adds its own part and edits none.
/// </summary>
/// <param name="Mentions">Named-entity mentions in text order, never overlapping, each inside one
/// sentence; empty for languages without a named-entity model (fr and en have one).</param>
public sealed record Analysis(
    Article Article,
    LanguageGuess Language,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<EntityMention> Mentions);
