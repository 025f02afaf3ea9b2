using System.Collections.Frozen;
using Vigie.Events.Lexicons;
using Vigie.Text;

namespace Vigie.Events;

/// <summary>
/// What the event coder needs to know of a language, as data: the triggers and the small word classes
/// that give a clause its shape (determiners, auxiliaries, negation, future and conditional markers,
/// prepositions that introduce agents, targets and places). Words are stored folded without accents
/// (<see cref="TextFold.FoldWithoutDiacritics(string)"/>).
/// </summary>
public sealed class EventRules
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _classes;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _prefixHeads;

    internal EventRules(string language, IEnumerable<string> triggers, IReadOnlyDictionary<EventWordClass, string> words, IEnumerable<string> futureEndings, IEnumerable<string> adverbEndings,
        Func<string, IEnumerable<string>>? inflect = null)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(words);
        Language = language;
        Triggers = [.. triggers.Select(line => EventTrigger.Parse(line, inflect))];
        _classes = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[Enum.GetValues<EventWordClass>().Length];
        foreach (var wordClass in Enum.GetValues<EventWordClass>())
        {
            var list = words.TryGetValue(wordClass, out var line) ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            _classes[(int)wordClass] = list.Select(word => TextFold.FoldWithoutDiacritics(word.Replace('_', ' ')))
                .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        FutureEndings = [.. futureEndings];
        AdverbEndings = [.. adverbEndings];
        _heads = Index(head => head.Words);
        _prefixHeads = Index(head => head.Prefixes);
        LongestPrefix = Triggers.SelectMany(t => t.Elements[0].Prefixes).Select(p => p.Length).DefaultIfEmpty(0).Max();
    }

    public string Language { get; }

    public IReadOnlyList<EventTrigger> Triggers { get; }

    /// <summary>Endings of future and conditional verb forms (« signera », « frapperaient »), checked on verb triggers.</summary>
    public IReadOnlyList<string> FutureEndings { get; }

    /// <summary>Endings of adverbs (« -ment », "-ly"), trimmed from the edges of a subject.</summary>
    public IReadOnlyList<string> AdverbEndings { get; }

    /// <summary>Endings of gerunds ("-ing"): such a verb right after a preposition ("her role in rioting") has no subject before it.</summary>
    public IReadOnlyList<string> GerundEndings { get; init; } = [];

    /// <summary>Endings of present participles ("-ing", « -ant »): one opening a clause after a comma ("…, urging X to") has the main clause's subject.</summary>
    public IReadOnlyList<string> PresentParticipleEndings { get; init; } = [];

    /// <summary>Endings shared by a verb's third person and a noun's plural ("calls", "charges"): after a preposition and bare words, a noun ("on phone calls").</summary>
    public IReadOnlyList<string> PluralEndings { get; init; } = [];

    /// <summary>Endings of the imperfect's third persons (« bombardaient », « arrêtait »): a tense of scenes and habits, not of the news.</summary>
    public IReadOnlyList<string> ImperfectEndings { get; init; } = [];

    /// <summary>Endings of participles that, right after a preposition, are adjectives: "supporters of jailed opposition leader X" ("-ed").</summary>
    public IReadOnlyList<string> AttributiveParticipleEndings { get; init; } = [];

    /// <summary>
    /// Endings, as written, of past participles that are no finite verb (« enlevés », « saisie »): such a verb right after a noun,
    /// with no auxiliary, qualifies the noun (« Trente écoliers enlevés en mars ont été libérés »). None in English, where "-ed" is also a past tense.
    /// </summary>
    public IReadOnlyList<string> PastParticipleEndings { get; init; } = [];

    /// <summary>Whether adjectives follow their noun (« relations diplomatiques avec Taïwan »): they are then no object.</summary>
    public bool AdjectivesAfterNoun { get; init; }

    internal int LongestPrefix { get; }

    public static EventRules French { get; } = new("fr", FrenchEventTriggers.Lines, FrenchEventWords.Words, FrenchEventWords.FutureEndings, ["ment"], FrenchVerbForms.Of)
    {
        PresentParticipleEndings = ["ant"],
        ImperfectEndings = ["ait", "aient"],
        AdjectivesAfterNoun = true,
        PastParticipleEndings = ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"],
    };

    public static EventRules English { get; } = new("en", EnglishEventTriggers.Lines, EnglishEventWords.Words, [], ["ly"], EnglishVerbForms.Of)
    {
        GerundEndings = ["ing"],
        PresentParticipleEndings = ["ing"],
        AttributiveParticipleEndings = ["ed"],
        PluralEndings = ["s"],
    };

    /// <summary>Rules for a language that has them, or null.</summary>
    public static EventRules? For(string language) => language switch
    {
        "fr" => French,
        "en" => English,
        _ => null,
    };

    internal bool Has(EventWordClass wordClass, ReadOnlySpan<char> folded) => _classes[(int)wordClass].Contains(folded);

    /// <summary>The triggers whose first element is the folded word exactly.</summary>
    internal ReadOnlySpan<int> TriggersAt(ReadOnlySpan<char> folded) => _heads.TryGetValue(folded, out var found) ? found : [];

    /// <summary>The triggers whose first element is a beginning of the folded word of this length.</summary>
    internal ReadOnlySpan<int> TriggersByPrefix(ReadOnlySpan<char> prefix) => _prefixHeads.TryGetValue(prefix, out var found) ? found : [];

    private FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Index(Func<TriggerElement, IReadOnlyList<string>> keys) =>
        Enumerable.Range(0, Triggers.Count)
            .SelectMany(i => keys(Triggers[i].Elements[0]).Select(key => (key, i)))
            .GroupBy(pair => pair.key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.i).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
