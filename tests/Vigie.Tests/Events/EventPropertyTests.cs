using CsCheck;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventPropertyTests
{
    private static readonly Gen<string> NewsLike = Gen.OneOf(
        "La Russie", "et", "la Chine", "ont signé", "un accord", "n’ont pas", "attaqué", "« ", " »", ",", ".", "que", "Rutte", "a averti",
        "will", "not", "sign", "attacked", "by", "the", "rebels", "between", "and", "with", "in Prague", "leur rencontre avec", "sanctions contre", "\n\n")
        .Array[0, 40].Select(parts => string.Join(' ', parts));

    [Fact]
    public void Any_text_gives_events_whose_spans_are_inside_it() =>
        Gen.OneOf<string>(Gen.String, NewsLike).Sample(text =>
        {
            foreach (var language in new[] { "fr", "en" })
            {
                var analysis = Analyze(language, text);
                var length = analysis.Article.Text.Length;
                foreach (var e in analysis.Events)
                {
                    foreach (var span in e.Sources.Concat(e.Targets).Concat(e.Mentions).Append(e.Trigger).Append(e.Evidence)
                        .Concat(e.Place is { } p ? [p] : []).Concat(e.ClaimedBy is { } c ? [c] : []))
                    {
                        Assert.InRange(span.Start, 0, length);
                        Assert.InRange(span.End, span.Start, length);
                    }

                    Assert.InRange(e.Confidence, 0, 1);
                    Assert.All(e.SourceIds.Concat(e.TargetIds).Concat(e.PlaceId is { } place ? [place] : []), id => Assert.Contains(analysis.Entities, entity => entity.Id == id));
                }
            }
        });
}
