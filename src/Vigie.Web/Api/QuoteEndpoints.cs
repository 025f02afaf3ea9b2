using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>GET /api/quotes: who said what, filtered by speaker, subject, language and dates, newest first.</summary>
public static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuotes(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/quotes", List).WithSummary("Quotes with their speakers; speaker and about match names in part, accents and case ignored.");
        return api;
    }

    public static async Task<Results<Ok<ResultPage<StoredQuote>>, ValidationProblem>> List(
        StorePool stores, string? speaker, string? about, string? lang, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        errors.Range(from, to);
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        var query = new QuoteQuery(SearchEndpoints.Blank(speaker), SearchEndpoints.Blank(about), from, to, SearchEndpoints.Blank(lang), paging.Probe, paging.Offset);
        return TypedResults.Ok(paging.Of(lease.Store.Quotes(query)));
    }
}
