using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;
using Vigie.Times;

namespace Vigie.Training.Times;

/// <summary>The scores of one part of the corpus, overall and per gold/system type.</summary>
public sealed record TimePartResult(string Part, int Documents, TimeScores Overall, IReadOnlyDictionary<string, TimeScores> ByType);

/// <summary>
/// One disagreement with the gold: "missed" (no system expression overlaps), "spurious" (no gold one
/// overlaps), "extent" (overlapping, other offsets), "value" (overlapping, other value).
/// </summary>
public sealed record TimeError(string Document, string Part, string Kind, string? GoldText, string? GoldValue, string? SystemText, string? SystemValue, string? Rule, string Context);

/// <summary>The outcome of <see cref="TimeEvaluation.Evaluate"/>: the dev half, the test half, all, and the errors.</summary>
public sealed record TimeEvaluationResult(IReadOnlyList<TimePartResult> Parts, IReadOnlyList<TimeError> Errors, double DocumentsPerSecond)
{
    public TimePartResult Part(string name) => Parts.First(p => p.Part == name);
}

/// <summary>
/// Scores the time stage against ISO-TimeML gold (<c>vigie eval times</c>): each document goes through
/// the whole pipeline with its creation time as publication date, and its expressions are matched to
/// the gold ones, strictly (same offsets) and relaxed (overlap, one to one, in text order).
/// </summary>
public static class TimeEvaluation
{
    /// <summary>The types reported, in TIMEX3 spelling.</summary>
    public static IReadOnlyList<string> Types { get; } = ["DATE", "TIME", "DURATION", "SET"];

    public static TimeEvaluationResult Evaluate(AnalysisPipeline pipeline, IReadOnlyList<TimeBankDocument> documents, string language = "fr")
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var perDocument = new List<(TimeBankDocument Document, Dictionary<string, TimeScores> Scores)>();
        var errors = new List<TimeError>();
        var clock = Stopwatch.StartNew();
        var analyses = documents
            .Select(d => pipeline.Analyze(new Article(ArticleId.Of(d.Text), d.Text, d.Created, null, language, null, null, d.Name)))
            .ToArray();
        clock.Stop();
        for (var i = 0; i < documents.Count; i++)
        {
            perDocument.Add((documents[i], Score(documents[i], analyses[i].Times, errors)));
        }

        var parts = new List<TimePartResult>();
        foreach (var (name, filter) in new (string, Func<TimeBankDocument, bool>)[]
        {
            ("dev", d => d.Part == TimeBankPart.Dev),
            ("test", d => d.Part == TimeBankPart.Test),
            ("all", _ => true),
        })
        {
            var selected = perDocument.Where(p => filter(p.Document)).ToArray();
            var byType = Types.ToDictionary(
                t => t,
                t => selected.Aggregate(TimeScores.Empty, (sum, p) => sum + p.Scores.GetValueOrDefault(t, TimeScores.Empty)),
                StringComparer.Ordinal);
            var overall = selected.Aggregate(TimeScores.Empty, (sum, p) => sum + p.Scores.GetValueOrDefault("", TimeScores.Empty));
            parts.Add(new TimePartResult(name, selected.Length, overall, byType));
        }

        return new TimeEvaluationResult(parts, errors, documents.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    /// <summary>The scores of one document: "" overall, and one entry per type.</summary>
    private static Dictionary<string, TimeScores> Score(TimeBankDocument document, IReadOnlyList<TimeExpression> system, List<TimeError> errors)
    {
        var gold = document.Timexes;
        var text = document.Text;
        var part = document.Part == TimeBankPart.Dev ? "dev" : "test";
        var systemTypes = system.Select(s => TimeRecords.TypeName(s.Type).ToUpperInvariant()).ToArray();
        var pairOfGold = new int[gold.Count];
        Array.Fill(pairOfGold, -1);
        var paired = new bool[system.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                if (!paired[s] && system[s].Start < gold[g].End && gold[g].Start < system[s].End)
                {
                    pairOfGold[g] = s;
                    paired[s] = true;
                    break;
                }
            }
        }

        var scores = new Dictionary<string, TimeScores>(StringComparer.Ordinal);
        void Add(string key, TimeScores delta) => scores[key] = scores.GetValueOrDefault(key, TimeScores.Empty) + delta;

        for (var s = 0; s < system.Count; s++)
        {
            Add("", new TimeScores(0, 1, 0, 0, 0, 0, 0, 0));
            Add(systemTypes[s], new TimeScores(0, 1, 0, 0, 0, 0, 0, 0));
            if (!paired[s])
            {
                errors.Add(new TimeError(document.Name, part, "spurious", null, null, system[s].In(text).ToString(), system[s].Value, system[s].Rule, Context(text, system[s].Start, system[s].End)));
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            var timex = gold[g];
            Add("", new TimeScores(1, 0, 0, 0, 0, 0, 0, 0));
            Add(timex.Type, new TimeScores(1, 0, 0, 0, 0, 0, 0, 0));
            if (pairOfGold[g] is not (>= 0 and var s))
            {
                errors.Add(new TimeError(document.Name, part, "missed", timex.Text, timex.Value, null, null, null, Context(text, timex.Start, timex.End)));
                continue;
            }

            var found = system[s];
            var strict = found.Start == timex.Start && found.End == timex.End ? 1 : 0;
            var value = string.Equals(found.Value, timex.Value, StringComparison.Ordinal) ? 1 : 0;
            Add("", new TimeScores(0, 0, strict, strict, 1, 1, value, value));
            Add(systemTypes[s], new TimeScores(0, 0, strict, 0, 1, 0, value, 0));
            Add(timex.Type, new TimeScores(0, 0, 0, strict, 0, 1, 0, value));
            if (strict == 0 || value == 0)
            {
                errors.Add(new TimeError(document.Name, part, strict == 0 ? "extent" : "value", timex.Text, timex.Value, found.In(text).ToString(), found.Value, found.Rule, Context(text, Math.Min(timex.Start, found.Start), Math.Max(timex.End, found.End))));
            }
        }

        return scores;
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(text.Length, end + 40);
        return (text[from..start] + "[[" + text[start..end] + "]]" + text[end..to]).ReplaceLineEndings(" ");
    }

    /// <summary>The result as Markdown: one table per part (per type, then all), and the first <paramref name="errors"/> errors.</summary>
    public static string Format(TimeEvaluationResult result, int errors = 0, string? only = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var part in result.Parts.Where(p => only is null || p.Part == only))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{part.Part}: {part.Documents} documents, {part.Overall.Gold} gold expressions, {part.Overall.System} found");
            text.AppendLine();
            text.AppendLine("| type | gold | found | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc. | value F1 |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (type, scores) in part.ByType)
            {
                Row(text, type, scores, bold: false);
            }

            Row(text, "all", part.Overall, bold: true);
            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"speed: {result.DocumentsPerSecond:F0} documents/s through the whole pipeline");
        if (errors > 0)
        {
            text.AppendLine();
            foreach (var error in result.Errors.Where(e => only is null || e.Part == only || only == "all").Take(errors))
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{error.Kind,-8} {error.Document} gold «{error.GoldText}» {error.GoldValue} | found «{error.SystemText}» {error.SystemValue} <{error.Rule}> … {error.Context}");
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, TimeScores s, bool bold)
    {
        var label = bold ? $"**{name}**" : name;
        var f1 = bold ? $"**{Percent(s.RelaxedF1)}**" : Percent(s.RelaxedF1);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {label} | {s.Gold} | {s.System} | {Percent(s.StrictPrecision)} | {Percent(s.StrictRecall)} | {Percent(s.StrictF1)} | {Percent(s.RelaxedPrecision)} | {Percent(s.RelaxedRecall)} | {f1} | {Percent(s.ValueAccuracy)} | {Percent(s.ValueF1)} |");
    }

    private static string Percent(double value) => (value * 100).ToString("F1", CultureInfo.InvariantCulture);
}
