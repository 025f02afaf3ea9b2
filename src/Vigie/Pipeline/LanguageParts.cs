using Vigie.Actors;
using Vigie.Entities.Tagging;
using Vigie.Events;
using Vigie.Kb;
using Vigie.Quotes;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Pipeline;

/// <summary>The per-language pieces of the pipeline, built once and shared by every analysis.</summary>
internal sealed class LanguageParts(TextRules rules, ActorRules actorRules, Lazy<KnowledgeBase> knowledgeBase, Func<EntityTagger?>? entities = null)
{
    // The knowledge base and the tagger's model are loaded on the first article that needs them, not when the pipeline is built.
    private readonly Lazy<ActorLinker> _actors = new(() => new ActorLinker(knowledgeBase.Value, actorRules), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<EntityTagger?> _entities = new(entities ?? (() => null), LazyThreadSafetyMode.ExecutionAndPublication);

    public Tokenizer Tokenizer { get; } = new(rules);

    public SentenceSplitter Sentences { get; } = new(rules);

    /// <summary>The quote finder, for languages with quote rules (French, English).</summary>
    public QuoteFinder? Quotes { get; } = QuoteRules.For(rules.Language) is { } quoteRules ? new QuoteFinder(quoteRules) : null;

    public TimeTagger Times { get; init; } = new(TimeRules.For(rules.Language));

    public ActorLinker Actors => _actors.Value;

    /// <summary>The event coder, for languages with event rules (French, English).</summary>
    public EventFinder? Events { get; } = EventRules.For(rules.Language) is { } eventRules ? new EventFinder(eventRules) : null;

    /// <summary>The named-entity tagger, loaded on first use; null when the language has none.</summary>
    public EntityTagger? Entities => _entities.Value;
}
