using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Kb;
using Vigie.Storage.Records;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>
/// GET /api/actors: the actors the stored articles name; GET /api/actors/{key}: one actor (a knowledge-base
/// id such as Q57792, or "name:" and a name) with aliases, roles, quotes, events and neighbours.
/// </summary>
public static class ActorEndpoints
{
    private const int NeighbourEdges = 40;

    public static RouteGroupBuilder MapActors(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/actors", List).WithSummary("Actors named in the stored articles, most named first; q filters by name.");
        api.MapGet("/actors/{key}", Get).WithSummary("One actor: names, roles over time, first page of quotes and events, neighbours.");
        api.MapGet("/actors/{key}/quotes", Quotes).WithSummary("The actor's quotes, newest first.");
        api.MapGet("/actors/{key}/events", Events).WithSummary("Events with the actor as source or target, newest first.");
        return api;
    }

    public static async Task<Results<Ok<ResultPage<StoredActor>>, ValidationProblem>> List(
        StorePool stores, string? q, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(lease.Store.StoredActors(SearchEndpoints.Blank(q), paging.Probe, paging.Offset)));
    }

    public static async Task<Results<Ok<ActorView>, ProblemHttpResult>> Get(
        StorePool stores, VigieWebOptions options, string key, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(options);
        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        if (lease.Store.StoredActor(key) is not { } actor)
        {
            return NotFound(key);
        }

        var first = new Paging(1, Paging.DefaultSize);
        var known = actor.Kb is { } kb ? options.KnowledgeBase().Find(kb) : null;
        return TypedResults.Ok(new ActorView(
            actor,
            known?.Aliases.Select(a => new AliasView(a.Text, a.Language == ActorAlias.AnyLanguage ? null : a.Language)).Distinct().Take(60).ToList() ?? [],
            known?.Roles.DistinctBy(r => (r.Title, r.Start, r.End)).OrderByDescending(r => r.Start ?? DateOnly.MinValue)
                .Select(r => new RoleView(r.Title, KbNames.Of(r.Office), r.Of, r.Start, r.End)).ToList() ?? [],
            first.Of(lease.Store.QuotesBy(key, first.Probe, 0)),
            first.Of(lease.Store.EventsOf(key, first.Probe, 0)),
            lease.Store.Graph(key, NeighbourEdges)));
    }

    public static async Task<Results<Ok<ResultPage<StoredQuote>>, ValidationProblem>> Quotes(
        StorePool stores, string key, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(lease.Store.QuotesBy(key, paging.Probe, paging.Offset)));
    }

    public static async Task<Results<Ok<ResultPage<ActorEvent>>, ValidationProblem>> Events(
        StorePool stores, string key, int? page, int? size, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var errors = new QueryErrors();
        var paging = Paging.From(page, size, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        using var lease = await stores.RentAsync(cancellation).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(lease.Store.EventsOf(key, paging.Probe, paging.Offset)));
    }

    private static ProblemHttpResult NotFound(string key) => ApiProblems.NotFound(string.Create(CultureInfo.InvariantCulture,
        $"No stored article names the actor '{key}'. Keys are knowledge-base ids (Q57792) or \"name:\" and a name; GET /api/actors lists them."));
}

/// <summary>An actor with what the knowledge base knows (aliases, roles over time) and what the stored articles say.</summary>
public sealed record ActorView(
    StoredActor Actor,
    IReadOnlyList<AliasView> Aliases,
    IReadOnlyList<RoleView> Roles,
    ResultPage<StoredQuote> Quotes,
    ResultPage<ActorEvent> Events,
    ActorGraph Neighbours);

/// <summary>A name of an actor, in a language (null: any).</summary>
public sealed record AliasView(string Text, string? Language);

/// <summary>A role held from <see cref="Start"/> to <see cref="End"/> (null: unknown, or still held).</summary>
public sealed record RoleView(string Title, string Office, string Of, DateOnly? Start, DateOnly? End);
