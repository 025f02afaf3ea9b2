using Vigie.Documents;

namespace Vigie.Ingest;

/// <summary>What a reader made of one document: an article, or a rejection saying why not.</summary>
public readonly record struct Reading
{
    private Reading(Article? article, Rejection? rejection)
    {
        Article = article;
        Rejection = rejection;
    }

    public Article? Article { get; }

    public Rejection? Rejection { get; }

    public static Reading Of(Article article) => new(article, null);

    public static Reading Rejected(string path, int? line, string reason, string advice) =>
        new(null, new Rejection(path, line, reason, advice));
}
