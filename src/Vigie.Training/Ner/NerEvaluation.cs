using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigie.Entities;
using Vigie.Entities.Tagging;

namespace Vigie.Training.Ner;

/// <summary>Precision, recall and F1 of one type (or all): exact span and type match.</summary>
public sealed record NerTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Gold + Predicted == 0 ? 0 : 2.0 * Correct / (Gold + Predicted);
}

/// <summary>The scores of a tagger on a set of documents, and how fast it tagged them.</summary>
public sealed record NerScore(string Data, int Documents, int Tokens, IReadOnlyList<NerTypeScore> Types, NerTypeScore Overall, double TokensPerSecond);

/// <summary>
/// Scores a tagger against gold mentions (<c>vigie eval ner</c>): a predicted mention is correct when
/// its start, end and type are exactly those of a gold one (CoNLL's measure, on characters). The
/// speed counts the tagger alone (features, scores, Viterbi), not the tokenizer, after a first
/// untimed pass over the same documents.
/// </summary>
public static class NerEvaluation
{
    public static NerScore Evaluate(EntityTagger tagger, IReadOnlyList<NerTokenizedDocument> documents, string data)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var types = Enum.GetValues<EntityType>();
        var gold = new int[types.Length];
        var predicted = new int[types.Length];
        var correct = new int[types.Length];
        var tokens = 0;
        var clock = new Stopwatch();
        var mentions = new List<EntityMention>();

        // A first pass, untimed, so that the speed is that of compiled code, not of the JIT's first tier.
        foreach (var document in documents)
        {
            tagger.Tag(document.Document.Text, document.Tokens, document.Sentences, mentions);
        }

        foreach (var document in documents)
        {
            mentions.Clear();
            clock.Start();
            tagger.Tag(document.Document.Text, document.Tokens, document.Sentences, mentions);
            clock.Stop();
            tokens += document.Tokens.Length;
            var truth = document.Document.Entities.ToHashSet();
            foreach (var span in truth)
            {
                gold[(int)span.Type]++;
            }

            foreach (var mention in mentions)
            {
                predicted[(int)mention.Type]++;
                if (truth.Contains(new NerSpan(mention.Start, mention.End, mention.Type)))
                {
                    correct[(int)mention.Type]++;
                }
            }
        }

        var perType = types.Select(t => new NerTypeScore(t.Code(), gold[(int)t], predicted[(int)t], correct[(int)t])).ToArray();
        var overall = new NerTypeScore("all", gold.Sum(), predicted.Sum(), correct.Sum());
        return new NerScore(data, documents.Count, tokens, perType, overall, tokens / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    /// <summary>A Markdown table of scores: one row per type, then all types together.</summary>
    public static string Format(NerScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{score.Data}: {score.Documents:N0} documents, {score.Tokens:N0} tokens, tagged at {score.TokensPerSecond:N0} tokens/s");
        text.AppendLine();
        text.AppendLine("| type | gold | predicted | correct | precision | recall | F1 |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in score.Types.Append(score.Overall))
        {
            var name = row == score.Overall ? "**all**" : row.Type;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {row.Gold:N0} | {row.Predicted:N0} | {row.Correct:N0} | {Percent(row.Precision)} | {Percent(row.Recall)} | {(row == score.Overall ? $"**{Percent(row.F1)}**" : Percent(row.F1))} |");
        }

        return text.ToString();
    }

    private static string Percent(double value) => (100 * value).ToString("F2", CultureInfo.InvariantCulture);
}
