using System.CommandLine;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Pipeline;
using Vigie.Training;
using Vigie.Training.Events;
using Vigie.Training.Languages;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Gold files to score: PLOVER's PLOVER_GSR_CAMEO.txt (a .txt holding a JSON list) or case files cases.LANG.txt "
                + "(default: ../shared/data/events/plover/PLOVER_GSR_CAMEO.txt and tests/data/events/cases.fr.txt).",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<bool>("--errors") { Description = "List every case that went wrong and how." };
        var half = new Option<string>("--half")
        {
            Description = "On PLOVER's gold sentences, score only one half: tune (even positions) or held-out (odd positions); default both.",
            HelpName = "HALF",
        };
        half.AcceptOnlyFromAmong("tune", "held-out");
        var format = CommonOptions.Format("text", "json");
        var command = new Command("events", """
            Score the event coder: type precision, recall and F1, and source and target accuracy
            over the matched events (the source is right when the predicted source words contain
            a gold source name, or for a country its French name or a demonym), by words and by
            entity (a resolved source entity is named by a gold source name or such an alias).

            On PLOVER's gold sentences (one event each; DEMAND is scored as REQUEST, DISAPPROVE and
            INVESTIGATE as ACCUSE, FIGHT as ASSAULT) a sentence's prediction is its first counted
            event with a source, else its most confident one, and the scores are also given for the
            tuning half (even positions) and the held-out half (odd positions); --half scores only
            one of them (tune errors may be read; of the held-out half, read only the totals).
            On case files every event counts.

            Examples:
              vigie eval events
              vigie eval events --data ../shared/data/events/plover/PLOVER_GSR_CAMEO.txt --half tune --errors
              vigie eval events --data tests/data/events/cases.fr.txt --format json
            """)
        {
            data, errors, half, format,
        };
        command.SetAction(parse =>
        {
            var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
            var aliases = CountryAliases.Load(SharedData.Find());
            var files = parse.GetValue(data) is { Length: > 0 } given ? given : DefaultFiles();
            var output = new StringBuilder();
            var scores = new List<EventScores>();
            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    Terminal.Messages.MarkupLine($"[yellow]{Markup.Escape(file)}: not found{(file.Contains("shared", StringComparison.Ordinal) ? " (../shared missing?)" : "")}; skipped.[/]");
                    continue;
                }

                var gold = IsPlover(file);
                var cases = gold ? InHalf(PloverGold.Read(file), parse.GetValue(half)) : EventCaseFile.Read(file, LanguageOf(file));
                var name = Path.GetFileName(file);
                var result = EventEvaluation.Evaluate(cases, pipeline, gold, aliases, c => gold
                    ? [$"{name} all", c.Position % 2 == 0 ? $"{name} tune (even)" : $"{name} held-out (odd)"]
                    : [$"{name} all", .. c.Expected.Count == 0 ? new[] { $"{name} negatives" } : c.Expected.Select(e => $"{name} {e.Type}").Distinct()]);
                scores.AddRange(result.Scores);
                output.Append(Table(result));
                if (parse.GetValue(errors))
                {
                    foreach (var failure in result.Failures)
                    {
                        output.AppendLine($"{failure.Case.Id}: {string.Join(" · ", failure.Errors)}");
                    }
                }
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(scores, AnalysisJson.Options));
            }
            else
            {
                Console.Out.Write(output);
            }

            return scores.Count > 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static IReadOnlyList<EventCase> InHalf(IReadOnlyList<EventCase> cases, string? half) => half switch
    {
        "tune" => [.. cases.Where(c => c.Position % 2 == 0)],
        "held-out" => [.. cases.Where(c => c.Position % 2 == 1)],
        _ => cases,
    };

    private static bool IsPlover(string file)
    {
        using var reader = new StreamReader(file);
        var first = reader.ReadLine()?.TrimStart() ?? "";
        return first.StartsWith('[');
    }

    private static string[] DefaultFiles()
    {
        var files = new List<string>();
        if (SharedData.Find() is { } shared)
        {
            files.Add(Path.Combine(shared, "events", "plover", "PLOVER_GSR_CAMEO.txt"));
        }
        else
        {
            Terminal.Messages.MarkupLine("[yellow]../shared missing: PLOVER's gold sentences are not scored.[/]");
        }

        files.Add(Path.Combine(LanguageCorpus.FindRepositoryRoot(), "tests", "data", "events", "cases.fr.txt"));
        return [.. files];
    }

    private static string LanguageOf(string file)
    {
        var parts = Path.GetFileName(file).Split('.');
        return parts.Length >= 3 ? parts[^2] : throw new ArgumentException($"{file}: name the case file cases.LANG.txt so that its language is known.");
    }

    private static string Table(EventEvaluationResult result)
    {
        var table = new StringBuilder();
        table.AppendLine("| group | cases | expected | found | matched | precision | recall | F1 | source right | target right | source entity | target entity |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in result.Scores)
        {
            table.AppendLine($"| {s.Group} | {s.Cases} | {s.Expected} | {s.Found} | {s.Matched} | {s.Precision:P1} | {s.Recall:P1} | {s.F1:P1} | {s.SourceAccuracy:P1} ({s.SourcesRight}/{s.SourcesChecked}) | {s.TargetAccuracy:P1} ({s.TargetsRight}/{s.TargetsChecked}) | {s.SourceEntityAccuracy:P1} ({s.SourceEntitiesRight}/{s.SourcesChecked}) | {s.TargetEntityAccuracy:P1} ({s.TargetEntitiesRight}/{s.TargetsChecked}) |");
        }

        table.AppendLine($"speed: {result.CasesPerSecond:N0} cases/s");
        return table.ToString();
    }
}
