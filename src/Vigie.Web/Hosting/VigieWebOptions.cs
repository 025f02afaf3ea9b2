using Vigie.Kb;
using Vigie.Pipeline;

namespace Vigie.Web.Hosting;

/// <summary>What a host decides for the web app: the store, where to listen, the API key, and how articles are analysed.</summary>
/// <param name="DatabasePath">The store file, already resolved (--db, VIGIE_DB, the default).</param>
/// <param name="KnowledgeBase">The knowledge base the actor pages read names, aliases and roles from (loaded on first use).</param>
/// <param name="Pipeline">Builds the pipeline that analyses articles posted to the API (called once, on the first post).</param>
public sealed record VigieWebOptions(string DatabasePath, Func<KnowledgeBase> KnowledgeBase, Func<AnalysisPipeline> Pipeline)
{
    /// <summary>The address served when the host names none: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable holding the API key that write endpoints require.</summary>
    public const string ApiKeyVariable = "VIGIE_API_KEY";

    /// <summary>Where to listen (semicolon-separated URLs).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key write endpoints require in the X-Api-Key header; null refuses every write.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;
}
