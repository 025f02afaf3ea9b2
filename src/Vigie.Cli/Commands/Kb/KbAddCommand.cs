using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Vigie.Cli.Output;
using Vigie.Kb;
using Vigie.Storage;
using Vigie.Text;

namespace Vigie.Cli.Commands.Kb;

internal static class KbAddCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The actor: its canonical English name (a new actor), or a name or alias of an actor the knowledge base knows.", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "The actor's id (Q-id, country:XXX, …); a new actor gets user:NAME.", HelpName = "ID" };
        var kind = new Option<string?>("--kind") { Description = "person, organization, country, place, group or misc (a new actor: person).", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong("person", "organization", "country", "place", "group", "misc");
        var country = new Option<string?>("--country") { Description = "The ISO 3166-1 alpha-3 code of the actor's country.", HelpName = "ISO3" };
        var gender = new Option<string?>("--gender") { Description = "m or f (for pronouns).", HelpName = "m|f" };
        gender.AcceptOnlyFromAmong("m", "f");
        var alias = new Option<string[]>("--alias", "-a") { Description = "A name to add (repeatable).", HelpName = "TEXT", AllowMultipleArgumentsPerToken = false };
        var language = new Option<string>("--lang") { Description = "The language of the aliases: fr, en, … or * for any.", DefaultValueFactory = _ => "*", HelpName = "LANG" };
        var aliasKind = new Option<string>("--alias-kind") { Description = "name, acronym, demonym, surname, metonym or anaphor.", DefaultValueFactory = _ => "name", HelpName = "KIND" };
        aliasKind.AcceptOnlyFromAmong("name", "acronym", "demonym", "surname", "metonym", "anaphor");
        var role = new Option<string[]>("--role", "-r") { Description = "An office: \"OFFICE OF START [END] [TITLE…]\" (repeatable); OF is an id or a name.", HelpName = "ROLE" };
        var remove = new Option<string[]>("--remove-alias") { Description = "A wrong alias to remove (repeatable).", HelpName = "TEXT" };
        var command = new Command("add", $"""
            Add or correct actors without rebuilding anything: the statements go to the user overlay
            (${KbOverlayLocation.Variable}, else {KbOverlayLocation.Resolve()}) and every
            later command uses them. NAME finds a known actor by a name or alias (use --id when it
            is ambiguous); an unknown NAME makes a new actor. OFFICE is head_of_state,
            head_of_government, foreign_minister, defence_minister, leader, government, military,
            legislature, judiciary, opposition or other; dates are YYYY-MM-DD, - when unknown.
            The format of the overlay, to edit it by hand: docs/KB.md.

            Examples:
              vigie kb add "Jane Doe" --kind person --country FRA --gender f --alias "Jeanne Doe"
              vigie kb add "Mark Rutte" --alias Rutte --lang fr --alias-kind surname
              vigie kb add "Jane Doe" --role "foreign_minister country:FRA 2026-01-12"
              vigie kb add --id Q7184 --alias "l'Alliance atlantique" --lang fr
              vigie kb add --id vigie:pacific-ocean --remove-alias Pacific --lang en
            """)
        {
            name, id, kind, country, gender, alias, language, aliasKind, role, remove,
        };
        command.SetAction(parse =>
        {
            var kb = UserKnowledgeBase.Value;
            var given = parse.GetValue(name);
            var actorId = parse.GetValue(id);
            Actor? actor = actorId is null ? null : kb.Find(actorId);
            if (actorId is null && given is null)
            {
                Terminal.Error("Give the actor's NAME, or --id.");
                return ExitCodes.Usage;
            }

            if (actor is null && actorId is null)
            {
                var found = kb.Match(KnowledgeBase.KeyOf(given!)).ToArray().Select(h => h.Actor).Distinct().ToList();
                if (found.Count > 1)
                {
                    Terminal.Error($"'{given}' names {found.Count} actors: {string.Join(", ", found.Take(8).Select(a => $"{a.Name} ({a.Id})"))}. Say which with --id.");
                    return ExitCodes.Usage;
                }

                actor = found.Count == 1 ? found[0] : null;
            }

            var statements = new StringWriter { NewLine = "\n" };
            var writer = new KbWriter(statements);
            writer.Comment($"vigie kb add, {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            var target = actor?.Id ?? actorId ?? "user:" + Slug(given!);
            var kindText = parse.GetValue(kind);
            var newActor = actor is null && kb.Find(target) is null;
            if (newActor || kindText is not null || parse.GetValue(country) is not null || parse.GetValue(gender) is not null
                || (actor is not null && given is not null && actorId is not null && given != actor.Name))
            {
                _ = KbNames.TryParseKind(kindText ?? (actor is null ? "person" : KbNames.Of(actor.Kind)), out var actorKind);
                _ = KbNames.TryParseGender(parse.GetValue(gender) ?? "-", out var actorGender);
                var actorName = actorId is not null && given is not null ? given : actor?.Name ?? given!;
                writer.Actor(target, actorKind, actorName, parse.GetValue(country) ?? actor?.Country, actor?.Parent, actorGender == Gender.Unknown ? actor?.Gender ?? Gender.Unknown : actorGender, actor?.Weight ?? 0);
                if (newActor)
                {
                    writer.Alias(target, new ActorAlias(actorName, ActorAlias.AnyLanguage, AliasKind.Name));
                }
            }

            _ = KbNames.TryParseAliasKind(parse.GetValue(aliasKind)!, out var kindOfAlias);
            foreach (var text in parse.GetValue(alias) ?? [])
            {
                writer.Alias(target, new ActorAlias(text, parse.GetValue(language)!, kindOfAlias));
            }

            foreach (var text in parse.GetValue(remove) ?? [])
            {
                statements.Write($"unalias\t{target}\t{parse.GetValue(language)}\t{text}\n");
            }

            foreach (var text in parse.GetValue(role) ?? [])
            {
                if (ParseRole(text, kb) is not { } parsed)
                {
                    Terminal.Error($"--role \"{text}\": expected \"OFFICE OF START [END] [TITLE…]\" with a known office, an id or a name the knowledge base knows for OF, and dates as YYYY-MM-DD or -.");
                    return ExitCodes.Usage;
                }

                writer.Role(target, parsed);
            }

            // Check the statements before keeping them: a wrong line would be refused at every start.
            using (var check = new StringReader(statements.ToString()))
            {
                _ = kb.WithOverlay(check, "new statements", out var problems);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        Terminal.Error(problem.Message);
                    }

                    return ExitCodes.Usage;
                }
            }

            var path = KbOverlayLocation.Resolve();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, "# Vigie knowledge-base overlay: your additions and corrections (docs/KB.md). Read at every start.\n", new UTF8Encoding(false));
            }

            File.AppendAllText(path, statements.ToString(), new UTF8Encoding(false));
            Terminal.Data.MarkupLineInterpolated($"Added to [bold]{path}[/]:");
            Terminal.Data.Write(new Spectre.Console.Text(statements.ToString()));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ActorRole? ParseRole(string text, KnowledgeBase kb)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !KbNames.TryParseOffice(parts[0], out var office))
        {
            return null;
        }

        var of = kb.Find(parts[1])?.Id ?? kb.Match(KnowledgeBase.KeyOf(parts[1].Replace('_', ' '))).ToArray().Select(h => h.Actor.Id).Distinct().SingleOrDefault();
        if (of is null || !TryDate(parts[2], out var start))
        {
            return null;
        }

        DateOnly? end = null;
        var titleAt = 3;
        if (parts.Length > 3 && (parts[3] == "-" || char.IsAsciiDigit(parts[3][0])))
        {
            if (!TryDate(parts[3], out end))
            {
                return null;
            }

            titleAt = 4;
        }

        var title = parts.Length > titleAt ? string.Join(' ', parts[titleAt..]) : $"{KbNames.Title(office)} of {kb.Find(of)?.Name ?? of}";
        return new ActorRole(office, of, title, start, end);
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text == "-")
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static string Slug(string name)
    {
        var folded = TextFold.FoldWithoutDiacritics(name);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return slug.ToString().Trim('-');
    }
}
