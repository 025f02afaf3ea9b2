using BenchmarkDotNet.Attributes;
using Vigie.Text;

namespace Vigie.Benchmarks;

/// <summary>Tokenizer and sentence splitter throughput on about 1 MB of French and English news text.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly List<Token> _tokens = new(300_000);
    private readonly List<TextSpan> _sentences = new(20_000);
    private string _text = "";
    private Tokenizer _tokenizer = null!;
    private SentenceSplitter _splitter = null!;

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.LongText();
        var rules = TextRules.For(Language);
        _tokenizer = new Tokenizer(rules);
        _splitter = new SentenceSplitter(rules);
        _tokenizer.Tokenize(_text, _tokens);
    }

    /// <summary>Bytes of text per operation, to turn the mean time into MB/s.</summary>
    public int Characters => _text.Length;

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int SplitSentences()
    {
        _sentences.Clear();
        _splitter.Split(_text, _tokens, _sentences);
        return _sentences.Count;
    }
}
