using Vigie.Documents;
using Vigie.Ingest.Readers;
using Vigie.Training;

namespace Vigie.Web.Tests;

/// <summary>The articles the tests store: the project's seed (read from ../shared at test time) and a hostile one written here.</summary>
internal static class Articles
{
    /// <summary>An article whose title, source and words are markup meant to run if a page ever inserts them as HTML.</summary>
    public static Article Hostile { get; } = Article.Create(
        """
        <script>alert(1)</script> La ministre Jeanne Essai a déclaré : « "><img src=x onerror=alert(1)> Nous refusons ce texte ».

        Le maire de Lyon a critiqué la ministre <b onmouseover=alert(1)>hier</b>.
        """,
        published: new DateOnly(2026, 3, 2),
        source: "<i>Le Piège</i>",
        language: "fr",
        title: "<script>alert(1)</script>\"><img src=x onerror=alert(1)>");

    /// <summary>../shared/seeds/000_c75f2f8ed8d84f52.txt, read by the article reader as `vigie ingest` reads it.</summary>
    public static Article Seed()
    {
        var path = Path.GetFullPath(Path.Combine(SharedData.Require(), "..", "seeds", "000_c75f2f8ed8d84f52.txt"));
        var reading = CorpusArticleReader.Read(path, File.ReadAllText(path));
        return reading.Article ?? throw new InvalidDataException($"the seed could not be read: {reading.Rejection}");
    }
}
