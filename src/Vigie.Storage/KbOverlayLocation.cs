namespace Vigie.Storage;

/// <summary>
/// Where the user's knowledge-base overlay lives (docs/KB.md): <c>VIGIE_KB_OVERLAY</c> if set, else
/// <c>kb-overlay.kb</c> in the per-user data folder, beside the default store.
/// </summary>
public static class KbOverlayLocation
{
    public const string Variable = "VIGIE_KB_OVERLAY";

    public const string FileName = "kb-overlay.kb";

    public static string Resolve()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "vigie", FileName);
    }
}
