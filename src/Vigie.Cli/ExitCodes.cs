namespace Vigie.Cli;

/// <summary>What `vigie` exit codes mean; documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>Nothing could be done: bad arguments aside, an input or the store failed as a whole.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>Some documents were read and the others rejected (see `vigie rejected`).</summary>
    public const int Partial = 3;

    /// <summary>A search or lookup found nothing.</summary>
    public const int NotFound = 4;

    /// <summary>An evaluation ran but scored under its goal.</summary>
    public const int BelowGoal = 5;
}
