using System.Collections.Frozen;
using Vigie.Actors;
using Vigie.Entities.Tagging;
using Vigie.Kb;
using Vigie.Languages;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Pipeline;

/// <summary>
/// The mutable recipe of a pipeline: which language identifier, which per-language rules and
/// named-entity taggers. <see cref="Build"/> freezes it into an <see cref="AnalysisPipeline"/>.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly Dictionary<string, TextRules> _languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeRules> _times = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<EntityTagger?>> _taggers = new(StringComparer.Ordinal);
    private LanguageIdentifier _identifier = LanguageIdentifier.Default;
    private Func<KnowledgeBase> _knowledgeBase = static () => KnowledgeBase.Default;

    /// <summary>
    /// A builder with the languages Vigie knows best, French and English, with their shipped
    /// named-entity models (each loaded the first time a text of its language is analysed).
    /// </summary>
    public static AnalysisPipelineBuilder CreateDefault() =>
        new AnalysisPipelineBuilder()
            .AddLanguage(TextRules.For("fr")).UseEntityTagger("fr", () => EntityTagger.ForLanguage("fr"))
            .AddLanguage(TextRules.For("en")).UseEntityTagger("en", () => EntityTagger.ForLanguage("en"))
            .AddTimeRules(TimeRules.French).AddTimeRules(TimeRules.English);

    public AnalysisPipelineBuilder UseLanguageIdentifier(LanguageIdentifier identifier)
    {
        _identifier = identifier;
        return this;
    }

    /// <summary>The actor knowledge base (default: the embedded one, loaded on the first article); e.g. with the user overlay applied.</summary>
    public AnalysisPipelineBuilder UseKnowledgeBase(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _knowledgeBase = () => knowledgeBase;
        return this;
    }

    /// <summary>The actor knowledge base, made when the first article needs it.</summary>
    public AnalysisPipelineBuilder UseKnowledgeBase(Func<KnowledgeBase> knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _knowledgeBase = knowledgeBase;
        return this;
    }

    public AnalysisPipelineBuilder AddLanguage(TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _languages[rules.Language] = rules;
        return this;
    }

    /// <summary>
    /// The time expression rules of a language (by default <see cref="TimeRules.For"/> its code); a
    /// language given time rules but no text rules gets the default text rules.
    /// </summary>
    public AnalysisPipelineBuilder AddTimeRules(TimeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _times[rules.Language] = rules;
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

    public AnalysisPipeline Build()
    {
        var knowledgeBase = new Lazy<KnowledgeBase>(_knowledgeBase, LazyThreadSafetyMode.ExecutionAndPublication);
        return new(
            _identifier,
            _languages.Keys.Union(_times.Keys).ToFrozenDictionary(
                language => language,
                language => Parts(_languages.GetValueOrDefault(language, TextRules.Default), language, knowledgeBase),
                StringComparer.Ordinal),
            new LanguageParts(TextRules.Default, ActorRules.Default, knowledgeBase));
    }

    private LanguageParts Parts(TextRules text, string language, Lazy<KnowledgeBase> knowledgeBase)
    {
        var tagger = _taggers.GetValueOrDefault(language);
        return _times.TryGetValue(language, out var times)
            ? new LanguageParts(text, ActorRules.For(language), knowledgeBase, tagger) { Times = new TimeTagger(times) }
            : new LanguageParts(text, ActorRules.For(language), knowledgeBase, tagger);
    }
}
