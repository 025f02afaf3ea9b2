using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>The per-language pieces of the pipeline, built once and shared by every analysis.</summary>
internal sealed class LanguageParts(TextRules rules, Func<EntityTagger?>? entities = null)
{
    private readonly Lazy<EntityTagger?> _entities = new(entities ?? (() => null), LazyThreadSafetyMode.ExecutionAndPublication);

    public Tokenizer Tokenizer { get; } = new(rules);

    public SentenceSplitter Sentences { get; } = new(rules);

    /// <summary>The named-entity tagger, loaded on first use; null when the language has none.</summary>
    public EntityTagger? Entities => _entities.Value;
}
