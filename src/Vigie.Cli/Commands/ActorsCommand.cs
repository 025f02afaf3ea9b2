using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Contract;
using Vigie.Kb;

namespace Vigie.Cli.Commands;

internal static class ActorsCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "A name, alias, acronym or role title: Rutte, OTAN, « Poutine », \"Secretary General of NATO\"." };
        var at = CommonOptions.Date("--at", "Show the roles held on this date (and who held a role title then).");
        var limit = new Option<int>("--limit", "-n") { Description = "How many actors at most.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("actors", """
            Search the actor knowledge base (with your overlay, docs/KB.md): people, organisations,
            states and places by any of their names in any language, with their ids, aliases and
            dated roles. Case, accents and apostrophes are ignored. Exit code 4 when nothing is found.

            Examples:
              vigie actors Rutte
              vigie actors "Secretary General of NATO" --at 2019-06-01
              vigie actors OTAN --format json
              vigie actors "president of the United States" --at 2023-05-10
            """)
        {
            query, at, limit, format,
        };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(at);
            var hits = UserKnowledgeBase.Value.Search(parse.GetValue(query)!, date, Math.Max(1, parse.GetValue(limit)));
            if (hits.Count == 0)
            {
                Terminal.Messages.MarkupLineInterpolated($"No actor matches '{parse.GetValue(query)}'. Add one with `vigie kb add`.");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(format) == "json")
            {
                foreach (var hit in hits)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        hit.Actor.Id,
                        hit.Actor.Name,
                        Kind = KbNames.Of(hit.Actor.Kind),
                        hit.Actor.Country,
                        hit.Matched,
                        Roles = hit.Roles.Select(r => new { Office = KbNames.Of(r.Office), r.Of, r.Title, Start = Date(r.Start), End = Date(r.End) }),
                        Aliases = hit.Actor.Aliases.Select(a => new { a.Text, a.Language, Kind = KbNames.Of(a.Kind) }),
                    }, AnalysisJson.Options));
                }

                return ExitCodes.Ok;
            }

            foreach (var hit in hits)
            {
                var actor = hit.Actor;
                Terminal.Data.MarkupLineInterpolated($"[bold]{actor.Name}[/] [grey]{actor.Id} · {KbNames.Of(actor.Kind)}{(actor.Country is null ? "" : " · " + actor.Country)} · matched \"{hit.Matched}\"[/]");
                // A president who heads state and government holds two roles of one title: shown once.
                var roles = hit.Roles.DistinctBy(r => (r.Title, r.Start, r.End)).OrderByDescending(r => r.Start ?? DateOnly.MinValue).ToList();
                foreach (var role in roles.Take(6))
                {
                    Terminal.Data.MarkupLineInterpolated($"  {role.Title} [grey]{Date(role.Start) ?? "?"} – {Date(role.End) ?? (role.Start is null ? "?" : "")}[/]");
                }

                if (roles.Count > 6)
                {
                    Terminal.Data.MarkupLineInterpolated($"  [grey]… {roles.Count - 6} more roles[/]");
                }

                var aliases = actor.Aliases.Select(a => a.Language == ActorAlias.AnyLanguage ? a.Text : $"{a.Text} ({a.Language})").Distinct().ToList();
                Terminal.Data.MarkupLineInterpolated($"  [grey]aliases: {string.Join(", ", aliases.Take(12))}{(aliases.Count > 12 ? $", … {aliases.Count - 12} more" : "")}[/]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
