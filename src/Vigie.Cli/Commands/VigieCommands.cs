using System.CommandLine;
using Vigie.Cli.Commands.Eval;
using Vigie.Cli.Commands.Kb;
using Vigie.Cli.Commands.Train;

namespace Vigie.Cli.Commands;

/// <summary>The list of `vigie` subcommands, in the order `vigie --help` shows them.</summary>
internal static class VigieCommands
{
    public static IEnumerable<Command> All() =>
    [
        DemoCommand.Create(),
        AnalyzeCommand.Create(),
        IngestCommand.Create(),
        SearchCommand.Create(),
        ShowCommand.Create(),
        StatsCommand.Create(),
        RejectedCommand.Create(),
        QuotesCommand.Create(),
        ActorsCommand.Create(),
        KbCommand.Create(),
        EventsCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
        BenchCommand.Create(),
        ServeCommand.Create(),
    ];
}
