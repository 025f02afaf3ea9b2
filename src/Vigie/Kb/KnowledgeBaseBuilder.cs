using Vigie.Text;

namespace Vigie.Kb;

/// <summary>
/// The mutable recipe of a <see cref="KnowledgeBase"/>: statements from knowledge-base files and the
/// user overlay, applied in order. <see cref="Build"/> freezes it. Not thread-safe.
/// </summary>
/// <remarks>
/// An actor defined twice keeps its first name and kind unless the later statement overrides (the
/// overlay does): so the curated files, read first, name NATO "NATO" even when a share-alike file
/// calls it "North Atlantic Treaty Organisation". Aliases and roles accumulate without duplicates.
/// Actors of a knowledge base the builder starts <see cref="From"/> are reused as they are unless a
/// statement changes them.
/// </remarks>
public sealed class KnowledgeBaseBuilder
{
    private readonly Dictionary<string, Draft> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft>.AlternateLookup<ReadOnlySpan<char>> _actorLookup;
    private readonly List<Draft> _order = [];
    private readonly Dictionary<string, HashSet<string>> _commonWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;

    public KnowledgeBaseBuilder()
    {
        _actorLookup = _actors.GetAlternateLookup<ReadOnlySpan<char>>();
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A builder holding everything <paramref name="knowledgeBase"/> holds, to add an overlay to it.</summary>
    public static KnowledgeBaseBuilder From(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var builder = new KnowledgeBaseBuilder();
        foreach (var actor in knowledgeBase.Actors)
        {
            var draft = new Draft(actor);
            builder._actors[actor.Id] = draft;
            builder._order.Add(draft);
        }

        foreach (var (language, words) in knowledgeBase.CommonWordsByLanguage)
        {
            builder._commonWords[language] = [.. words];
        }

        return builder;
    }

    public int Count => _actors.Count;

    public bool Contains(string id) => _actors.ContainsKey(id);

    /// <summary>Defines an actor, or completes one already defined (<paramref name="overrides"/>: replaces its name, kind and the given fields).</summary>
    public void AddActor(string id, ActorKind kind, string name, string? country = null, string? parent = null,
        Gender gender = Gender.Unknown, long weight = 0, bool overrides = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_actors.TryGetValue(id, out var draft))
        {
            draft = new Draft(id, kind, name) { Country = Intern(country), Parent = Intern(parent), Gender = gender, Weight = weight };
            _actors[id] = draft;
            _order.Add(draft);
            return;
        }

        draft.Open();
        if (overrides)
        {
            draft.Name = name;
            draft.Kind = kind;
            draft.Country = Intern(country) ?? draft.Country;
            draft.Parent = Intern(parent) ?? draft.Parent;
            draft.Gender = gender == Gender.Unknown ? draft.Gender : gender;
            draft.Weight = weight == 0 ? draft.Weight : weight;
            return;
        }

        draft.Country ??= Intern(country);
        draft.Parent ??= Intern(parent);
        if (draft.Gender == Gender.Unknown)
        {
            draft.Gender = gender;
        }

        draft.Weight = Math.Max(draft.Weight, weight);
    }

    /// <summary>Adds an alias to a defined actor; false when the actor is unknown or the alias is blank.</summary>
    public bool AddAlias(string id, ActorAlias alias) => AddAlias(id.AsSpan(), alias);

    internal bool AddAlias(ReadOnlySpan<char> id, ActorAlias alias)
    {
        if (!_actorLookup.TryGetValue(id, out var draft) || string.IsNullOrWhiteSpace(alias.Text))
        {
            return false;
        }

        var text = alias.Text.Trim();
        if (text == draft.Name)
        {
            text = draft.Name;
        }

        alias = alias with { Text = text, Language = Intern(alias.Language)! };
        draft.Open();
        var aliases = draft.Aliases!;
        for (var i = 0; i < aliases.Count; i++)
        {
            var seen = aliases[i];
            if (seen.Kind == alias.Kind && seen.Language == alias.Language && TextFold.FoldedEquals(seen.Text, text))
            {
                aliases[i] = seen with { Flags = seen.Flags | alias.Flags };
                return true;
            }
        }

        aliases.Add(alias);
        return true;
    }

    /// <summary>Removes the aliases of an actor with this text (compared folded) in this language (<c>*</c>: any); the number removed.</summary>
    public int RemoveAlias(string id, string language, string text)
    {
        if (!_actors.TryGetValue(id, out var draft))
        {
            return 0;
        }

        draft.Open();
        return draft.Aliases!.RemoveAll(a =>
            (language == ActorAlias.AnyLanguage || a.Language == language) && TextFold.FoldedEquals(a.Text, text.Trim()));
    }

    /// <summary>Adds a role to a defined actor; false when the actor is unknown.</summary>
    public bool AddRole(string id, ActorRole role) => AddRole(id.AsSpan(), role);

    internal bool AddRole(ReadOnlySpan<char> id, ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (!_actorLookup.TryGetValue(id, out var draft))
        {
            return false;
        }

        role = role with { Of = Intern(role.Of)!, Title = Intern(role.Title)! };
        draft.Open();
        if (!draft.Roles!.Contains(role))
        {
            draft.Roles!.Add(role);
        }

        return true;
    }

    /// <summary>Removes the roles of an actor of this office in <paramref name="of"/> (starting on <paramref name="start"/> when given); the number removed.</summary>
    public int RemoveRole(string id, Office office, string of, DateOnly? start)
    {
        if (!_actors.TryGetValue(id, out var draft))
        {
            return 0;
        }

        draft.Open();
        return draft.Roles!.RemoveAll(r => r.Office == office && r.Of == of && (start is null || r.Start == start));
    }

    /// <summary>Records that <paramref name="cityId"/> is the capital of <paramref name="countryId"/>; false when either is unknown.</summary>
    public bool SetCapital(string countryId, string cityId)
    {
        if (!_actors.TryGetValue(countryId, out var country) || !_actors.TryGetValue(cityId, out var city))
        {
            return false;
        }

        country.Open();
        city.Open();
        country.Capital = city.Id;
        city.CapitalOf = country.Id;
        return true;
    }

    /// <summary>Adds words that are common in <paramref name="language"/> in lower case (used to tell « Dans » from a name).</summary>
    public void AddCommonWords(string language, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!_commonWords.TryGetValue(language, out var set))
        {
            _commonWords[language] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                set.Add(TextFold.FoldWithoutDiacritics(word));
            }
        }
    }

    /// <summary>Freezes what was added into a knowledge base.</summary>
    public KnowledgeBase Build()
    {
        var actors = new List<Actor>(_order.Count);
        foreach (var draft in _order)
        {
            actors.Add(draft.Freeze());
        }

        return new KnowledgeBase(actors, _commonWords.ToDictionary(p => p.Key, p => (IEnumerable<string>)p.Value, StringComparer.Ordinal));
    }

    private string? Intern(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_stringLookup.TryGetValue(value.AsSpan(), out var known))
        {
            return known;
        }

        _strings.Add(value);
        return value;
    }

    internal string Intern(ReadOnlySpan<char> value)
    {
        if (_stringLookup.TryGetValue(value, out var known))
        {
            return known;
        }

        var text = value.ToString();
        _strings.Add(text);
        return text;
    }

    /// <summary>An actor being built, or an actor of the knowledge base the builder started from, opened only when a statement changes it.</summary>
    private sealed class Draft
    {
        private Actor? _frozen;

        public Draft(string id, ActorKind kind, string name)
        {
            Id = id;
            Kind = kind;
            Name = name;
            Aliases = [];
            Roles = [];
        }

        public Draft(Actor actor)
        {
            _frozen = actor;
            Id = actor.Id;
            Kind = actor.Kind;
            Name = actor.Name;
        }

        public string Id { get; }

        public ActorKind Kind { get; set; }

        public string Name { get; set; }

        public string? Country { get; set; }

        public string? Parent { get; set; }

        public Gender Gender { get; set; }

        public long Weight { get; set; }

        public string? Capital { get; set; }

        public string? CapitalOf { get; set; }

        public List<ActorAlias>? Aliases { get; private set; }

        public List<ActorRole>? Roles { get; private set; }

        /// <summary>Makes the draft editable (copies the frozen actor's fields once).</summary>
        public void Open()
        {
            if (_frozen is not { } actor)
            {
                return;
            }

            Country = actor.Country;
            Parent = actor.Parent;
            Gender = actor.Gender;
            Weight = actor.Weight;
            Capital = actor.Capital;
            CapitalOf = actor.CapitalOf;
            Aliases = [.. actor.Aliases];
            Roles = [.. actor.Roles];
            _frozen = null;
        }

        public Actor Freeze() => _frozen ?? new Actor(Id, Name, Kind, Country, Parent, Gender, Weight, Aliases!.ToArray(), Roles!.ToArray(), Capital, CapitalOf);
    }
}
