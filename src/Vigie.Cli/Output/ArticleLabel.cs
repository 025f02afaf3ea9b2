namespace Vigie.Cli.Output;

/// <summary>How an article is named on screen: its title, else its file name (and line), else its short id.</summary>
internal static class ArticleLabel
{
    public static string Of(string? title, string? path, string id) =>
        title ?? (path is null ? id[..Math.Min(id.Length, 19)] : Path.GetFileName(path));
}
