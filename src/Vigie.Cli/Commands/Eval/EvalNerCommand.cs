using System.CommandLine;
using System.Text.Json;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Entities.Tagging;
using Vigie.Text;
using Vigie.Training;
using Vigie.Training.Ner;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalNerCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--lang", "-l")
        {
            Description = "The language of the tagger and the data: fr or en.",
            Required = true,
            HelpName = "LANG",
        };
        language.AcceptOnlyFromAmong([.. NerCorpus.Languages]);
        var data = new Option<string?>("--data")
        {
            Description = "Gold data to score on: a folder of brat .txt + .ann files, or CoNLL/IOB files (a file or a folder of .conll, .bio, .iob2, .tsv, .txt). Default: the held-out test split.",
            HelpName = "PATH",
        };
        var model = new Option<string?>("--model") { Description = "A model file to score instead of the embedded one.", HelpName = "FILE" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("ner", """
            Score the named-entity tagger: precision, recall and F1 per type (PER, ORG, LOC,
            MISC) and overall, a mention counting as correct only when its start, end and type
            are exactly the gold ones; plus the tagging speed in tokens per second. Without
            --data, scores the held-out test documents of the language's main corpora (never
            trained or tuned on; docs/NER.md), then, apart, the other held-out sets. Corpus
            types are mapped onto PER, ORG, LOC, MISC as docs/NER.md says; others are ignored.
            Exits with 5 when the default test F1 is under its goal (fr 88, en 85).

            Examples:
              vigie eval ner --lang fr
              vigie eval ner --lang en --format json
              vigie eval ner --lang fr --data ../shared/data/ner/hipe2022-newseye-fr/HIPE-2022-v2.1-newseye-test-fr.tsv
              vigie eval ner --lang en --data ../shared/data/ner/wikigold-en/CONLL-format/data/wikigold.conll.txt
            """)
        {
            language, data, model, format,
        };
        command.SetAction(parse =>
        {
            var code = parse.GetValue(language)!;
            var tagger = parse.GetValue(model) is { } path ? Load(path) : EntityTagger.ForLanguage(code)
                ?? throw new InvalidOperationException($"No embedded named-entity model for {code}: run `vigie train ner --lang {code}` and rebuild.");
            var rules = TextRules.For(code);
            var scores = new List<NerScore>();
            if (parse.GetValue(data) is { } gold)
            {
                scores.Add(NerEvaluation.Evaluate(tagger, NerTraining.Tokenize(NerGoldData.Read(gold), rules), gold));
            }
            else
            {
                var corpus = NerCorpus.Load(code, SharedData.Require());
                var main = corpus.Sources.Where(s => s.Use == NerSourceUse.Main).Select(s => s.Name).ToArray();
                scores.Add(NerEvaluation.Evaluate(tagger, NerTraining.Tokenize(corpus.Test, rules), $"held-out test ({string.Join(", ", main)})"));
                var apart = main.Length > 1 ? corpus.Test.Concat(corpus.OtherTests) : corpus.OtherTests;
                foreach (var group in apart.GroupBy(d => d.Source))
                {
                    var use = corpus.Sources.First(s => s.Name == group.Key).Use;
                    scores.Add(NerEvaluation.Evaluate(tagger, NerTraining.Tokenize(group, rules),
                        $"{group.Key} ({(use == NerSourceUse.TestOnly ? "never trained on" : "held-out test part")})"));
                }
            }

            if (parse.GetValue(format) == "json")
            {
                foreach (var score in scores)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(score, AnalysisJson.Options));
                }
            }
            else
            {
                Console.Out.WriteLine(string.Join(Environment.NewLine, scores.Select(NerEvaluation.Format)));
            }

            var goal = code == "fr" ? 0.88 : 0.85;
            return parse.GetValue(data) is not null || scores[0].Overall.F1 >= goal ? ExitCodes.Ok : ExitCodes.BelowGoal;
        });
        return command;
    }

    private static EntityTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return EntityTagger.Load(stream);
    }
}
