using System.CommandLine;

namespace Vigie.Cli.Commands.Kb;

internal static class KbCommand
{
    public static Command Create() => new("kb", """
        The actor knowledge base: people, organisations, states and places, their names in
        several languages and their dated offices (docs/KB.md). `build` makes the embedded files
        from the shared data folder; `add` writes your additions and corrections to the user
        overlay, used at once without rebuilding anything.

        Examples:
          vigie kb build
          vigie kb add "Jane Doe" --kind person --country FRA --alias "Jeanne Doe"
          vigie actors Rutte
        """)
    {
        KbBuildCommand.Create(),
        KbAddCommand.Create(),
    };
}
