namespace Vigie.Documents;

/// <summary>
/// One news article as Vigie reads it: normalised text plus the metadata a reader could recover.
/// Every annotation later points into <see cref="Text"/> by UTF-16 offsets, so the text is kept once
/// and never changed after reading.
/// </summary>
/// <param name="Id">"sha256:" and the hex SHA-256 of the normalised text (see <see cref="ArticleId"/>).</param>
/// <param name="Text">The body, normalised by <see cref="ArticleText.Normalize"/>.</param>
/// <param name="Published">The publication day, when the source gives one.</param>
/// <param name="Source">The publisher or outlet name.</param>
/// <param name="Language">ISO 639-1 code given by the source; null lets the pipeline identify it.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Url">Where the article was fetched from, when known.</param>
/// <param name="Path">The file (and line, for JSON Lines) it was read from, when read from disk.</param>
public sealed record Article(
    string Id,
    string Text,
    DateOnly? Published,
    string? Source,
    string? Language,
    string? Title,
    string? Url,
    string? Path)
{
    /// <summary>Builds an article from raw text: normalises it and derives its id.</summary>
    public static Article Create(
        string rawText,
        DateOnly? published = null,
        string? source = null,
        string? language = null,
        string? title = null,
        string? url = null,
        string? path = null)
    {
        var text = ArticleText.Normalize(rawText);
        return new Article(ArticleId.Of(text), text, published, Blank(source), Blank(language), Blank(title), Blank(url), path);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : ArticleText.Normalize(value);
}
