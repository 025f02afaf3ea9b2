using BenchmarkDotNet.Attributes;
using Vigie.Entities;
using Vigie.Entities.Tagging;
using Vigie.Languages;
using Vigie.Text;

namespace Vigie.Benchmarks;

/// <summary>
/// Named entities: the tagger alone (model loaded, text already tokenised and split) on the sample
/// articles of its language, repeated to exactly <see cref="Tokens"/> tokens, so that the mean time
/// is the time per token (tokens/s = 1 / mean); and loading each model from its embedded bytes.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    /// <summary>Tokens per operation.</summary>
    public const int Tokens = 100_000;

    private readonly List<EntityMention> _mentions = new(10_000);
    private string _text = "";
    private List<Token> _tokens = [];
    private readonly List<TextSpan> _sentences = [];
    private EntityTagger _tagger = null!;
    private byte[] _model = [];

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        var articles = BenchmarkCorpus.Articles.Where(a => (a.Language ?? LanguageIdentifier.Default.Identify(a.Text).Code) == Language).ToArray();
        var builder = new System.Text.StringBuilder();
        var rules = TextRules.For(Language);
        var tokenizer = new Tokenizer(rules);
        while (_tokens.Count < Tokens)
        {
            foreach (var article in articles)
            {
                builder.Append(article.Text).Append("\n\n");
            }

            _text = builder.ToString();
            _tokens.Clear();
            tokenizer.Tokenize(_text, _tokens);
        }

        _tokens = _tokens[..Tokens];
        _text = _text[.._tokens[^1].End];
        new SentenceSplitter(rules).Split(_text, _tokens, _sentences);
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(EntityTagger.ResourceName(Language))!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _model = copy.ToArray();
        _tagger = EntityTagger.Load(_model);
    }

    /// <summary>Tags <see cref="Tokens"/> tokens: the mean is per token.</summary>
    [Benchmark(OperationsPerInvoke = Tokens)]
    public int TagTokens()
    {
        _mentions.Clear();
        _tagger.Tag(_text, _tokens, _sentences, _mentions);
        return _mentions.Count;
    }

    /// <summary>Reads the model from its bytes (decompression, tables).</summary>
    [Benchmark]
    public EntityTagger LoadModel() => EntityTagger.Load(_model);
}
