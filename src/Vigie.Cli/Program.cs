using System.CommandLine;
using Vigie.Cli.Commands;

var root = new RootCommand("""
    Vigie reads news articles and tells who said what, who did what to whom, when and where.

    Start with `vigie demo`, which ingests the bundled sample articles into the embedded store
    and prints a digest. Every command has --help with examples.
    """);

foreach (var command in VigieCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
