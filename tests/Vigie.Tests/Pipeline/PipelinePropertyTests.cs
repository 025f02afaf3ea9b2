using CsCheck;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Pipeline;

/// <summary>Every stage survives any text: the whole pipeline, fed hostile strings, keeps its invariants.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    /// <summary>Mixed scripts, quotes of every kind, control characters, lone surrogates, long runs.</summary>
    private static readonly Gen<string> HostileText = Gen.OneOf(
        Gen.String,
        Gen.Char[" \n\t\r\u00a0\u202f«»“”‘’\"'.!?…,;:-–—()[]0123456789aéZßжЖ中文カナ한국ع\u0000\u0007\u200b\ud800\udc00\ufeffM.Dr"].Array[0, 400].Select(chars => new string(chars)),
        Gen.Select(Gen.String[0, 40], Gen.Int[1, 2000], (piece, times) => string.Concat(Enumerable.Repeat(piece, times))));

    [Fact]
    public void Any_text_gets_an_analysis_whose_spans_point_into_it() =>
        HostileText.Sample(raw =>
        {
            var article = Article.Create(raw);
            var analysis = Pipeline.Analyze(article);
            var text = article.Text;

            var previous = 0;
            foreach (var token in analysis.Tokens)
            {
                Assert.InRange(token.Start, previous, text.Length - 1);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                previous = token.End;
            }

            previous = 0;
            foreach (var sentence in analysis.Sentences)
            {
                Assert.InRange(sentence.Start, previous, text.Length - 1);
                Assert.InRange(sentence.End, sentence.Start + 1, text.Length);
                previous = sentence.End;
            }

            Actors.ActorPropertyTests.Check(text, analysis.Entities);
            Assert.InRange(analysis.Language.Confidence, 0, 1);
            Assert.NotNull(AnalysisJson.Serialize(AnalysisJson.ToRecord(analysis)));
        }, iter: 300);

    [Fact]
    public void Megabytes_without_punctuation_go_through()
    {
        var text = string.Concat(Enumerable.Repeat("mot sans ponctuation aucune ", 80_000));

        var analysis = Pipeline.Analyze(Article.Create(text));

        Assert.Equal(320_000, analysis.Tokens.Count);
        Assert.NotEmpty(analysis.Sentences);
    }

    [Fact]
    public void The_contract_round_trips_through_json()
    {
        var article = Article.Create("date ignored here. Le ministre a parlé « longtemps ».", new DateOnly(2025, 9, 5), "Le Veilleur", "fr", "Titre", "https://example.org/x", "a.txt");
        var record = AnalysisJson.ToRecord(Pipeline.Analyze(article));

        var json = AnalysisJson.Serialize(record);
        var back = AnalysisJson.Deserialize(json)!;

        Assert.DoesNotContain('\n', json);
        Assert.Contains("« longtemps »", json, StringComparison.Ordinal);
        Assert.Equal((record.Id, record.Published, record.Source, record.Title, record.Url, record.Text), (back.Id, back.Published, back.Source, back.Title, back.Url, back.Text));
        Assert.Equal(record.Sentences, back.Sentences);
    }
}
