using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Training;
using Vigie.Training.Kb;
using Vigie.Training.Languages;

namespace Vigie.Cli.Commands.Kb;

internal static class KbBuildCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("text", "json");
        var command = new Command("build", """
            Build the actor knowledge base into models/kb/ (core.kb, countries-odbl.kb,
            orgs-ccbysa.kb and NOTICE.md) from ../shared/data (or $VIGIE_SHARED_DATA) and our
            files under data/kb. Share-alike sources go to their own files. The same inputs give
            the same bytes. Rebuild Vigie afterwards (dotnet build) to embed the new files.

            Examples:
              vigie kb build
              vigie kb build --format json
            """)
        {
            format,
        };
        command.SetAction(parse =>
        {
            var root = LanguageCorpus.FindRepositoryRoot();
            var result = KbBuild.Build(root, SharedData.Require());
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, AnalysisJson.Options));
                return result.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
            }

            var table = new Table().AddColumn("file").AddColumn(new TableColumn("bytes").RightAligned()).AddColumn("licence");
            foreach (var file in result.Files)
            {
                table.AddRow(Markup.Escape(file.Path), $"{file.Bytes:N0}", Markup.Escape(file.Licence));
            }

            Terminal.Data.Write(table);
            Terminal.Data.MarkupLineInterpolated(
                $"{result.Actors:N0} actors ({result.People:N0} people, {result.Organizations:N0} organisations, {result.Countries:N0} states, {result.Places:N0} places, {result.Groups:N0} groups), {result.Aliases:N0} aliases ({result.Keys:N0} keys), {result.Roles:N0} roles, in {result.Elapsed.TotalSeconds:0.0} s.");
            Terminal.Data.MarkupLineInterpolated($"Leaders: {result.LeaderChecks}.");
            Terminal.Data.MarkupLineInterpolated($"Phoenix: {result.PhoenixCounts}. Curated offices: {result.CuratedOffices}. Alias claims of less trusted sources removed: {result.AliasConflictsRemoved:N0}. Aliases that are common words: {result.CommonWordAliases:N0}.");
            foreach (var problem in result.Problems.Take(20))
            {
                Terminal.Warning(problem);
            }

            Terminal.Data.MarkupLineInterpolated($"Notice: {result.NoticePath}. Rebuild Vigie (dotnet build) to embed the new files.");
            return result.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
