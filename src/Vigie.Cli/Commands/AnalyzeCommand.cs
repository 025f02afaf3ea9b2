using System.CommandLine;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Ingest.Sources;
using Vigie.Pipeline;

namespace Vigie.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), glob patterns, or - for JSON Lines on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("analyze", """
            Analyse articles and print what Vigie finds, without storing anything.

            --format json prints one JSON object per article per line, in the output contract
            (docs/FORMAT.md): id, path, url, source, published, language, title, text,
            sentences, entities, quotes, times, events. Offsets are UTF-16 code units into text.
            --format text prints a readable digest. Rejected documents go to standard error.

            Exit codes: 0 all read, 3 some rejected, 1 none could be read.

            Examples:
              vigie analyze ../shared/seeds/000_c75f2f8ed8d84f52.txt
              vigie analyze samples/ --format json | jq .published
            """)
        {
            paths, format,
        };
        command.SetAction(parse =>
        {
            var pipeline = UserKnowledgeBase.Pipeline();
            var json = parse.GetValue(format) == "json";
            using var stdin = Console.OpenStandardInput();
            int read = 0, rejected = 0;
            foreach (var input in InputPaths.Expand(parse.GetValue(paths)!))
            {
                foreach (var reading in input.Read(stdin))
                {
                    if (reading.Rejection is { } rejection)
                    {
                        rejected++;
                        RejectionReport.Write(rejection);
                        continue;
                    }

                    read++;
                    var analysis = pipeline.Analyze(reading.Article!);
                    if (json)
                    {
                        Console.Out.WriteLine(AnalysisJson.Serialize(AnalysisJson.ToRecord(analysis)));
                    }
                    else
                    {
                        Digest.Write(Terminal.Data, analysis);
                    }
                }
            }

            return RejectionReport.ExitCode(read, rejected);
        });
        return command;
    }
}
