using CsCheck;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Entities;

/// <summary>Whatever the text, mentions stay inside it, in order, without overlap, each within one sentence.</summary>
public sealed class EntityPropertyTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    private static readonly string[] Words =
    [
        "Mark", "Rutte", "l’OTAN", "la", "Chine", "Pékin", "Xi", "Jinping", "M.", "de", "États-Unis", "the", "United", "Nations", "«", "»", "(IISS)",
        "New", "York", "a", "dit", ".", ",", "\n", "\n\n", "Corée", "du", "Nord", "President", "Joe", "Biden", "’s", "—", "1 500", "U.S.", "Inc.",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Int[0, Words.Length - 1].Array[0, 300].Select(picks => string.Join(' ', picks.Select(i => Words[i]))),
        Gen.Char[" \n«»“”‘’\"'.!?…,;:-–—()[]0123456789aéZßжЖ中文カナ한국ع\u200b\ud800\udc00ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[0, 400].Select(chars => new string(chars)));

    [Fact]
    public void Any_text_gets_mentions_in_bounds_in_order_without_overlap()
    {
        Gen.Select(Texts, Gen.Int[0, 1].Select(i => i == 0 ? "fr" : "en")).Sample((raw, language) =>
        {
            var analysis = Pipeline.Analyze(Article.Create(raw, language: language));
            var text = analysis.Article.Text;
            var previous = 0;
            foreach (var mention in analysis.Mentions)
            {
                Assert.InRange(mention.Start, previous, text.Length - 1);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                Assert.InRange(mention.Confidence, 0, 1);
                Assert.Contains(analysis.Sentences, s => s.Start <= mention.Start && mention.End <= s.End);
                Assert.Contains(analysis.Tokens, t => t.Start == mention.Start);
                Assert.Contains(analysis.Tokens, t => t.End == mention.End);
                previous = mention.End;
            }
        }, iter: 400);
    }
}
