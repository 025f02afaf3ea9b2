using Vigie.Text;
using Vigie.Times;

namespace Vigie.Pipeline;

/// <summary>The per-language pieces of the pipeline, built once and shared by every analysis.</summary>
internal sealed class LanguageParts(TextRules rules)
{
    public Tokenizer Tokenizer { get; } = new(rules);

    public SentenceSplitter Sentences { get; } = new(rules);

    public TimeTagger Times { get; init; } = new(TimeRules.For(rules.Language));
}
