using System.CommandLine;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Cli;
using Vigie.Cli.Commands;
using Vigie.Cli.Output;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("""
    Vigie reads news articles and tells who said what, who did what to whom, when and where.

    Start with `vigie demo`, which ingests the bundled sample articles into the embedded store
    and prints a digest. Every command has --help with examples.
    """);

foreach (var command in VigieCommands.All())
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parse.Errors)
    {
        Terminal.Error(error.Message);
    }

    Console.Error.WriteLine("Run `vigie --help` or `vigie COMMAND --help` for usage and examples.");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException or DirectoryNotFoundException or FormatException)
{
    Terminal.Error(e.Message);
    return ExitCodes.Failed;
}
