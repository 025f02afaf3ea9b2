using BenchmarkDotNet.Attributes;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Benchmarks;

/// <summary>The quote stage alone (tokens and sentences given) on about 1 MB of French and English news text.</summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly List<Token> _tokens = new(300_000);
    private readonly List<TextSpan> _sentences = new(20_000);
    private string _text = "";
    private QuoteFinder _finder = null!;

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.LongText();
        var rules = TextRules.For(Language);
        new Tokenizer(rules).Tokenize(_text, _tokens);
        new SentenceSplitter(rules).Split(_text, _tokens, _sentences);
        _finder = new QuoteFinder(QuoteRules.For(Language)!);
    }

    [Benchmark]
    public int FindQuotes() => _finder.Find(_text, _tokens, _sentences).Count;
}
