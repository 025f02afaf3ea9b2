using System.CommandLine;
using System.Text;
using System.Text.Json;
using Vigie.Actors;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Pipeline;
using Vigie.Quotes;
using Vigie.Training.Languages;
using Vigie.Training.Quotes;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Case files to score (default: tests/data/quotes/cases.fr.txt and cases.en.txt). The language is taken from the name: cases.LANG.txt.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<bool>("--errors") { Description = "List every case that went wrong and how." };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("quotes", """
            Score the quote stage on the team's quote cases: span precision, recall and F1 (a
            found quote matches when its span starts with the expected first words), kind
            accuracy and speaker accuracy over the matched quotes; per language and per tag.

            A speaker is right when the entity the pipeline resolved for it has the expected
            name (a continuation takes the speaker of the quote before).

            Examples:
              vigie eval quotes
              vigie eval quotes --errors
              vigie eval quotes --data my-cases.fr.txt --format json
            """)
        {
            data, errors, format,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(data) is { Length: > 0 } given ? given : DefaultFiles();
            var cases = files.SelectMany(file => QuoteCaseFile.Read(file, LanguageOf(file))).ToList();
            var result = QuoteEvaluation.Evaluate(cases, AnalysisPipelineBuilder.CreateDefault().Build(), SpeakerName);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result.Scores, AnalysisJson.Options));
                return ExitCodes.Ok;
            }

            Console.Out.Write(Table(result));
            if (parse.GetValue(errors))
            {
                foreach (var failure in result.Failures)
                {
                    Console.Out.WriteLine($"{failure.Case.Id}: {string.Join("; ", failure.Errors)}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The speaker entity's canonical name, then the names the article gives it in brackets: the case
    /// files name speakers as the text does (« ministère des Armées », "Pentagon").
    /// </summary>
    private static string SpeakerName(Analysis analysis, Quote quote)
    {
        if (quote.SpeakerId is not { } id)
        {
            return null!;
        }

        var entity = analysis.Entities.First(entity => entity.Id == id);
        var names = entity.Mentions.Where(m => m.How is not MentionSource.Coref and not MentionSource.Role)
            .Select(m => analysis.Article.Text[m.Start..m.End]).Where(text => text != entity.Name).Distinct().ToList();
        return names.Count == 0 ? entity.Name : $"{entity.Name} ({string.Join(", ", names)})";
    }

    private static string[] DefaultFiles()
    {
        var folder = Path.Combine(LanguageCorpus.FindRepositoryRoot(), "tests", "data", "quotes");
        return [Path.Combine(folder, "cases.fr.txt"), Path.Combine(folder, "cases.en.txt")];
    }

    private static string LanguageOf(string file)
    {
        var parts = Path.GetFileName(file).Split('.');
        return parts.Length >= 3 ? parts[^2] : throw new ArgumentException($"{file}: name the case file cases.LANG.txt so that its language is known.");
    }

    private static string Table(QuoteEvaluationResult result)
    {
        var table = new StringBuilder();
        table.AppendLine("| group | cases | expected | found | matched | precision | recall | F1 | kind right | speaker right |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in result.Scores)
        {
            table.AppendLine($"| {s.Group} | {s.Cases} | {s.Expected} | {s.Found} | {s.Matched} | {s.Precision:P1} | {s.Recall:P1} | {s.F1:P1} | {(s.Matched == 0 ? 0 : (double)s.KindsRight / s.Matched):P1} | {s.SpeakerAccuracy:P1} |");
        }

        table.AppendLine($"speed: {result.CasesPerSecond:N0} cases/s");
        return table.ToString();
    }
}
