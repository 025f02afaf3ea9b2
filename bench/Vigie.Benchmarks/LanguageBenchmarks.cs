using BenchmarkDotNet.Attributes;
using Vigie.Languages;

namespace Vigie.Benchmarks;

/// <summary>Language identification: loading the model, and identifying one article.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private string _article = "";

    [GlobalSetup]
    public void Setup() => _article = BenchmarkCorpus.Articles[0].Text;

    [Benchmark]
    public LanguageIdentifier LoadModel()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream("Vigie.Models.langid.bin")!;
        return LanguageIdentifier.Load(stream);
    }

    [Benchmark]
    public LanguageGuess IdentifyArticle() => LanguageIdentifier.Default.Identify(_article);
}
