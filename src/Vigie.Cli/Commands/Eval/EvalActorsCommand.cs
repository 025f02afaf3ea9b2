using System.CommandLine;
using System.Text.Json;
using Vigie.Contract;
using Vigie.Pipeline;
using Vigie.Training.Actors;
using Vigie.Training.Languages;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalActorsCommand
{
    public static Command Create()
    {
        var cases = new Option<string?>("--cases") { Description = $"A case file instead of {ActorCases.DefaultPath}.", HelpName = "FILE" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("actors", $"""
            Score the actor stage on the resolution cases written by the team
            ({ActorCases.DefaultPath}: titles, roles at a date, capitals as states or places,
            demonyms, misspellings, ambiguous surnames that must stay unresolved, pronouns; French
            and English). Each text goes through the whole pipeline with its language and date;
            the entity on the marked span must be the expected one. Exits with 5 under 95 %.

            Examples:
              vigie eval actors
              vigie eval actors --format json | jq .accuracy
              vigie eval actors --cases my-cases.tsv
            """)
        {
            cases, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(cases) ?? Path.Combine(LanguageCorpus.FindRepositoryRoot(), ActorCases.DefaultPath);
            var pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
            var result = ActorEvaluation.Evaluate(ActorCases.Load(path), pipeline);
            Console.Out.WriteLine(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(new
                {
                    result.Cases,
                    result.Correct,
                    result.Accuracy,
                    result.Categories,
                    Errors = result.Errors.Select(e => new { e.Case.Line, e.Case.Id, e.Case.Target, e.Case.Expected, e.Predicted }),
                }, AnalysisJson.Options)
                : ActorEvaluation.Format(result));
            return result.Accuracy >= 0.95 ? ExitCodes.Ok : ExitCodes.BelowGoal;
        });
        return command;
    }
}
