using System.CommandLine;
using System.Text.Json;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Languages;
using Vigie.Training;
using Vigie.Training.Languages;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalLangIdCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "A model file to score instead of the embedded one.", HelpName = "FILE" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("langid", """
            Score the language identifier on the held-out test part of its corpus (real
            documents of ../shared/data for fr, en, de, nl; held-out paragraphs of our own text
            for the other languages): accuracy on windows of 200+, 100+ and 50+ characters, per
            language, with the confusions. Exits with 5 when accuracy at 200+ is under 99.5 %.

            Examples:
              vigie eval langid
              vigie eval langid --model /tmp/langid.bin --format json
            """)
        {
            model, format,
        };
        command.SetAction(parse =>
        {
            var root = LanguageCorpus.FindRepositoryRoot();
            var corpus = LanguageCorpus.Load(root, SharedData.Require());
            var identifier = parse.GetValue(model) is { } path ? Load(path) : LanguageIdentifier.Default;
            var result = LanguageIdEvaluation.Evaluate(identifier, corpus);
            Console.Out.WriteLine(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(result, AnalysisJson.Options)
                : LanguageIdEvaluation.Format(result));
            return result.Overall >= 0.995 ? ExitCodes.Ok : ExitCodes.BelowGoal;
        });
        return command;
    }

    private static LanguageIdentifier Load(string path)
    {
        using var stream = File.OpenRead(path);
        return LanguageIdentifier.Load(stream);
    }
}
