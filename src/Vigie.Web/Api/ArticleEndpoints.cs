using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;
using Vigie.Web.Security;

namespace Vigie.Web.Api;

/// <summary>
/// GET /api/articles/{id}: an article's text and everything found in it. POST /api/articles and DELETE
/// /api/articles/{id} change the store and need the API key.
/// </summary>
public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/articles/{id}", Get).WithSummary("An article (by id or the first characters of its id): text, entities, quotes, events, times.");
        // The body is read by the handler, after the key filter: a caller without the key learns nothing from how its body parses.
        api.MapPost("/articles", Post).AddEndpointFilter<ApiKeyFilter>().Accepts<ArticleInput>("application/json")
            .WithSummary("Analyse and store an article (needs X-Api-Key).");
        api.MapDelete("/articles/{id}", Delete).AddEndpointFilter<ApiKeyFilter>().WithSummary("Delete an article and its facts (needs X-Api-Key).");
        return api;
    }

    public static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> Get(
        StorePool stores, string id, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        var article = lease.Store.Find(id, out var matches);
        if (article is null || lease.Store.Facts(article.Id) is not { } facts)
        {
            return ApiProblems.NotFound(matches > 1
                ? $"'{id}' starts the ids of several articles; give more characters."
                : $"No article has an id starting with '{id}'.");
        }

        return TypedResults.Ok(new ArticleView(article, facts.Entities, facts.Quotes, facts.Events, facts.Times));
    }

    public static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> Post(
        StorePool stores, Lazy<Vigie.Pipeline.AnalysisPipeline> pipeline, VigieWebOptions options, HttpRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem("Send the article as JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        ArticleInput? input;
        try
        {
            input = await request.ReadFromJsonAsync<ArticleInput>(cancellation).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException error)
        {
            return TypedResults.Problem($"The body is not the JSON of an article: {error.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (input is null)
        {
            return TypedResults.Problem("The body is empty: send {\"text\": …}.", statusCode: StatusCodes.Status400BadRequest);
        }
        // Kestrel refuses larger bodies on the wire; this also covers hosts that do not enforce it (a body sent without a length).
        if (request.ContentLength > options.MaxRequestBodyBytes || input.Text?.Length > options.MaxRequestBodyBytes)
        {
            return TypedResults.Problem($"The body is larger than {options.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var errors = new QueryErrors();
        errors.Check(!string.IsNullOrWhiteSpace(input.Text), "text", "text (the article's body) is required.");
        errors.Check(input.Language is null || input.Language.Length is 2 or 3, "language", "language must be an ISO 639 code such as fr or en.");
        if (errors.Any)
        {
            return errors.Problem();
        }

        var article = Vigie.Documents.Article.Create(input.Text!, input.Published, input.Source, input.Language, input.Title, input.Url);
        var analysis = pipeline.Value.Analyze(article);
        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        var counts = lease.Store.Store([analysis]);
        var result = new IngestResult(article.Id, counts.Stored == 1, analysis.Language.Code, analysis.Entities.Count, analysis.Quotes.Count, analysis.Events.Count);
        return counts.Stored == 1 ? TypedResults.Created($"/api/articles/{Uri.EscapeDataString(article.Id)}", result) : TypedResults.Ok(result);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        StorePool stores, string id, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return lease.Store.Delete(id)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"No article has the id '{id}' (give the whole id to delete).");
    }
}

/// <summary>An article with everything the pipeline found in it; every offset points into <c>Article.Text</c> (UTF-16).</summary>
public sealed record ArticleView(
    StoredArticle Article,
    IReadOnlyList<StoredEntity> Entities,
    IReadOnlyList<ArticleQuote> Quotes,
    IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<StoredTime> Times);

/// <summary>An article to analyse and store: its body and what is known about it.</summary>
public sealed record ArticleInput(string? Text, string? Title = null, string? Source = null, DateOnly? Published = null, string? Language = null, string? Url = null);

/// <summary>What storing a posted article did: its id, whether it was new, and what the pipeline found.</summary>
public sealed record IngestResult(string Id, bool Stored, string Language, int Entities, int Quotes, int Events);
