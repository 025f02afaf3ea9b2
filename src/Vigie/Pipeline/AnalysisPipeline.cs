using System.Collections.Frozen;
using Vigie.Documents;
using Vigie.Languages;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Pipeline;

/// <summary>
/// The frozen analysis pipeline: built once by <see cref="AnalysisPipelineBuilder"/>, then used from any
/// number of threads. Stages run in order and each reads only what the earlier ones produced.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly LanguageIdentifier _identifier;
    private readonly FrozenDictionary<string, LanguageParts> _languages;
    private readonly LanguageParts _fallback;

    internal AnalysisPipeline(LanguageIdentifier identifier, FrozenDictionary<string, LanguageParts> languages, LanguageParts fallback)
    {
        _identifier = identifier;
        _languages = languages;
        _fallback = fallback;
    }

    /// <summary>The languages with their own rules; any other language gets the default rules.</summary>
    public IEnumerable<string> Languages => _languages.Keys;

    public Analysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var language = article.Language is { } given
            ? new LanguageGuess(given, 1)
            : _identifier.Identify(article.Text);
        var parts = _languages.GetValueOrDefault(language.Code, _fallback);

        var tokens = new List<Token>(article.Text.Length / 5);
        parts.Tokenizer.Tokenize(article.Text, tokens);
        var sentences = new List<TextSpan>(tokens.Count / 20 + 1);
        parts.Sentences.Split(article.Text, tokens, sentences);
        var mentions = parts.Entities?.Tag(article.Text, tokens, sentences) ?? [];

        var entities = parts.Actors.Link(article.Text, article.Published, tokens, sentences, mentions);
        var times = parts.Times.Tag(article.Text, tokens, sentences, article.Published);
        var quotes = parts.Quotes is { } finder
            ? SpeakerAttribution.Attribute(finder.Find(article.Text, tokens, sentences), entities, article.Text, finder.Rules)
            : [];

        var analysis = new Analysis(article, language, sentences, tokens, entities) { Mentions = mentions, Times = times, Quotes = quotes };
        analysis = analysis with { Quotes = QuoteDates.ShareSpeechDay([.. quotes.Select(quote => QuoteDates.Date(quote, analysis))]) };
        return parts.Events is { } events ? analysis with { Events = events.Find(analysis) } : analysis;
    }
}
