using BenchmarkDotNet.Attributes;
using Vigie.Languages;
using Vigie.Text;
using Vigie.Times;

namespace Vigie.Benchmarks;

/// <summary>
/// The time stage alone (tokens and sentences given): on about 1 MB of the sample articles, for MB/s,
/// and on each sample article of the language with its own publication date, for articles per second.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private readonly List<Token> _tokens = new(300_000);
    private readonly List<TextSpan> _sentences = new(20_000);
    private readonly List<(string Text, List<Token> Tokens, List<TextSpan> Sentences, DateOnly? Published)> _articles = [];
    private string _text = "";
    private TimeTagger _tagger = null!;

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        var rules = TextRules.For(Language);
        var tokenizer = new Tokenizer(rules);
        var splitter = new SentenceSplitter(rules);
        _tagger = new TimeTagger(TimeRules.For(Language));
        _text = BenchmarkCorpus.LongText();
        tokenizer.Tokenize(_text, _tokens);
        splitter.Split(_text, _tokens, _sentences);
        foreach (var article in BenchmarkCorpus.Articles.Where(a => (a.Language ?? LanguageIdentifier.Default.Identify(a.Text).Code) == Language))
        {
            var tokens = new List<Token>();
            var sentences = new List<TextSpan>();
            tokenizer.Tokenize(article.Text, tokens);
            splitter.Split(article.Text, tokens, sentences);
            _articles.Add((article.Text, tokens, sentences, article.Published));
        }
    }

    /// <summary>Characters per operation of <see cref="TagLongText"/>, to turn the mean time into MB/s.</summary>
    public int Characters => _text.Length;

    /// <summary>The number of sample articles <see cref="TagSampleArticles"/> tags per operation.</summary>
    public int Articles => _articles.Count;

    [Benchmark]
    public int TagLongText() => _tagger.Tag(_text, _tokens, _sentences, new DateOnly(2025, 9, 5)).Count;

    [Benchmark]
    public int TagSampleArticles()
    {
        var found = 0;
        foreach (var (text, tokens, sentences, published) in _articles)
        {
            found += _tagger.Tag(text, tokens, sentences, published).Count;
        }

        return found;
    }
}
