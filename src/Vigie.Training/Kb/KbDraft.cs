using System.Text;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Training.Kb;

/// <summary>
/// The knowledge base while it is built from its sources: every fact remembers the file (licence) it
/// goes to and how much its source is trusted. The first definition of an actor names it.
/// </summary>
internal sealed class KbDraft
{
    private readonly Dictionary<string, DraftActor> _actors = new(StringComparer.Ordinal);
    private readonly List<DraftActor> _order = [];
    private readonly List<(string Country, string City)> _capitals = [];
    private readonly Dictionary<string, List<string>> _words = new(StringComparer.Ordinal);

    public IReadOnlyList<DraftActor> Actors => _order;

    /// <summary>The alias claims <see cref="ResolveConflicts"/> removed, one line each (key, actor, kind, tier).</summary>
    public List<string> Removed { get; } = [];

    public DraftActor? Find(string id) => _actors.GetValueOrDefault(id);

    public bool Contains(string id) => _actors.ContainsKey(id);

    public DraftActor Define(string id, ActorKind kind, string name, KbPart part, string? country = null, string? parent = null,
        Gender gender = Gender.Unknown, long weight = 0)
    {
        if (_actors.TryGetValue(id, out var actor))
        {
            actor.Country ??= country;
            actor.Parent ??= parent;
            if (actor.Gender == Gender.Unknown)
            {
                actor.Gender = gender;
            }

            actor.Weight = Math.Max(actor.Weight, weight);
            return actor;
        }

        actor = new DraftActor(id, kind, name.Trim(), part) { Country = country, Parent = parent, Gender = gender, Weight = weight };
        _actors[id] = actor;
        _order.Add(actor);
        return actor;
    }

    public void Alias(string id, KbPart part, KbTier tier, string text, string language, AliasKind kind = AliasKind.Name, AliasFlags flags = AliasFlags.None)
    {
        if (!_actors.TryGetValue(id, out var actor))
        {
            return;
        }

        text = Clean(text);
        if (text.Length == 0 || text.Length > 120)
        {
            return;
        }

        var key = (TextFold.Fold(text), language, kind);
        var alias = new DraftAlias(new ActorAlias(text, language, kind, flags), part, tier);
        if (actor.AliasKeys.Add(key))
        {
            actor.Aliases.Add(alias);
            return;
        }

        // Said again by a more trusted source (our « Kiev » after GeoNames' alternate « Kiev »): the trusted claim replaces it.
        var index = actor.Aliases.FindIndex(a => (TextFold.Fold(a.Alias.Text), a.Alias.Language, a.Alias.Kind) == key);
        if (index >= 0 && tier < actor.Aliases[index].Tier)
        {
            actor.Aliases[index] = alias;
        }
    }

    public void Role(string id, KbPart part, ActorRole role)
    {
        if (_actors.TryGetValue(id, out var actor) && !actor.Roles.Exists(r => r.Role == role))
        {
            actor.Roles.Add((role, part));
        }
    }

    public void Capital(string country, string city)
    {
        if (_actors.ContainsKey(country) && _actors.ContainsKey(city))
        {
            _capitals.Add((country, city));
        }
    }

    public void Words(string language, IEnumerable<string> words) => _words[language] = [.. words];

    /// <summary>
    /// Where two actors claim the same alias key, keeps only the claims of the most trusted source:
    /// our curated « Gaza » (the Strip) silences GeoNames' Gaza (the city), our « Xi » silences any namesake.
    /// </summary>
    public int ResolveConflicts()
    {
        var byKey = new Dictionary<string, List<(DraftActor Actor, DraftAlias Alias)>>(StringComparer.Ordinal);
        foreach (var actor in _order)
        {
            foreach (var alias in actor.Aliases)
            {
                var key = KnowledgeBase.KeyOf(alias.Alias.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add((actor, alias));
            }
        }

        var removed = 0;
        foreach (var (key, claims) in byKey)
        {
            if (claims.Count < 2)
            {
                continue;
            }

            // A surname or an anaphor silences nobody: "Lima" the surname must not hide Lima the city.
            var strong = claims.Where(c => c.Alias.Alias.Kind is not AliasKind.Surname and not AliasKind.Anaphor).ToList();
            if (strong.Count == 0)
            {
                continue;
            }

            var best = strong.Min(c => c.Alias.Tier);
            var winners = strong.Where(c => c.Alias.Tier == best).Select(c => c.Actor).ToHashSet();
            foreach (var (actor, alias) in claims)
            {
                if (alias.Tier > best && !winners.Contains(actor)
                    && (alias.Alias.Language == ActorAlias.AnyLanguage || strong.Exists(w => w.Alias.Tier == best && w.Alias.Alias.Language is var l && (l == ActorAlias.AnyLanguage || l == alias.Alias.Language))))
                {
                    actor.Aliases.Remove(alias);
                    Removed.Add($"{key}\t{actor.Id}\t{actor.Name}\t{KbNames.Of(alias.Alias.Kind)}\t{alias.Tier}");
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>Marks the one-word aliases that are common lower-case words of their language (or of any language, for <c>*</c>).</summary>
    public int FlagCommonWords(IReadOnlyDictionary<string, HashSet<string>> commonWords)
    {
        var flagged = 0;
        foreach (var actor in _order)
        {
            for (var i = 0; i < actor.Aliases.Count; i++)
            {
                var alias = actor.Aliases[i].Alias;
                if (alias.Kind is AliasKind.Demonym or AliasKind.Acronym || alias.Text.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var folded = TextFold.FoldWithoutDiacritics(alias.Text);
                var common = alias.Language == ActorAlias.AnyLanguage
                    ? commonWords.Values.Any(words => words.Contains(folded))
                    : commonWords.TryGetValue(alias.Language, out var words) && words.Contains(folded);
                if (common)
                {
                    actor.Aliases[i] = actor.Aliases[i] with { Alias = alias with { Flags = alias.Flags | AliasFlags.CommonWord } };
                    flagged++;
                }
            }
        }

        return flagged;
    }

    /// <summary>Writes each part's file: actors go to the part that defined them, aliases and roles to the part of their source.</summary>
    public void Write(KbPart part, TextWriter output, string header)
    {
        var writer = new KbWriter(output);
        writer.Comment(header);
        foreach (var actor in _order)
        {
            var owned = actor.Part == part;
            var aliases = actor.Aliases.Where(a => a.Part == part).ToList();
            var roles = actor.Roles.Where(r => r.Part == part).ToList();
            if (!owned && aliases.Count == 0 && roles.Count == 0)
            {
                continue;
            }

            if (owned)
            {
                writer.Actor(actor.Id, actor.Kind, actor.Name, actor.Country, actor.Parent, actor.Gender, actor.Weight);
            }

            foreach (var alias in aliases)
            {
                writer.Alias(actor.Id, alias.Alias);
            }

            foreach (var (role, _) in roles)
            {
                writer.Role(actor.Id, role);
            }
        }

        if (part == KbPart.Core)
        {
            foreach (var (country, city) in _capitals)
            {
                writer.Capital(country, city);
            }

            foreach (var (language, words) in _words.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (var chunk in words.Chunk(200))
                {
                    writer.Words(language, chunk);
                }
            }
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

internal sealed record DraftAlias(ActorAlias Alias, KbPart Part, KbTier Tier);

internal sealed class DraftActor(string id, ActorKind kind, string name, KbPart part)
{
    public string Id { get; } = id;

    public ActorKind Kind { get; set; } = kind;

    public string Name { get; set; } = name;

    /// <summary>The file the actor is defined in.</summary>
    public KbPart Part { get; set; } = part;

    public string? Country { get; set; }

    public string? Parent { get; set; }

    public Gender Gender { get; set; }

    public long Weight { get; set; }

    public List<DraftAlias> Aliases { get; } = [];

    public HashSet<(string Folded, string Language, AliasKind Kind)> AliasKeys { get; } = [];

    public List<(ActorRole Role, KbPart Part)> Roles { get; } = [];
}
