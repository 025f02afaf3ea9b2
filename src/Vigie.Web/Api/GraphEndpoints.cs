using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>GET /api/graph: actors as nodes, linked when an event's source or target words name both.</summary>
public static class GraphEndpoints
{
    public const int MaxEdges = 500;

    public static RouteGroupBuilder MapGraph(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/graph", Get).WithSummary("The actor graph, heaviest edges first; actor keeps one actor's edges.");
        return api;
    }

    public static async Task<Results<Ok<ActorGraph>, ValidationProblem>> Get(
        StorePool stores, string? actor, int? limit, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var edges = limit ?? 100;
        errors.Check(edges is >= 1 and <= MaxEdges, "limit", $"limit must be between 1 and {MaxEdges}, not {edges}.");
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return TypedResults.Ok(lease.Store.Graph(SearchEndpoints.Blank(actor), edges));
    }
}
