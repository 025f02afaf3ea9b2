using Vigie.Documents;
using Vigie.Ingest;
using Vigie.Ingest.Sources;

namespace Vigie.Benchmarks;

/// <summary>
/// The text the benchmarks run on: the repository's own sample articles (written by the team),
/// found by walking up to vigie.slnx. Read once per process.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<IReadOnlyList<Article>> LazyArticles = new(Load);

    public static IReadOnlyList<Article> Articles => LazyArticles.Value;

    /// <summary>All sample texts joined into one long text (about 1 MB), for throughput in MB/s.</summary>
    public static string LongText(int minimumChars = 1 << 20)
    {
        var builder = new System.Text.StringBuilder(minimumChars + 4096);
        while (builder.Length < minimumChars)
        {
            foreach (var article in Articles)
            {
                builder.Append(article.Text).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    private static List<Article> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "vigie.slnx")))
        {
            root = root.Parent;
        }

        var samples = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("vigie.slnx not found above the benchmark"), "samples");
        var articles = InputPaths.Expand([samples])
            .Where(input => !input.Path.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(input => input.Read(Stream.Null))
            .Select(reading => reading.Article)
            .OfType<Article>()
            .ToList();
        return articles.Count > 0 ? articles : throw new InvalidOperationException($"no sample article under {samples}");
    }
}
