using System.Collections.Frozen;
using Vigie.Languages;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>
/// The mutable recipe of a pipeline: which language identifier, which per-language rules.
/// <see cref="Build"/> freezes it into an <see cref="AnalysisPipeline"/>.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly Dictionary<string, TextRules> _languages = new(StringComparer.Ordinal);
    private LanguageIdentifier _identifier = LanguageIdentifier.Default;

    /// <summary>A builder with the languages Vigie knows best: French and English.</summary>
    public static AnalysisPipelineBuilder CreateDefault() =>
        new AnalysisPipelineBuilder().AddLanguage(TextRules.For("fr")).AddLanguage(TextRules.For("en"));

    public AnalysisPipelineBuilder UseLanguageIdentifier(LanguageIdentifier identifier)
    {
        _identifier = identifier;
        return this;
    }

    public AnalysisPipelineBuilder AddLanguage(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _languages[rules.Language] = rules;
        return this;
    }

    public AnalysisPipeline Build() => new(
        _identifier,
        _languages.ToFrozenDictionary(pair => pair.Key, pair => new LanguageParts(pair.Value), StringComparer.Ordinal),
        new LanguageParts(TextRules.Default));
}
