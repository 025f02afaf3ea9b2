using System.Diagnostics;
using Vigie.Documents;
using Vigie.Events;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Training.Events;

/// <summary>Scores for one group of cases.</summary>
/// <remarks>
/// <see cref="SourcesRight"/> scores the source words; <see cref="SourceEntitiesRight"/> the resolved
/// entities (actor stage): right when one resolved source entity's name is a gold source name, or
/// for a country its French name or a demonym. Both over <see cref="SourcesChecked"/>; targets likewise.
/// </remarks>
public sealed record EventScores(
    string Group, int Cases, int Expected, int Found, int Matched, int SourcesChecked, int SourcesRight, int TargetsChecked, int TargetsRight,
    int SourceEntitiesRight = 0, int TargetEntitiesRight = 0)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Expected == 0 ? 0 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Right sources among the matched events whose gold has sources.</summary>
    public double SourceAccuracy => SourcesChecked == 0 ? 0 : (double)SourcesRight / SourcesChecked;

    public double TargetAccuracy => TargetsChecked == 0 ? 0 : (double)TargetsRight / TargetsChecked;

    /// <summary>Right source entities among the matched events whose gold has sources.</summary>
    public double SourceEntityAccuracy => SourcesChecked == 0 ? 0 : (double)SourceEntitiesRight / SourcesChecked;

    public double TargetEntityAccuracy => TargetsChecked == 0 ? 0 : (double)TargetEntitiesRight / TargetsChecked;
}

/// <summary>What one case gave, for the error listing.</summary>
public sealed record EventCaseResult(EventCase Case, IReadOnlyList<string> Errors);

/// <summary>The outcome of <see cref="EventEvaluation.Evaluate"/>.</summary>
public sealed record EventEvaluationResult(IReadOnlyList<EventScores> Scores, IReadOnlyList<EventCaseResult> Failures, double CasesPerSecond);

/// <summary>
/// Scores the event coder (<c>vigie eval events</c>). Only events that happened (asserted or claimed)
/// are predictions. With <c>mainEventOnly</c> (PLOVER's gold sentences, one event each) a sentence's
/// prediction is its most confident event; otherwise every event counts, matched to the expected ones
/// by type. A matched event's source is right when its source words contain one of the expected
/// source names or an alias of it (a country's French name or demonym), and right by entity when one
/// of its resolved source entities is named so; the same for targets.
/// </summary>
public static class EventEvaluation
{
    public static EventEvaluationResult Evaluate(
        IReadOnlyList<EventCase> cases,
        AnalysisPipeline pipeline,
        bool mainEventOnly,
        IReadOnlyDictionary<string, IReadOnlyList<string>> aliases,
        Func<EventCase, IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(groups);
        var clock = Stopwatch.StartNew();
        var rows = new List<(EventCase Case, EventScores Row)>();
        var failures = new List<EventCaseResult>();
        foreach (var eventCase in cases)
        {
            var analysis = pipeline.Analyze(Article.Create(eventCase.Text, eventCase.Date, language: eventCase.Language));
            var text = analysis.Article.Text;
            var predicted = analysis.Events.Where(e => e.Counts).ToList();
            if (mainEventOnly && predicted.Count > 1)
            {
                predicted = [Main(predicted)];
            }

            var errors = new List<string>();
            var used = new HashSet<int>();
            int matched = 0, sourcesChecked = 0, sourcesRight = 0, targetsChecked = 0, targetsRight = 0, sourceEntitiesRight = 0, targetEntitiesRight = 0;
            foreach (var expected in eventCase.Expected)
            {
                var index = predicted.FindIndex(e => e.TypeName == expected.Type && !used.Contains(predicted.IndexOf(e)));
                if (index < 0)
                {
                    errors.Add($"missed {expected.Type} ({string.Join("; ", expected.Sources)} → {string.Join("; ", expected.Targets)}; {expected.Trigger})");
                    continue;
                }

                used.Add(index);
                matched++;
                var found = predicted[index];
                if (expected.Sources.Count > 0)
                {
                    sourcesChecked++;
                    if (Contains(text, found.Sources, expected.Sources, aliases))
                    {
                        sourcesRight++;
                    }
                    else
                    {
                        errors.Add($"{expected.Type}: source « {Words(text, found.Sources)} », expected {string.Join("; ", expected.Sources)}");
                    }

                    if (Names(analysis, found.SourceIds, expected.Sources, aliases))
                    {
                        sourceEntitiesRight++;
                    }
                }

                if (expected.Targets.Count > 0)
                {
                    targetsChecked++;
                    if (Contains(text, found.Targets, expected.Targets, aliases))
                    {
                        targetsRight++;
                    }
                    else
                    {
                        errors.Add($"{expected.Type}: target « {Words(text, found.Targets)} », expected {string.Join("; ", expected.Targets)}");
                    }

                    if (Names(analysis, found.TargetIds, expected.Targets, aliases))
                    {
                        targetEntitiesRight++;
                    }
                }
            }

            for (var i = 0; i < predicted.Count; i++)
            {
                if (!used.Contains(i))
                {
                    errors.Add($"extra {predicted[i].TypeName} « {text[predicted[i].Trigger.Start..predicted[i].Trigger.End]} » ({Words(text, predicted[i].Sources)} → {Words(text, predicted[i].Targets)})");
                }
            }

            if (errors.Count > 0)
            {
                failures.Add(new EventCaseResult(eventCase, errors));
            }

            rows.Add((eventCase, new EventScores("", 1, eventCase.Expected.Count, predicted.Count, matched, sourcesChecked, sourcesRight, targetsChecked, targetsRight,
                sourceEntitiesRight, targetEntitiesRight)));
        }

        var scores = rows.SelectMany(row => groups(row.Case).Select(group => (Group: group, row.Row)))
            .GroupBy(pair => pair.Group)
            .Select(group => new EventScores(group.Key, group.Count(), group.Sum(p => p.Row.Expected), group.Sum(p => p.Row.Found), group.Sum(p => p.Row.Matched),
                group.Sum(p => p.Row.SourcesChecked), group.Sum(p => p.Row.SourcesRight), group.Sum(p => p.Row.TargetsChecked), group.Sum(p => p.Row.TargetsRight),
                group.Sum(p => p.Row.SourceEntitiesRight), group.Sum(p => p.Row.TargetEntitiesRight)))
            .ToList();
        return new EventEvaluationResult(scores, failures, cases.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-6));
    }

    /// <summary>A sentence's main event: the first one with a source (the main clause usually comes first), else the most confident.</summary>
    private static Event Main(List<Event> events) =>
        events.Where(e => e.Sources.Count > 0).OrderBy(e => e.Trigger.Start).FirstOrDefault()
        ?? events.OrderByDescending(e => e.Confidence).ThenBy(e => e.Trigger.Start).First();

    private static string Words(string text, IReadOnlyList<TextSpan> spans) => string.Join("; ", spans.Select(s => text[s.Start..s.End]));

    /// <summary>
    /// Whether one of the resolved entities is named by a gold name: the gold words hold the entity's name
    /// or one of its aliases ("British Defence Secretary Tom King" holds "Tom King", "Hungarian" is an alias
    /// of "Hungary"), or the entity's name holds the gold words ("Security Council").
    /// </summary>
    private static bool Names(Analysis analysis, IReadOnlyList<string> ids, IReadOnlyList<string> names, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        foreach (var id in ids)
        {
            if (analysis.Entities.FirstOrDefault(entity => entity.Id == id) is not { } entity)
            {
                continue;
            }

            var name = TextFold.FoldWithoutDiacritics(entity.Name);
            var others = aliases.TryGetValue(entity.Name, out var found) ? found : [];
            foreach (var gold in names)
            {
                var folded = TextFold.FoldWithoutDiacritics(gold);
                if (folded.Contains(name, StringComparison.Ordinal) || name.Contains(folded, StringComparison.Ordinal)
                    || others.Any(other => folded.Contains(TextFold.FoldWithoutDiacritics(other), StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(string text, IReadOnlyList<TextSpan> found, IReadOnlyList<string> names, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var words = TextFold.FoldWithoutDiacritics(Words(text, found));
        foreach (var name in names)
        {
            if (words.Contains(TextFold.FoldWithoutDiacritics(name), StringComparison.Ordinal))
            {
                return true;
            }

            if (aliases.TryGetValue(name, out var others) && others.Any(other => words.Contains(TextFold.FoldWithoutDiacritics(other), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
