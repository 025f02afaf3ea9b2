using CsCheck;
using Vigie.Entities;
using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Tests.Entities;

public sealed class ViterbiDecoderTests
{
    private const int L = EntityLabels.Count;

    private static bool IsValid(ReadOnlySpan<byte> labels)
    {
        if (!EntityLabels.CanStart(labels[0]) || !EntityLabels.CanEnd(labels[^1]))
        {
            return false;
        }

        for (var i = 1; i < labels.Length; i++)
        {
            if (!EntityLabels.CanFollow(labels[i - 1], labels[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Score(int[] emissions, int[] transitions, int[] start, int[] end, ReadOnlySpan<byte> labels)
    {
        var score = start[labels[0]] + end[labels[^1]];
        for (var i = 0; i < labels.Length; i++)
        {
            score += emissions[(i * L) + labels[i]];
            if (i > 0)
            {
                score += transitions[(labels[i - 1] * L) + labels[i]];
            }
        }

        return score;
    }

    [Fact]
    public void It_picks_the_best_valid_sequence_over_locally_better_invalid_ones()
    {
        // Token 0 prefers I-PER (invalid at a start), token 1 prefers L-PER: the best valid reading is B-PER L-PER.
        var emissions = new int[2 * L];
        emissions[EntityLabels.Of(EntityType.Person, LabelPart.Inside)] = 10;
        emissions[EntityLabels.Of(EntityType.Person, LabelPart.Begin)] = 6;
        emissions[L + EntityLabels.Of(EntityType.Person, LabelPart.Last)] = 9;
        var labels = new byte[2];

        ViterbiDecoder.Decode<int>(emissions, new int[L * L], new int[L], new int[L], labels);

        Assert.Equal(["B-PER", "L-PER"], labels.Select(l => EntityLabels.Name(l)));
    }

    [Fact]
    public void Transitions_can_outweigh_emissions()
    {
        // Everything but O is unlikely, except U-LOC on the middle token, which O refuses to meet.
        var emissions = Enumerable.Repeat(-100, 3 * L).ToArray();
        var transitions = new int[L * L];
        emissions[0] = emissions[L] = emissions[2 * L] = 1;
        emissions[L + EntityLabels.Of(EntityType.Location, LabelPart.Unit)] = 5;
        transitions[(EntityLabels.Outside * L) + EntityLabels.Of(EntityType.Location, LabelPart.Unit)] = -20;
        transitions[(EntityLabels.Of(EntityType.Location, LabelPart.Unit) * L) + EntityLabels.Outside] = -20;
        var labels = new byte[3];

        ViterbiDecoder.Decode<int>(emissions, transitions, new int[L], new int[L], labels);

        Assert.All(labels, l => Assert.Equal(EntityLabels.Outside, l));
    }

    /// <summary>On short runs, the decoder's answer is valid and scores at least as well as every valid sequence (checked by brute force).</summary>
    [Fact]
    public void The_answer_is_the_best_of_all_valid_sequences()
    {
        var scores = Gen.Int[-50, 50];
        Gen.Select(Gen.Int[1, 3], scores.Array[3 * L], scores.Array[L * L], scores.Array[L], scores.Array[L])
            .Sample(t =>
            {
                var (n, emissions, transitions, start, end) = t;
                var labels = new byte[n];
                var best = ViterbiDecoder.Decode<int>(emissions, transitions, start, end, labels);

                Assert.True(IsValid(labels), string.Join(" ", labels.Select(l => EntityLabels.Name(l))));
                Assert.Equal(Score(emissions, transitions, start, end, labels), best);
                var candidate = new byte[n];
                for (var code = 0; code < Math.Pow(L, n); code++)
                {
                    var c = code;
                    for (var i = 0; i < n; i++)
                    {
                        candidate[i] = (byte)(c % L);
                        c /= L;
                    }

                    if (IsValid(candidate))
                    {
                        Assert.True(Score(emissions, transitions, start, end, candidate) <= best);
                    }
                }
            }, iter: 60);
    }

    [Fact]
    public void Labels_encode_and_decode_back_to_the_same_mentions()
    {
        (int, int, EntityType)[] mentions = [(0, 2, EntityType.Person), (3, 4, EntityType.Location), (5, 8, EntityType.Organization)];
        var labels = new byte[9];

        EntityLabels.Encode(mentions, labels);
        var back = new List<(int, int, EntityType)>();
        EntityLabels.Decode(labels, back);

        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"], labels.Select(l => EntityLabels.Name(l)));
        Assert.Equal(mentions, back);
        Assert.True(IsValid(labels));
    }

    [Fact]
    public void Punctuation_quotes_and_elisions_cannot_bound_a_mention()
    {
        const string Text = "« l’OTAN »";
        var (tokens, _) = NerTestKit.Cut("fr", Text);
        var scores = new int[tokens.Count * L];
        EntityLabels.Restrict<int>(tokens.ToArray(), scores, 1000);

        int At(int token, EntityType type, LabelPart part) => scores[(token * L) + EntityLabels.Of(type, part)];
        Assert.Equal(TokenKind.Elision, tokens[1].Kind);
        Assert.Equal(-1000, At(0, EntityType.Organization, LabelPart.Unit));
        Assert.Equal(0, At(1, EntityType.Organization, LabelPart.Begin));
        Assert.Equal(-1000, At(1, EntityType.Organization, LabelPart.Last));
        Assert.Equal(0, At(2, EntityType.Organization, LabelPart.Unit));
        Assert.Equal(-1000, At(3, EntityType.Organization, LabelPart.Last));
    }
}
