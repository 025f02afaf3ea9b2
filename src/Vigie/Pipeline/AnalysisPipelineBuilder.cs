using System.Collections.Frozen;
using Vigie.Entities.Tagging;
using Vigie.Languages;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>
/// The mutable recipe of a pipeline: which language identifier, which per-language rules and
/// named-entity taggers. <see cref="Build"/> freezes it into an <see cref="AnalysisPipeline"/>.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly Dictionary<string, TextRules> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<EntityTagger?>> _taggers = new(StringComparer.Ordinal);
    private LanguageIdentifier _identifier = LanguageIdentifier.Default;

    /// <summary>
    /// A builder with the languages Vigie knows best, French and English, with their shipped
    /// named-entity models (each loaded the first time a text of its language is analysed).
    /// </summary>
    public static AnalysisPipelineBuilder CreateDefault() =>
        new AnalysisPipelineBuilder()
            .AddLanguage(TextRules.For("fr")).UseEntityTagger("fr", () => EntityTagger.ForLanguage("fr"))
            .AddLanguage(TextRules.For("en")).UseEntityTagger("en", () => EntityTagger.ForLanguage("en"));

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

    /// <summary>
    /// Finds named entities in texts of <paramref name="language"/> (which must have been added)
    /// with the tagger <paramref name="load"/> gives, called once, on first use; null means none.
    /// </summary>
    public AnalysisPipelineBuilder UseEntityTagger(string language, Func<EntityTagger?> load)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(load);
        if (!_languages.ContainsKey(language))
        {
            throw new InvalidOperationException($"Add the language '{language}' (AddLanguage) before its entity tagger.");
        }

        _taggers[language] = load;
        return this;
    }

    /// <summary>Finds no named entities in texts of <paramref name="language"/>.</summary>
    public AnalysisPipelineBuilder WithoutEntityTagger(string language)
    {
        _taggers.Remove(language);
        return this;
    }

    public AnalysisPipeline Build() => new(
        _identifier,
        _languages.ToFrozenDictionary(pair => pair.Key, pair => new LanguageParts(pair.Value, _taggers.GetValueOrDefault(pair.Key)), StringComparer.Ordinal),
        new LanguageParts(TextRules.Default));
}
