using System.CommandLine;
using System.Text.Json;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Pipeline;
using Vigie.Training;
using Vigie.Training.Times;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalTimesCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "An ISO-TimeML folder (default: the French TimeBank in ../shared/data/times/fr-timebank).",
            HelpName = "PATH",
        };
        var part = new Option<string>("--part") { Description = "Print only this part.", DefaultValueFactory = _ => "every" };
        part.AcceptOnlyFromAmong("every", "dev", "test", "all");
        var errors = new Option<int>("--errors") { Description = "Also list the first N disagreements with the gold.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("times", """
            Score the time expression stage against ISO-TimeML gold: strict (same offsets) and
            relaxed (overlapping) extraction precision, recall and F1, value accuracy and value F1,
            per type (DATE, TIME, DURATION, SET). Each document is analysed with its creation time
            as publication date. Files sorted by name: the even positions are the dev half the rules
            were tuned on, the odd positions the test half; figures are given for dev, test and all.
            Exits with 5 when the test half is under a goal (relaxed F1 93, strict F1 88, value F1 85).

            Examples:
              vigie eval times
              vigie eval times --part test --errors 30
              vigie eval times --data ../shared/data/times/fr-timebank --format json
            """)
        {
            data, part, errors, format,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data) ?? TimeBankCorpus.DefaultFolder(SharedData.Require());
            var documents = TimeBankCorpus.Load(folder);
            var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
            var result = TimeEvaluation.Evaluate(pipeline, documents);
            var only = parse.GetValue(part) is "every" ? null : parse.GetValue(part);
            Console.Out.WriteLine(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(result, AnalysisJson.Options)
                : TimeEvaluation.Format(result, parse.GetValue(errors), only));
            var test = result.Part("test").Overall;
            return test.RelaxedF1 >= 0.93 && test.StrictF1 >= 0.88 && test.ValueF1 >= 0.85 ? ExitCodes.Ok : ExitCodes.BelowGoal;
        });
        return command;
    }
}
