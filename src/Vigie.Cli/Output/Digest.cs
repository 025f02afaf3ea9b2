using Spectre.Console;
using Vigie.Pipeline;

namespace Vigie.Cli.Output;

/// <summary>The readable form of an analysis: metadata, then the opening sentences.</summary>
internal static class Digest
{
    private const int SentencesShown = 3;
    private const int ActorsShown = 8;

    public static void Write(IAnsiConsole console, Analysis analysis)
    {
        var article = analysis.Article;
        console.Write(new Rule($"[bold]{Markup.Escape(ArticleLabel.Of(article.Title, article.Path, article.Id))}[/]").LeftJustified());
        if (article.Path is { } path)
        {
            console.MarkupLine($"[grey]{Markup.Escape(path)}[/]");
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[grey]id[/]", Markup.Escape(article.Id));
        grid.AddRow("[grey]published[/]", article.Published?.ToString("yyyy-MM-dd") ?? "[grey]unknown[/]");
        grid.AddRow("[grey]source[/]", Markup.Escape(article.Source ?? "unknown"));
        grid.AddRow("[grey]language[/]", $"{analysis.Language.Code} ({(article.Language is null ? $"identified, {analysis.Language.Confidence:P0}" : "given")})");
        grid.AddRow("[grey]size[/]", $"{article.Text.Length:N0} characters, {analysis.Sentences.Count} sentences, {analysis.Tokens.Count:N0} tokens");
        if (article.Url is { } url)
        {
            grid.AddRow("[grey]url[/]", Markup.Escape(url));
        }

        if (analysis.Entities.Count > 0)
        {
            // The actors most mentioned first, with how often: the article at a glance.
            var actors = analysis.Entities
                .OrderByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Mentions[0].Start)
                .Take(ActorsShown)
                .Select(e => $"{e.Name}{(e.Actor is null ? "*" : "")} ({e.Mentions.Count})");
            grid.AddRow("[grey]actors[/]", Markup.Escape(string.Join(", ", actors) + (analysis.Entities.Count > ActorsShown ? $", … {analysis.Entities.Count - ActorsShown} more" : "")));
        }

        if (analysis.Times.Count > 0)
        {
            grid.AddRow("[grey]times[/]", Markup.Escape(Times(analysis)));
        }

        console.Write(grid);
        foreach (var sentence in analysis.Sentences.Take(SentencesShown))
        {
            console.MarkupLine($"  [grey]›[/] {Markup.Escape(Shorten(sentence.In(article.Text).ToString(), 220))}");
        }

        if (analysis.Sentences.Count > SentencesShown)
        {
            console.MarkupLine($"  [grey]… {analysis.Sentences.Count - SentencesShown} more sentences[/]");
        }

        console.WriteLine();
    }

    /// <summary>The first time expressions and their values: « jeudi → 2025-09-04 · il y a quelques jours → ≈2025-08-29/2025-09-03 ».</summary>
    private static string Times(Analysis analysis)
    {
        const int shown = 8;
        var text = analysis.Article.Text;
        var parts = analysis.Times.Take(shown).Select(t => $"{Shorten(t.In(text).ToString(), 40)} → {(t.Approximate ? "≈" : "")}{t.Value ?? "?"}");
        var more = analysis.Times.Count > shown ? $" · … {analysis.Times.Count - shown} more" : "";
        return string.Join(" · ", parts) + more;
    }

    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
