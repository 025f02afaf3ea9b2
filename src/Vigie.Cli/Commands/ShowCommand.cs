using System.CommandLine;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id")
        {
            Description = "The article id, or its first characters (as shown by search), with or without \"sha256:\".",
        };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("show", """
            Show one stored article: its metadata and full text (text), or its analysis in
            the output contract (json).

            Exit codes: 0 shown, 4 no such article (or the prefix matches several).

            Examples:
              vigie show 3f2a9c
              vigie show sha256:3f2a9c --format json
            """)
        {
            id, database, format,
        };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenStore(parse, database);
            var stored = store.Find(parse.GetValue(id)!, out var matches);
            if (stored is null)
            {
                Terminal.Error(matches > 1
                    ? $"'{parse.GetValue(id)}' matches several articles; give more characters of the id."
                    : $"no article has an id starting with '{parse.GetValue(id)}'. `vigie search` shows ids.");
                return ExitCodes.NotFound;
            }

            var article = new Article(stored.Id, stored.Text, stored.Published, stored.Source, stored.Language, stored.Title, stored.Url, stored.Path);
            var analysis = UserKnowledgeBase.Pipeline().Analyze(article);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(AnalysisJson.Serialize(AnalysisJson.ToRecord(analysis)));
                return ExitCodes.Ok;
            }

            Digest.Write(Terminal.Data, analysis);
            Terminal.Data.WriteLine(stored.Text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
