using BenchmarkDotNet.Attributes;
using Vigie.Events;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Benchmarks;

/// <summary>The event stage alone (tokens, sentences and quotes given) on about 1 MB of French and English news text.</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private readonly List<Token> _tokens = new(300_000);
    private readonly List<TextSpan> _sentences = new(20_000);
    private IReadOnlyList<Quote> _quotes = [];
    private string _text = "";
    private EventFinder _finder = null!;

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.LongText();
        var rules = TextRules.For(Language);
        new Tokenizer(rules).Tokenize(_text, _tokens);
        new SentenceSplitter(rules).Split(_text, _tokens, _sentences);
        _quotes = new QuoteFinder(QuoteRules.For(Language)!).Find(_text, _tokens, _sentences);
        _finder = new EventFinder(EventRules.For(Language)!);
    }

    [Benchmark]
    public int FindEvents() => _finder.Find(_text, _tokens, _sentences, _quotes, new DateOnly(2025, 9, 5)).Count;
}
