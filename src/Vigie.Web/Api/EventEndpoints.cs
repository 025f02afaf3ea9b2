using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>GET /api/events: PLOVER events, filtered and paged; GET /api/timeline: how many happened per day and type.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/events", List).WithSummary("Events that happened (all=true adds negated, hypothetical and recalled ones), newest first.");
        api.MapGet("/timeline", Timeline).WithSummary("Events per day and PLOVER type, with the same filters as /api/events.");
        return api;
    }

    public static async Task<Results<Ok<ResultPage<StoredEvent>>, ValidationProblem>> List(
        StorePool stores, string? type, string? actor, DateOnly? from, DateOnly? to, bool? all, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var upper = errors.EventType(type);
        errors.Range(from, to);
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        var query = new EventQuery(SearchEndpoints.Blank(actor), upper, from, to, all ?? false, paging.Probe, paging.Offset);
        return TypedResults.Ok(paging.Of(lease.Store.Events(query)));
    }

    public static async Task<Results<Ok<IReadOnlyList<TimelineDay>>, ValidationProblem>> Timeline(
        StorePool stores, string? type, string? actor, DateOnly? from, DateOnly? to, bool? all, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var upper = errors.EventType(type);
        errors.Range(from, to);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return TypedResults.Ok(lease.Store.Timeline(new EventQuery(SearchEndpoints.Blank(actor), upper, from, to, all ?? false)));
    }
}
