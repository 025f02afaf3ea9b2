using System.Diagnostics;
using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Training.Quotes;

/// <summary>Scores for one group of cases (a language, a tag, or all).</summary>
public sealed record QuoteScores(string Group, int Cases, int Expected, int Found, int Matched, int SpeakersRight, int KindsRight)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Right speakers among the matched quotes.</summary>
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakersRight / Matched;
}

/// <summary>What one case gave, for the error listing.</summary>
public sealed record QuoteCaseResult(QuoteCase Case, IReadOnlyList<string> Errors);

/// <summary>The outcome of <see cref="QuoteEvaluation.Evaluate"/>.</summary>
public sealed record QuoteEvaluationResult(IReadOnlyList<QuoteScores> Scores, IReadOnlyList<QuoteCaseResult> Failures, double CasesPerSecond);

/// <summary>
/// Scores the quote stage on the team's cases (<c>vigie eval quotes</c>). A found quote matches an
/// expected one when its span starts with the expected first words (folded); the speaker is right
/// when the name the pipeline gives for it (<paramref name="speakerName"/>) matches the expected name
/// (both null, or the expected name contained in it, folded), following continuations to the quote before.
/// The rest of a quote its cue splits ("“…,” he said. “…”", <see cref="Quote.Rest"/>) matches an expectation that starts
/// there and then counts as one more found quote: writers keep such a quote as one or as two, and both readings score alike.
/// </summary>
public static class QuoteEvaluation
{
    public static QuoteEvaluationResult Evaluate(IReadOnlyList<QuoteCase> cases, AnalysisPipeline pipeline, Func<Analysis, Quote, string?> speakerName)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(speakerName);
        var clock = Stopwatch.StartNew();
        var rows = new List<(QuoteCase Case, int Found, int Matched, int Speakers, int Kinds)>();
        var failures = new List<QuoteCaseResult>();
        foreach (var quoteCase in cases)
        {
            var analysis = pipeline.Analyze(Article.Create(quoteCase.Text, quoteCase.Published, language: quoteCase.Language));
            var text = analysis.Article.Text;
            var names = Speakers(analysis, speakerName);
            var errors = new List<string>();
            int matched = 0, speakers = 0, kinds = 0, found = analysis.Quotes.Count;
            var used = new HashSet<int>();
            var usedRests = new HashSet<int>();
            foreach (var expected in quoteCase.Expected)
            {
                var index = Enumerable.Range(0, analysis.Quotes.Count).FirstOrDefault(i => !used.Contains(i) && StartsWith(text, analysis.Quotes[i].Content, expected.Starts), -1);
                if (index < 0)
                {
                    // A writer who keeps "“…,” he said. “…”" as two quotes expects the rest after the cue as a quote of its own.
                    index = Enumerable.Range(0, analysis.Quotes.Count).FirstOrDefault(i => analysis.Quotes[i].Rest is { } rest && StartsWith(text, rest, expected.Starts) && usedRests.Add(i), -1);
                    if (index < 0)
                    {
                        errors.Add($"missed {expected.Kind} « {expected.Starts} … » ({expected.Speaker ?? "no speaker"})");
                        continue;
                    }

                    found++;
                }
                else
                {
                    used.Add(index);
                }

                matched++;
                var quote = analysis.Quotes[index];
                kinds += string.Equals(quote.Kind.ToString(), expected.Kind, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                if (SameSpeaker(names[index], expected.Speaker))
                {
                    speakers++;
                }
                else
                {
                    errors.Add($"speaker of « {expected.Starts} … »: expected {expected.Speaker ?? "null"}, got {names[index] ?? "null"}");
                }
            }

            for (var i = 0; i < analysis.Quotes.Count; i++)
            {
                if (!used.Contains(i))
                {
                    errors.Add($"extra {analysis.Quotes[i].Kind} « {Shorten(text, analysis.Quotes[i].Content)} »");
                }
            }

            rows.Add((quoteCase, found, matched, speakers, kinds));
            if (errors.Count > 0)
            {
                failures.Add(new QuoteCaseResult(quoteCase, errors));
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var groups = new List<QuoteScores> { Score("all", rows) };
        groups.AddRange(rows.GroupBy(row => row.Case.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score(g.Key, [.. g])));
        groups.AddRange(rows.SelectMany(row => row.Case.Tags.Select(tag => (Tag: tag, Row: row))).GroupBy(pair => pair.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score("tag " + g.Key, [.. g.Select(pair => pair.Row)])));
        return new QuoteEvaluationResult(groups, failures, cases.Count / Math.Max(seconds, 1e-9));
    }

    /// <summary>The speaker name of every quote, a continuation taking the name of the quote before it.</summary>
    private static List<string?> Speakers(Analysis analysis, Func<Analysis, Quote, string?> speakerName)
    {
        var names = new List<string?>(analysis.Quotes.Count);
        foreach (var quote in analysis.Quotes)
        {
            names.Add(quote.Clue == SpeakerClue.Continuation && names.Count > 0 ? names[^1] : speakerName(analysis, quote));
        }

        return names;
    }

    private static QuoteScores Score(string group, IReadOnlyList<(QuoteCase Case, int Found, int Matched, int Speakers, int Kinds)> rows) =>
        new(group, rows.Count, rows.Sum(r => r.Case.Expected.Count), rows.Sum(r => r.Found), rows.Sum(r => r.Matched), rows.Sum(r => r.Speakers), rows.Sum(r => r.Kinds));

    private static bool StartsWith(string text, TextSpan span, string starts) =>
        TextFold.Fold(text.AsSpan(span.Start, span.Length)).StartsWith(TextFold.Fold(starts), StringComparison.Ordinal);

    private static bool SameSpeaker(string? found, string? expected) =>
        expected is null ? found is null : found is not null && TextFold.Fold(found).Contains(TextFold.Fold(expected), StringComparison.Ordinal);

    private static string Shorten(string text, TextSpan span) =>
        span.Length <= 40 ? text[span.Start..span.End] : text[span.Start..(span.Start + 40)] + "…";
}
