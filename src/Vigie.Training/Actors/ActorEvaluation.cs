using System.Globalization;
using System.Text;
using Vigie.Actors;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Training.Actors;

/// <summary>One case scored: what the marked span resolved to.</summary>
public sealed record ActorCaseResult(ActorCase Case, string Predicted, bool Correct);

/// <summary>Accuracy per kind of case.</summary>
public sealed record ActorCategoryScore(string Category, int Cases, int Correct)
{
    public double Accuracy => Cases == 0 ? 0 : (double)Correct / Cases;
}

/// <summary>What <c>vigie eval actors</c> measured.</summary>
public sealed record ActorEvaluationResult(int Cases, int Correct, IReadOnlyList<ActorCategoryScore> Categories, IReadOnlyList<ActorCaseResult> Errors)
{
    public double Accuracy => Cases == 0 ? 0 : (double)Correct / Cases;
}

/// <summary>
/// Scores the actor stage on the resolution cases: each text goes through the whole pipeline (language
/// and date given), and the entity with a mention on the marked span must be the expected one.
/// </summary>
public static class ActorEvaluation
{
    public static ActorEvaluationResult Evaluate(IReadOnlyList<ActorCase> cases, AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(pipeline);
        var results = cases.Select(c => Score(c, pipeline)).ToList();
        var categories = results.GroupBy(r => r.Case.Category, StringComparer.Ordinal)
            .Select(g => new ActorCategoryScore(g.Key, g.Count(), g.Count(r => r.Correct)))
            .OrderBy(c => c.Category, StringComparer.Ordinal)
            .ToList();
        return new ActorEvaluationResult(results.Count, results.Count(r => r.Correct), categories, [.. results.Where(r => !r.Correct)]);
    }

    public static ActorCaseResult Score(ActorCase @case, AnalysisPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(pipeline);
        var article = new Article(ArticleId.Of(@case.Text), @case.Text, @case.Date, null, @case.Language, null, null, null);
        var analysis = pipeline.Analyze(article);
        var entity = EntityAt(analysis.Entities, @case.Start, @case.End);
        var predicted = entity?.Actor is null ? "-" : entity.Name;
        var correct = @case.Expected == "-"
            ? entity?.Actor is null
            : entity?.Actor is not null && (entity.Name == @case.Expected || entity.KbId == @case.Expected);
        return new ActorCaseResult(@case, entity?.KbId is { } id ? $"{predicted} ({id})" : predicted, correct);
    }

    /// <summary>
    /// The entity whose mention fits the span best: the same span, else one holding it, else one inside it
    /// that covers at least half of it (« Russie » in « la Russie »; not « américain » in « le président américain »).
    /// </summary>
    public static ResolvedEntity? EntityAt(IReadOnlyList<ResolvedEntity> entities, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ResolvedEntity? best = null;
        var bestRank = int.MaxValue;
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                var rank = mention.Start == start && mention.End == end ? 0
                    : mention.Start <= start && end <= mention.End ? 1 + (mention.Length - (end - start))
                    : start <= mention.Start && mention.End <= end && 2 * mention.Length >= end - start ? 1000 + (end - start - mention.Length)
                    : int.MaxValue;
                if (rank < bestRank)
                {
                    bestRank = rank;
                    best = entity;
                }
            }
        }

        return best;
    }

    public static string Format(ActorEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Actor resolution: {result.Correct} / {result.Cases} correct = {result.Accuracy:P2} (goal 95 %)");
        text.AppendLine();
        text.AppendLine("| kind of case | correct / cases | accuracy |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var category in result.Categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {category.Category} | {category.Correct} / {category.Cases} | {category.Accuracy:P1} |");
        }

        if (result.Errors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Errors:");
            foreach (var error in result.Errors)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  line {error.Case.Line} {error.Case.Id}: «{error.Case.Target}» expected {error.Case.Expected}, got {error.Predicted}");
            }
        }

        return text.ToString();
    }
}
