using System.Collections.Frozen;
using Vigie.Text;
using Vigie.Times.Matching;
using Vigie.Times.Rules;

namespace Vigie.Times;

/// <summary>
/// A language's time expressions as frozen data: the lexicon (month and day names, numbers, units,
/// relative words …), the compiled patterns and the tense cues. Built once from a
/// <see cref="TimeRulesData"/>; immutable and thread-safe.
/// </summary>
public sealed partial class TimeRules
{
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _plain;
    private readonly FrozenDictionary<int, CompiledPattern[]> _byFirstWord;
    private readonly CompiledPattern[][] _byFirstClass;
    private readonly FrozenSet<int> _numberJoiners;
    private readonly FrozenSet<int> _yearCues;
    private readonly FrozenSet<int> _wordsAfterYear;
    private readonly FrozenSet<int> _countNouns;
    private readonly string[] _countNounEndings;
    private readonly FrozenSet<int> _wordsBeforeCount;
    private readonly FrozenSet<string> _endingExceptions;
    private readonly string[] _pastEndings;
    private readonly string[] _futureEndings;
    private readonly string[] _neutralEndings;

    /// <summary>Freezes <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">A list has the wrong length, a pattern is malformed or names an unknown class.</exception>
    public TimeRules(TimeRulesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.Language);
        if (data.Months.Count is not (0 or 12) || data.Weekdays.Count is not (0 or 7) || data.WeekdayPlurals.Count is not (0 or 7))
        {
            throw new ArgumentException("Months need 12 entries and day names 7 (Monday first), or none.", nameof(data));
        }

        Data = data;
        var lexicon = new LexiconBuilder(data.Language);
        lexicon.AddAll(data);
        Patterns = [.. data.Patterns.Select((pattern, order) => lexicon.Compile(pattern, order))];
        Modifiers = [.. data.Modifiers
            .Select(pair => new ModifierPhrase(lexicon.Phrase(pair.Key), pair.Value))
            .OrderByDescending(m => m.Words.Length)];
        _numberJoiners = lexicon.Ids(data.NumberJoiners);
        _yearCues = lexicon.Ids(data.YearCues);
        MidPrefixes = [.. data.MidPrefixes.Select(TextFold.Fold)];
        _wordsAfterYear = lexicon.Ids(data.WordsAfterYear);
        _countNouns = lexicon.Ids(data.CountNouns);
        _countNounEndings = [.. data.CountNounEndings.Select(TextFold.Fold)];
        _wordsBeforeCount = lexicon.Ids(data.WordsBeforeCount);
        _endingExceptions = data.TenseEndingExceptions.Select(TextFold.Fold).ToFrozenSet(StringComparer.Ordinal);
        _pastEndings = [.. data.PastTenseEndings.Select(TextFold.Fold).OrderByDescending(e => e.Length)];
        _futureEndings = [.. data.FutureTenseEndings.Select(TextFold.Fold).OrderByDescending(e => e.Length)];
        _neutralEndings = [.. data.NeutralTenseEndings.Select(TextFold.Fold).OrderByDescending(e => e.Length)];
        MaxWordLength = lexicon.MaxKeyLength;

        (_byFirstWord, _byFirstClass) = Index(Patterns);
        lexicon.MarkStarters(_byFirstWord.Keys);
        var (exact, plain) = lexicon.Freeze();
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _plain = plain.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language code these rules are for.</summary>
    public string Language => Data.Language;

    /// <summary>The data the rules were built from.</summary>
    public TimeRulesData Data { get; }

    /// <summary>French: CLDR month and day names, « il y a », « dernier », « début », French TimeBank conventions.</summary>
    public static TimeRules French { get; } = new(FrenchTimeRules.Data);

    /// <summary>English: month and day names as proper nouns, "ago", "last", "earlier this month", US holidays.</summary>
    public static TimeRules English { get; } = new(EnglishTimeRules.Data);

    /// <summary>Rules for a language without its own: dates and times written in figures only.</summary>
    public static TimeRules Default { get; } = new(DefaultTimeRules.Data);

    /// <summary>The number of patterns.</summary>
    public int PatternCount => Patterns.Length;

    internal CompiledPattern[] Patterns { get; }

    internal ModifierPhrase[] Modifiers { get; }

    /// <summary>The folded prefixes of « mi-mai ».</summary>
    internal string[] MidPrefixes { get; }

    /// <summary>The longest lexicon key, to size folding buffers.</summary>
    internal int MaxWordLength { get; }

    /// <summary>
    /// The rules for <paramref name="language"/>: <see cref="French"/> for "fr", <see cref="English"/> for
    /// "en" (case-insensitive, region subtags ignored), <see cref="Default"/> otherwise.
    /// </summary>
    public static TimeRules For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.AsSpan();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0)
        {
            primary = primary[..dash];
        }

        if (primary.Equals(French.Language, StringComparison.OrdinalIgnoreCase))
        {
            return French;
        }

        return primary.Equals(English.Language, StringComparison.OrdinalIgnoreCase) ? English : Default;
    }

    /// <summary>
    /// The lexicon entry of a folded word, trying it without accents when it is not found as written:
    /// always for a word written without any accent (« aout »), and for a word with accents only when it
    /// was capitalised (« Eté »: French capitals often lose theirs), which spares the common case.
    /// </summary>
    internal TimeWord? Find(ReadOnlySpan<char> folded, bool capitalised = true)
    {
        if (_exact.TryGetValue(folded, out var word))
        {
            return word;
        }

        if (!HasNonAscii(folded))
        {
            return _plain.TryGetValue(folded, out word) ? word : null;
        }

        if (!capitalised)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[TextFold.MaxLengthWithoutDiacritics(Math.Min(folded.Length, 64))];
        if (folded.Length > 64 || !TextFold.TryFoldWithoutDiacritics(folded, buffer, out var written))
        {
            return null;
        }

        return _plain.TryGetValue(buffer[..written], out word) ? word : null;
    }

    /// <summary>The patterns whose first element may be the word with this id.</summary>
    internal CompiledPattern[] PatternsStartingWith(int wordId) =>
        _byFirstWord.TryGetValue(wordId, out var patterns) ? patterns : [];

    /// <summary>The patterns whose first element may be a token of this class.</summary>
    internal CompiledPattern[] PatternsStartingWith(TokenClass c) => _byFirstClass[(int)c];

    internal bool IsNumberJoiner(TimeWord word) => _numberJoiners.Contains(word.Id);

    internal bool IsYearCue(TimeWord? word) => word is not null && _yearCues.Contains(word.Id);

    internal bool MayFollowYear(TimeWord? word) => word is not null && _wordsAfterYear.Contains(word.Id);

    /// <summary>Whether a lower-case word (folded) is a counted noun: a plural ending or one of the plural words.</summary>
    internal bool IsCountNoun(TimeWord? word, ReadOnlySpan<char> folded)
    {
        if (word is not null && _countNouns.Contains(word.Id))
        {
            return true;
        }

        foreach (var ending in _countNounEndings)
        {
            if (folded.Length > ending.Length + 1 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal bool IsBeforeCount(TimeWord? word) => word is not null && _wordsBeforeCount.Contains(word.Id);

    /// <summary>The tense a word not in the lexicon points to by its ending (folded, lower-case).</summary>
    internal Tense TenseOfEnding(ReadOnlySpan<char> folded)
    {
        if (folded.Length < 4 || _endingExceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
        {
            return Tense.Unknown;
        }

        foreach (var ending in _futureEndings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return Tense.Future;
            }
        }

        foreach (var ending in _neutralEndings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return Tense.Neutral;
            }
        }

        foreach (var ending in _pastEndings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    private static bool HasNonAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static (FrozenDictionary<int, CompiledPattern[]>, CompiledPattern[][]) Index(CompiledPattern[] patterns)
    {
        var byWord = new Dictionary<int, List<CompiledPattern>>();
        var byClass = new List<CompiledPattern>[64];
        foreach (var pattern in patterns)
        {
            foreach (var element in pattern.Elements)
            {
                if (element.Negative)
                {
                    continue;
                }

                foreach (var id in element.Words)
                {
                    (byWord.TryGetValue(id, out var list) ? list : byWord[id] = []).Add(pattern);
                }

                for (var bit = 0; bit < 64; bit++)
                {
                    if ((element.Classes & (1UL << bit)) != 0)
                    {
                        (byClass[bit] ??= []).Add(pattern);
                    }
                }

                if (!element.Optional)
                {
                    break;
                }
            }
        }

        return (
            byWord.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Distinct().ToArray()),
            [.. byClass.Select(list => list is null ? [] : list.Distinct().ToArray())]);
    }
}
