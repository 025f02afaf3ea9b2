using Vigie.Actors;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Events;

/// <summary>
/// Resolves the words of an event's sources, targets and place to entities of the actor stage: a span
/// names the entity with a mention inside it (or around it) — the longest such mention, an actor before
/// a place for sources and targets, a knowledge-base actor on ties. Mentions made by coreference count
/// (« Il » tied to Rutte). A span with no such mention (« Les deux pays » when the actor stage left it
/// alone) stays as words only: no guess.
/// </summary>
public static class EventActors
{
    public static Event Resolve(Event e, IReadOnlyList<ResolvedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return e;
        }

        return e with
        {
            SourceIds = Ids(e.Sources, entities),
            TargetIds = Ids(e.Targets, entities),
            PlaceId = e.Place is { } place ? Named(place, entities, asPlace: true)?.Id : null,
        };
    }

    /// <summary>The entity a span names, or null.</summary>
    public static ResolvedEntity? Named(TextSpan span, IReadOnlyList<ResolvedEntity> entities, bool asPlace)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ResolvedEntity? best = null;
        (int Kind, int Length, int Kb, int Start) bestScore = default;
        foreach (var entity in entities)
        {
            var kind = (asPlace ? entity.Kind is ActorKind.Place or ActorKind.Country : entity.Kind is not ActorKind.Place) ? 1 : 0;
            foreach (var mention in entity.Mentions)
            {
                var inside = mention.Start >= span.Start && mention.End <= span.End;
                var around = mention.Start <= span.Start && mention.End >= span.End;
                if (!inside && !around)
                {
                    continue;
                }

                var score = (kind, Math.Min(mention.Length, span.Length), entity.Actor is null ? 0 : 1, -mention.Start);
                if (best is null || score.CompareTo(bestScore) > 0)
                {
                    (best, bestScore) = (entity, score);
                }
            }
        }

        return best;
    }

    private static IReadOnlyList<string> Ids(IReadOnlyList<TextSpan> spans, IReadOnlyList<ResolvedEntity> entities)
    {
        List<string>? ids = null;
        foreach (var span in spans)
        {
            if (Named(span, entities, asPlace: false) is { } entity && !(ids?.Contains(entity.Id) ?? false))
            {
                (ids ??= []).Add(entity.Id);
            }
        }

        return ids is null ? [] : ids;
    }
}
