using Spectre.Console;
using Vigie.Entities;
using Vigie.Pipeline;

namespace Vigie.Cli.Output;

/// <summary>The readable form of an analysis: metadata, the most mentioned entities, then the opening sentences.</summary>
internal static class Digest
{
    private const int SentencesShown = 3;
    private const int EntitiesShown = 12;

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

        var entities = ProvisionalEntities.Group(article.Text, analysis.Mentions);
        if (entities.Count > 0)
        {
            var shown = entities.OrderByDescending(e => e.Mentions.Count).Take(EntitiesShown).Select(e => $"{e.Name} ({e.Kind}{(e.Mentions.Count > 1 ? $", {e.Mentions.Count}×" : "")})");
            grid.AddRow("[grey]entities[/]", Markup.Escape(string.Join(", ", shown) + (entities.Count > EntitiesShown ? $", … {entities.Count - EntitiesShown} more" : "")));
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

    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
