using System.CommandLine;

namespace Vigie.Cli.Commands.Eval;

internal static class EvalCommand
{
    public static Command Create() => new("eval", """
        Score Vigie against gold data and print precision, recall, F1 or accuracy.
        Figures and the commands that reproduce them are kept in docs/QUALITY.md.

        Examples:
          vigie eval langid
          vigie eval quotes --errors
          vigie eval times --part test
          vigie eval actors
          vigie eval events
          vigie eval ner --lang en
        """)
    {
        EvalLangIdCommand.Create(),
        EvalNerCommand.Create(),
        EvalQuotesCommand.Create(),
        EvalTimesCommand.Create(),
        EvalActorsCommand.Create(),
        EvalEventsCommand.Create(),
    };
}
