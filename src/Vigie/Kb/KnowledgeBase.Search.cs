using Vigie.Text;

namespace Vigie.Kb;

/// <summary>One actor found by <see cref="KnowledgeBase.Search"/>: why it was found, and its roles at the date asked.</summary>
public sealed record ActorSearchHit(Actor Actor, string Matched, int Score, IReadOnlyList<ActorRole> Roles);

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Actors whose names, aliases or role titles match <paramref name="query"/> (case, accents and
    /// apostrophes ignored): an exact name or alias first, then names starting with the query, then names
    /// and role titles containing it. With <paramref name="at"/>, roles are those held on that date, and a
    /// query that is a role title ("Secretary General of NATO") finds who held it then.
    /// </summary>
    public IReadOnlyList<ActorSearchHit> Search(string query, DateOnly? at = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = TextFold.FoldWithoutDiacritics(query.Trim());
        if (folded.Length == 0)
        {
            return [];
        }

        var key = KeyOf(query);
        var found = new Dictionary<Actor, (int Score, string Matched)>();
        void Add(Actor actor, int score, string matched)
        {
            if (!found.TryGetValue(actor, out var seen) || seen.Score < score)
            {
                found[actor] = (score, matched);
            }
        }

        foreach (var hit in Match(key))
        {
            Add(hit.Actor, hit.Alias.Kind == AliasKind.Surname ? 80 : 100, hit.Alias.Text);
        }

        foreach (var actor in Actors)
        {
            foreach (var alias in actor.Aliases)
            {
                var text = TextFold.FoldWithoutDiacritics(alias.Text);
                if (text.StartsWith(folded, StringComparison.Ordinal))
                {
                    Add(actor, 60, alias.Text);
                }
                else if (folded.Length >= 3 && text.Contains(folded, StringComparison.Ordinal))
                {
                    Add(actor, 40, alias.Text);
                }
            }

            foreach (var role in actor.Roles)
            {
                if ((at is null || role.IsHeldOn(at.Value)) && folded.Length >= 3 && TextFold.FoldWithoutDiacritics(role.Title).Contains(folded, StringComparison.Ordinal))
                {
                    Add(actor, at is null ? 30 : 90, role.Title);
                }
            }
        }

        return [.. found
            .Select(p => new ActorSearchHit(p.Key, p.Value.Matched, p.Value.Score, at is { } date ? [.. p.Key.RolesOn(date)] : p.Key.Roles))
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => at is not null && h.Roles.Count > 0)
            .ThenBy(h => h.Actor.Kind == ActorKind.Country ? 0 : h.Actor.Kind == ActorKind.Person && !h.Actor.Id.StartsWith("phoenix:", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(h => h.Actor.Weight)
            .ThenBy(h => h.Actor.Name, StringComparer.Ordinal)
            .Take(limit)];
    }
}
