using CsCheck;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Times;

/// <summary>Any text and any publication date: time expressions stay inside the text, in order, apart, and nothing throws.</summary>
public sealed class TimePropertyTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    /// <summary>Words that time patterns are made of, so that random text often almost matches.</summary>
    private static readonly string[] Pieces =
    [
        "le", "la", "l’", "il", "y", "a", "dans", "depuis", "en", "ces", "derniers", "dernier", "prochain", "jeudi", "lundi", "hier",
        "demain", "soir", "matin", "nuit", "de", "à", "au", "jours", "semaine", "mois", "an", "ans", "année", "siècle", "XIXe",
        "années", "quelques", "trois", "dix-huit", "1er", "3", "29", "31", "12", "2024", "1999", "0", "00", "24", "février", "mars",
        "Mars", "mai", "septembre", "mi-mai", "début", "fin", "h", "14h30", "14:30", "midi", "Noël", "Pâques", "chaque", "tous",
        "les", "et", "demi", "plus", "tard", "last", "next", "ago", "May", "may", "Monday", "week", "weeks", "the", "of", "p.m.",
        "3pm", "1990s", "early", "mid-September", "Christmas", "every", "2025-09-03", "03/09/2025", "29/02/2023", "99/99/9999",
        ",", ".", ";", "«", "»", "(", ")", "-", "\n", "\n\n", "9999", "0000-00-00", "+", "’s",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(indices => string.Join(' ', indices.Select(i => Pieces[i]))),
        Gen.Char["0123456789 /-.:hjmsaeéèû’'«»\n"].Array[0, 200].Select(chars => new string(chars)));

    private static readonly Gen<DateOnly?> Dates = Gen.OneOf(
        Gen.Const((DateOnly?)null),
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(day => (DateOnly?)DateOnly.FromDayNumber(day)),
        Gen.Int[0, 3].Select(i => (DateOnly?)new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29), new DateOnly(1, 1, 7) }[i]),
        Gen.Int[700_000, 760_000].Select(day => (DateOnly?)DateOnly.FromDayNumber(day)));

    [Fact]
    public void A_megabyte_sentence_of_times_goes_through()
    {
        // One sentence, no period: every step of the scan must stay local (no work quadratic in the sentence).
        var text = string.Concat(Enumerable.Repeat("vers 14h30 jeudi le 3 mai de 1999 il y a trois jours ", 20_000));

        var analysis = Pipeline.Analyze(Article.Create(text, new DateOnly(2025, 9, 5), language: "fr"));

        Assert.Single(analysis.Sentences);
        Assert.Equal(100_000, analysis.Times.Count);
    }

    [Fact]
    public void Times_are_in_bounds_in_order_and_apart_for_any_text_and_date() =>
        Gen.Select(Texts, Dates, Gen.Int[0, 2].Select(i => new[] { "fr", "en", "de" }[i])).Sample((raw, published, language) =>
        {
            var article = Article.Create(raw, published, language: language);
            var analysis = Pipeline.Analyze(article);
            var previousEnd = 0;
            foreach (var time in analysis.Times)
            {
                Assert.InRange(time.Start, previousEnd, article.Text.Length - 1);
                Assert.InRange(time.End, time.Start + 1, article.Text.Length);
                Assert.False(string.IsNullOrWhiteSpace(time.In(article.Text).ToString()));
                Assert.True(time.Value is null || time.Value.Length > 0);
                previousEnd = time.End;
            }

            Assert.NotNull(AnalysisJson.Serialize(AnalysisJson.ToRecord(analysis)));
        }, iter: 2000);
}
