using System.CommandLine;

namespace Vigie.Cli.Commands.Train;

internal static class TrainCommand
{
    public static Command Create() => new("train", """
        Build Vigie's models from the project's shared data folder (../shared/data, or
        $VIGIE_SHARED_DATA) and text written by the team (corpora/). Training is deterministic:
        the same data gives the same bytes. Rebuild Vigie afterwards to embed the new model.

        Examples:
          vigie train langid
          vigie train ner --lang fr
        """)
    {
        TrainLangIdCommand.Create(),
        TrainNerCommand.Create(),
    };
}
