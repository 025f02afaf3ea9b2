using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Training;
using Vigie.Training.Languages;
using Vigie.Training.Ner;

namespace Vigie.Cli.Commands.Train;

internal static class TrainNerCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--lang", "-l")
        {
            Description = "The language of the model: fr or en.",
            Required = true,
            HelpName = "LANG",
        };
        language.AcceptOnlyFromAmong([.. NerCorpus.Languages]);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the model (default: models/ner/ner-LANG.bin, with models/ner/NOTICE.md).",
            HelpName = "FILE",
        };
        var tune = new Option<bool>("--tune")
        {
            Description = "Train on the train part only and score every pass on the development part (to choose the number of passes). Without it, the French model is trained on train + development with the passes fixed.",
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("ner", """
            Train the named-entity tagger of a language (averaged perceptron over hashed
            features, Viterbi over BILOU labels; PER, ORG, LOC, MISC) from ../shared/data/ner,
            with gazetteers from ../shared/data/kb and lexicons, and word clusters learnt from
            the training text. Seeded: the same data always gives the same bytes. The split
            (train, development, test by document) and the method: docs/NER.md. The French
            model is trained on the train and development parts with the number of passes fixed
            (chosen with --tune, which trains on the train part and scores each pass on the
            development part); the English one on the train parts, its best pass chosen on the
            development part. Progress goes to standard error; takes a few minutes.

            Examples:
              vigie train ner --lang fr
              vigie train ner --lang fr --tune --out /tmp/ner-fr-tune.bin
              vigie train ner --lang en --out /tmp/ner-en.bin --format json
            """)
        {
            language, output, tune, format,
        };
        command.SetAction(parse =>
        {
            var root = LanguageCorpus.FindRepositoryRoot();
            var result = NerTraining.Train(parse.GetValue(language)!, root, SharedData.Require(), parse.GetValue(output), new SynchronousProgress(line => Terminal.Messages.MarkupLineInterpolated($"[grey]{line}[/]")), tune: parse.GetValue(tune));
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("source").AddColumn(new TableColumn("train docs").RightAligned())
                .AddColumn(new TableColumn("dev docs").RightAligned()).AddColumn(new TableColumn("test docs").RightAligned())
                .AddColumn(new TableColumn("train mentions").RightAligned());
            foreach (var source in result.Sources)
            {
                table.AddRow(source.Source, $"{source.TrainDocuments:N0}", $"{source.DevelopmentDocuments:N0}", $"{source.TestDocuments:N0}", $"{source.TrainMentions:N0}");
            }

            Terminal.Data.Write(table);
            var development = result.DevelopmentF1[result.BestEpoch - 1];
            if (double.IsNaN(development))
            {
                Terminal.Data.MarkupLineInterpolated($"{result.TrainingSentences:N0} sentences, {result.TrainingTokens:N0} tokens (train and development parts); {result.BestEpoch} passes; {result.Features:N0} features.");
            }
            else
            {
                Terminal.Data.MarkupLineInterpolated($"{result.TrainingSentences:N0} sentences, {result.TrainingTokens:N0} tokens; best epoch {result.BestEpoch} (development F1 {development:P2}); {result.Features:N0} features.");
            }
            Terminal.Data.MarkupLineInterpolated($"Model: {result.ModelPath} ({result.ModelBytes:N0} bytes) in {result.Elapsed.TotalSeconds:0.0} s.");
            Terminal.Data.MarkupLine("Rebuild Vigie (dotnet build) to embed the new model.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
