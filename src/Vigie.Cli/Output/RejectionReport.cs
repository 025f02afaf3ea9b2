using Vigie.Ingest;

namespace Vigie.Cli.Output;

/// <summary>Tells the user, on standard error, which documents were rejected and why.</summary>
internal static class RejectionReport
{
    public static void Write(Rejection rejection) => Terminal.Warning(rejection.ToString());

    /// <summary>The exit code of a run that read <paramref name="read"/> articles and rejected <paramref name="rejected"/> documents.</summary>
    public static int ExitCode(int read, int rejected) =>
        rejected == 0 ? ExitCodes.Ok : read == 0 ? ExitCodes.Failed : ExitCodes.Partial;
}
