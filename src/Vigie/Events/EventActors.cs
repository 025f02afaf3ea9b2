using Vigie.Actors;
using Vigie.Kb;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Events;

/// <summary>
/// Resolves the words of an event's sources, targets and place to entities of the actor stage: a span
/// names the entity with a mention inside it (or around it) — the longest such mention, an actor before
/// a place for sources and targets, a knowledge-base actor on ties. Mentions made by coreference count
/// (« Il » tied to Rutte); a person named by a role phrase brings the role's organisation (« Le
/// secrétaire général de l’OTAN »: Rutte and NATO). « Les deux pays », "both countries" name the two states of the actors of
/// their sentence and the one before, when there are exactly two. Any other span with no such mention
/// stays as words only: no guess.
/// </summary>
public static class EventActors
{
    public static Event Resolve(Event e, Analysis analysis, EventRules rules)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(rules);
        var entities = analysis.Entities;
        if (entities.Count == 0)
        {
            return e;
        }

        return e with
        {
            SourceIds = Ids(e.Sources, analysis, rules),
            TargetIds = Ids(e.Targets, analysis, rules),
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

    private static IReadOnlyList<string> Ids(IReadOnlyList<TextSpan> spans, Analysis analysis, EventRules rules)
    {
        List<string>? ids = null;
        foreach (var span in spans)
        {
            var named = Named(span, analysis.Entities, asPlace: false) is { } entity ? WithOffice(entity, span, analysis.Entities) : PairOfStates(span, analysis, rules);
            foreach (var one in named)
            {
                if (!(ids?.Contains(one.Id) ?? false))
                {
                    (ids ??= []).Add(one.Id);
                }
            }
        }

        return ids is null ? [] : ids;
    }

    /// <summary>
    /// A person named by a role phrase in the span acts for the organisation of the role too: « Le
    /// secrétaire général de l’OTAN » gives Mark Rutte and NATO.
    /// </summary>
    private static IReadOnlyList<ResolvedEntity> WithOffice(ResolvedEntity entity, TextSpan span, IReadOnlyList<ResolvedEntity> entities)
    {
        var roles = entity.Mentions.Where(m => m.How == MentionSource.Role && m.Start >= span.Start && m.End <= span.End).ToList();
        if (entity.Kind != ActorKind.Person || roles.Count == 0)
        {
            return [entity];
        }

        var role = roles[0];

        var office = entities.FirstOrDefault(e => e.Kind == ActorKind.Organization && e.Mentions.Any(m => m.Start >= role.Start && m.End <= role.End));
        return office is null ? [entity] : [entity, office];
    }

    /// <summary>
    /// « Les deux pays », "both countries": the two states of the actors named in the span's sentence
    /// (before it) and the sentence before, each an entity of the article; none unless exactly two.
    /// </summary>
    private static IReadOnlyList<ResolvedEntity> PairOfStates(TextSpan span, Analysis analysis, EventRules rules)
    {
        var words = TextFold.FoldWithoutDiacritics(analysis.Article.Text.Substring(span.Start, span.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !rules.Has(EventWordClass.PairNoun, words[^1]) || !rules.Has(EventWordClass.PairCount, words[^2]))
        {
            return [];
        }

        var sentence = SentenceOf(analysis.Sentences, span.Start);
        var from = sentence > 0 ? analysis.Sentences[sentence - 1].Start : span.Start;
        var states = new List<ResolvedEntity>();
        foreach (var entity in analysis.Entities)
        {
            // Actors only: « en mer du Japon » is a place, not a state of the sentence.
            if (entity.Kind == ActorKind.Place || !entity.Mentions.Any(m => m.Start >= from && m.End <= span.Start && m.Sense != MentionSense.Place))
            {
                continue;
            }

            var state = entity.Kind == ActorKind.Country ? entity
                : entity.Country is { } code ? analysis.Entities.FirstOrDefault(c => c.Kind == ActorKind.Country && c.Actor?.Country == code)
                : null;
            if (state is not null && !states.Contains(state))
            {
                states.Add(state);
            }
        }

        return states.Count == 2 ? states : [];
    }

    /// <summary>The index of the sentence that holds <paramref name="offset"/> (the last one past the end).</summary>
    internal static int SentenceOf(IReadOnlyList<TextSpan> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].End > offset)
            {
                return i;
            }
        }

        return sentences.Count - 1;
    }
}
