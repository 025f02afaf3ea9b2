using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Vigie.Text;

namespace Vigie.Kb;

/// <summary>One alias of one actor, as the alias index returns it.</summary>
public readonly record struct AliasHit(Actor Actor, ActorAlias Alias);

/// <summary>
/// The actor knowledge base: people, organisations, states and places with their names in several
/// languages and their dated offices, and an index of every alias keyed by its <see cref="TextFold"/>
/// form (without diacritics) token by token. Immutable and thread-safe; <see cref="Default"/> is the
/// embedded one, loaded on first use.
/// </summary>
public sealed partial class KnowledgeBase
{
    /// <summary>The embedded files, in the order they are read: ours and permissive sources first, then the share-alike ones (each may be absent).</summary>
    public static IReadOnlyList<string> ResourceNames { get; } =
        ["Vigie.Models.kb.core.kb", "Vigie.Models.kb.countries-odbl.kb", "Vigie.Models.kb.orgs-ccbysa.kb"];

    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Actor> _byId;
    private readonly FrozenDictionary<string, AliasHit[]> _aliases;
    private readonly FrozenDictionary<string, AliasHit[]>.AlternateLookup<ReadOnlySpan<char>> _aliasLookup;
    private readonly FrozenSet<string> _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly FrozenDictionary<string, FrozenSet<string>> _commonWords;
    private readonly FrozenDictionary<(Office, string), (Actor Holder, ActorRole Role)[]> _holders;

    internal KnowledgeBase(IReadOnlyList<Actor> actors, IReadOnlyDictionary<string, IEnumerable<string>> commonWords)
    {
        Actors = actors;
        _byId = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);

        var aliases = new Dictionary<string, List<AliasHit>>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var holders = new Dictionary<(Office, string), List<(Actor, ActorRole)>>();
        foreach (var actor in actors)
        {
            foreach (var alias in actor.Aliases)
            {
                var keys = MatchKey.Prefixes(alias.Text);
                if (keys.Count == 0)
                {
                    continue;
                }

                for (var i = 0; i < keys.Count - 1; i++)
                {
                    prefixes.Add(keys[i]);
                }

                if (!aliases.TryGetValue(keys[^1], out var hits))
                {
                    aliases[keys[^1]] = hits = [];
                }

                if (!hits.Exists(h => ReferenceEquals(h.Actor, actor) && h.Alias.Kind == alias.Kind && h.Alias.Language == alias.Language))
                {
                    hits.Add(new AliasHit(actor, alias));
                }

                AliasCount++;
            }

            foreach (var role in actor.Roles)
            {
                RoleCount++;
                if (!holders.TryGetValue((role.Office, role.Of), out var list))
                {
                    holders[(role.Office, role.Of)] = list = [];
                }

                list.Add((actor, role));
            }
        }

        _aliases = aliases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _aliasLookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = commonWords.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _holders = holders.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        KeyCount = _aliases.Count;
    }

    /// <summary>A knowledge base that knows nothing.</summary>
    public static KnowledgeBase Empty { get; } = new KnowledgeBaseBuilder().Build();

    /// <summary>The knowledge base embedded in Vigie (built by <c>vigie kb build</c>), loaded on first use; empty when Vigie was built without it.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    public IReadOnlyList<Actor> Actors { get; }

    public int Count => Actors.Count;

    /// <summary>The number of aliases indexed (an alias of several actors counts once per actor).</summary>
    public int AliasCount { get; }

    /// <summary>The number of distinct keys in the alias index.</summary>
    public int KeyCount { get; }

    public int RoleCount { get; }

    internal IEnumerable<KeyValuePair<string, FrozenSet<string>>> CommonWordsByLanguage => _commonWords;

    /// <summary>Reads knowledge-base files (gzip-compressed or plain, see <see cref="KbFile"/>) in order.</summary>
    public static KnowledgeBase Load(IEnumerable<(Stream Stream, string Source)> files, out IReadOnlyList<KbProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(files);
        var builder = new KnowledgeBaseBuilder();
        var all = new List<KbProblem>();
        foreach (var (stream, source) in files)
        {
            using var reader = new StreamReader(Decompressed(stream), Encoding.UTF8);
            all.AddRange(KbFile.Read(reader, builder, source));
        }

        problems = all;
        return builder.Build();
    }

    /// <summary>This knowledge base with the statements of an overlay applied (docs/KB.md); nothing is rebuilt on disk.</summary>
    public KnowledgeBase WithOverlay(TextReader overlay, string source, out IReadOnlyList<KbProblem> problems)
    {
        var builder = KnowledgeBaseBuilder.From(this);
        problems = KbFile.Read(overlay, builder, source, overrides: true);
        return builder.Build();
    }

    public Actor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The actors and aliases whose key is <paramref name="key"/> (see <see cref="KeyOf"/>).</summary>
    public ReadOnlySpan<AliasHit> Match(ReadOnlySpan<char> key) =>
        _aliasLookup.TryGetValue(key, out var hits) ? hits : [];

    /// <summary>Whether some longer alias starts with the tokens of <paramref name="key"/>.</summary>
    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixLookup.Contains(key);

    /// <summary>The index key of a name: its tokens folded without diacritics and case.</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return MatchKey.Of(name);
    }

    /// <summary>The pseudo-language of the <c>words</c> statement that lists given names.</summary>
    public const string GivenNames = "given";

    /// <summary>Whether <paramref name="word"/> (any case) is a given name ("Scott", « Aïcha »).</summary>
    public bool IsGivenName(ReadOnlySpan<char> word) => IsCommonWord(GivenNames, word);

    /// <summary>Whether <paramref name="word"/> (any case) is a common lower-case word of <paramref name="language"/>.</summary>
    public bool IsCommonWord(string language, ReadOnlySpan<char> word)
    {
        if (!_commonWords.TryGetValue(language, out var words) || word.Length > 64)
        {
            return false;
        }

        Span<char> folded = stackalloc char[TextFold.MaxLengthWithoutDiacritics(word.Length)];
        var length = TextFold.FoldWithoutDiacritics(word, folded);
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded[..length]);
    }

    /// <summary>Who held <paramref name="office"/> in <paramref name="of"/> on <paramref name="date"/> (several when the sources disagree or the office is shared).</summary>
    public IReadOnlyList<(Actor Holder, ActorRole Role)> HoldersOn(Office office, string of, DateOnly date)
    {
        if (!_holders.TryGetValue((office, of), out var all))
        {
            return [];
        }

        var found = new List<(Actor, ActorRole)>(1);
        foreach (var (holder, role) in all)
        {
            if (role.IsHeldOn(date) && !found.Exists(f => ReferenceEquals(f.Item1, holder)))
            {
                found.Add((holder, role));
            }
        }

        return found;
    }

    /// <summary>Everyone who ever held <paramref name="office"/> in <paramref name="of"/>, in the order of the files.</summary>
    public IReadOnlyList<(Actor Holder, ActorRole Role)> Holders(Office office, string of) =>
        _holders.TryGetValue((office, of), out var all) ? all : [];

    private static KnowledgeBase LoadDefault()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var streams = new List<(Stream, string)>();
        try
        {
            foreach (var name in ResourceNames)
            {
                if (assembly.GetManifestResourceStream(name) is { } stream)
                {
                    streams.Add((stream, name));
                }
            }

            return Load(streams, out _);
        }
        finally
        {
            foreach (var (stream, _) in streams)
            {
                stream.Dispose();
            }
        }
    }

    private static Stream Decompressed(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
    }
}
