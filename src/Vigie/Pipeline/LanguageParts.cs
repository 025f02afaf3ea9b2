using Vigie.Events;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>The per-language pieces of the pipeline, built once and shared by every analysis.</summary>
internal sealed class LanguageParts(TextRules rules)
{
    public Tokenizer Tokenizer { get; } = new(rules);

    public SentenceSplitter Sentences { get; } = new(rules);

    /// <summary>The quote finder, for languages with quote rules (French, English).</summary>
    public QuoteFinder? Quotes { get; } = QuoteRules.For(rules.Language) is { } quoteRules ? new QuoteFinder(quoteRules) : null;

    /// <summary>The event coder, for languages with event rules (French, English).</summary>
    public EventFinder? Events { get; } = EventRules.For(rules.Language) is { } eventRules ? new EventFinder(eventRules) : null;
}
