using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>The mentions grouped by entity, entities in the order of their first mention, ids e1, e2, …</summary>
    private List<ResolvedEntity> Assemble()
    {
        var groups = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var mention in Live.Where(m => m.IsResolved).OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            var key = mention.EntityKey;
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            if (!list.Exists(m => m.Start == mention.Start && m.End == mention.End))
            {
                list.Add(mention);
            }
        }

        var entities = new List<ResolvedEntity>(order.Count);
        foreach (var key in order)
        {
            var mentions = groups[key];
            var first = mentions[0];
            var actor = mentions.Select(m => m.Actor).FirstOrDefault(a => a is not null);
            var spans = mentions
                .Select(m => new ActorMention(m.Start, m.End, m.How, m.Sense, m.Antecedent is { } a ? new TextSpan(a.Start, a.End) : null))
                .ToList();
            IReadOnlyList<ActorRole> roles = actor is not null && _date is { } date ? [.. actor.RolesOn(date)] : [];
            entities.Add(new ResolvedEntity(
                $"e{entities.Count + 1}",
                actor?.Name ?? first.LocalName ?? TextOf(first.First, first.Last),
                actor?.Kind ?? first.LocalKind,
                actor?.Country ?? first.LocalCountry,
                roles,
                actor,
                spans));
        }

        return entities;
    }
}
