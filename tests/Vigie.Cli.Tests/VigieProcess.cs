using System.Diagnostics;
using System.Text;

namespace Vigie.Cli.Tests;

/// <summary>Runs the real `vigie` program (built next to the tests) as a child process.</summary>
internal static class VigieProcess
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "vigie.dll");

    public static ProcessStartInfo StartInfo(string database, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["VIGIE_DB"] = database;

        // The knowledge-base overlay beside the test's store, never the user's.
        info.Environment["VIGIE_KB_OVERLAY"] = Path.Combine(Path.GetDirectoryName(database)!, "kb-overlay.kb");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return info;
    }

    public static Result Run(string database, params string[] arguments) => RunWithInput(database, null, arguments);

    public static Result RunWithInput(string database, string? input, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(database, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigie {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public IEnumerable<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
