using Spectre.Console;

namespace Vigie.Cli.Output;

/// <summary>
/// The two streams a command writes to: data on standard output (what scripts read), and messages,
/// warnings and progress on standard error (what people read). Both are UTF-8.
/// </summary>
internal static class Terminal
{
    /// <summary>Rich output for people, on standard error.</summary>
    public static IAnsiConsole Messages { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>Rich output on standard output, for text formats.</summary>
    public static IAnsiConsole Data { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
    });

    public static void Error(string message) => Messages.MarkupLineInterpolated($"[red]error:[/] {message}");

    public static void Warning(string message) => Messages.MarkupLineInterpolated($"[yellow]warning:[/] {message}");
}
