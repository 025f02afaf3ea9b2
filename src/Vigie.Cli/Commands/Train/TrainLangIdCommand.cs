using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Training;
using Vigie.Training.Languages;

namespace Vigie.Cli.Commands.Train;

internal static class TrainLangIdCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var command = new Command("langid", """
            Train the language identifier (character n-grams, 20 languages) into
            models/langid/langid.bin, with models/langid/NOTICE.md naming its sources.
            Method and split: docs/LANGID.md.

            Examples:
              vigie train langid
            """)
        {
            format,
        };
        command.SetAction(parse =>
        {
            var root = LanguageCorpus.FindRepositoryRoot();
            var corpus = LanguageCorpus.Load(root, SharedData.Require());
            var result = LanguageIdTraining.Train(corpus, root);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("language").AddColumn("script").AddColumn(new TableColumn("documents").RightAligned())
                .AddColumn(new TableColumn("characters").RightAligned()).AddColumn("sources");
            foreach (var language in result.Languages)
            {
                table.AddRow(language.Language, language.Script.ToString(), $"{language.Documents:N0}", $"{language.Characters:N0}", Markup.Escape(language.Sources));
            }

            Terminal.Data.Write(table);
            Terminal.Data.MarkupLineInterpolated($"Model: {result.ModelPath} ({result.ModelBytes:N0} bytes) in {result.Elapsed.TotalSeconds:0.0} s; notice: {result.NoticePath}.");
            Terminal.Data.MarkupLine("Rebuild Vigie (dotnet build) to embed the new model.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
