using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>GET /api/search: full-text search with highlighted snippets, one page of hits, and facets over all the matches.</summary>
public static class SearchEndpoints
{
    public const int MaxQueryLength = 500;

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/search", Search).WithSummary("Search articles: all words, \"a phrase\", prefix*, a OR b, NOT word; accents and case ignored.");
        return api;
    }

    public static async Task<Results<Ok<SearchResult>, ValidationProblem>> Search(
        StorePool stores, string? q, string? lang, string? source, string? actor, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        errors.Check(!string.IsNullOrWhiteSpace(q), "q", "q (the words to search for) is required.");
        errors.Check(q is null || q.Length <= MaxQueryLength, "q", $"q must be at most {MaxQueryLength} characters.");
        errors.Range(from, to);
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var query = new SearchQuery(q!, Blank(lang), Blank(source), from, to, paging.Probe, paging.Offset, Blank(actor));
        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        var hits = lease.Store.Search(query);
        var facets = lease.Store.Facets(query);
        return TypedResults.Ok(new SearchResult(q!, facets.Total, paging.Of(hits), facets));
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A search's answer: the query, how many articles match, one page of hits and the facets of all matches.</summary>
public sealed record SearchResult(string Query, int Total, ResultPage<SearchHit> Hits, SearchFacets Facets);
