using System.Collections.Frozen;
using Vigie.Text.Rules;

namespace Vigie.Text;

/// <summary>
/// The language-specific knowledge the tokenizer and the sentence splitter need, as frozen data:
/// abbreviations, elisions, clitics, ordinal suffixes, digit group separators. The algorithms never
/// test a language code; they ask these rules. Immutable and thread-safe.
/// </summary>
public sealed class TextRules
{
    private const int MaxPhraseLength = 64;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceFinal;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberAbbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clitics;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _links;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _unsplittable;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinals;
    private readonly FrozenDictionary<char, string[]> _phrases;
    private readonly int _maxAbbreviationLength;
    private readonly int _maxUnsplittableLength;

    /// <summary>Rules with only abbreviations (written without their final period).</summary>
    public TextRules(string language, IEnumerable<string> abbreviations)
        : this(new TextRulesData { Language = language, Abbreviations = [.. abbreviations ?? throw new ArgumentNullException(nameof(abbreviations))] })
    {
    }

    /// <summary>Freezes <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">A digit group separator is not horizontal white space, or a phrase is too long.</exception>
    public TextRules(TextRulesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.Language);
        foreach (var c in data.NumberGroupSeparators)
        {
            if (!TextChars.IsHorizontalSpace(c))
            {
                throw new ArgumentException($"U+{(int)c:X4} cannot separate digit groups: only horizontal white space can.", nameof(data));
            }
        }

        Language = data.Language;
        Abbreviations = Freeze(data.Abbreviations.Select(WithoutFinalPeriod), StringComparer.Ordinal);
        SentenceFinalAbbreviations = Freeze(data.SentenceFinalAbbreviations.Select(WithoutFinalPeriod), StringComparer.Ordinal);
        NumberAbbreviations = Freeze(data.NumberAbbreviations.Select(WithoutFinalPeriod), StringComparer.Ordinal);
        Elisions = Freeze(data.Elisions, StringComparer.OrdinalIgnoreCase);
        CliticSuffixes = Freeze(data.CliticSuffixes, StringComparer.OrdinalIgnoreCase);
        InvertedPronouns = Freeze(data.InvertedPronouns, StringComparer.OrdinalIgnoreCase);
        EuphonicLinks = Freeze(data.EuphonicLinks, StringComparer.OrdinalIgnoreCase);
        UnsplittableWords = Freeze(data.UnsplittableWords.Select(TextFold.Fold), StringComparer.Ordinal);
        OrdinalSuffixes = Freeze(data.OrdinalSuffixes, StringComparer.Ordinal);
        NumberGroupSeparators = data.NumberGroupSeparators;
        PossessiveApostropheAfter = data.PossessiveApostropheAfter;

        var phrases = data.AbbreviationPhrases.Select(p => TextFold.Fold(p.Trim())).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (phrases.Any(p => p.Length > MaxPhraseLength))
        {
            throw new ArgumentException($"Abbreviation phrases are at most {MaxPhraseLength} characters long.", nameof(data));
        }

        AbbreviationPhrases = phrases;
        _phrases = phrases
            .GroupBy(p => p[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());

        _abbreviations = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceFinal = SentenceFinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _numberAbbreviations = NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _elisions = Elisions.GetAlternateLookup<ReadOnlySpan<char>>();
        _clitics = CliticSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _pronouns = InvertedPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _links = EuphonicLinks.GetAlternateLookup<ReadOnlySpan<char>>();
        _unsplittable = UnsplittableWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinals = OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxAbbreviationLength = Abbreviations.Concat(NumberAbbreviations).Concat(SentenceFinalAbbreviations).Select(a => a.Length).DefaultIfEmpty(0).Max();
        _maxUnsplittableLength = UnsplittableWords.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The language code these rules are for: "fr", "en", or "und" for <see cref="Default"/>.</summary>
    public string Language { get; }

    /// <summary>Abbreviations written without their final period ("M", "Mme", "Dr").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Abbreviations that may end a sentence before a capitalised word ("etc").</summary>
    public FrozenSet<string> SentenceFinalAbbreviations { get; }

    /// <summary>Abbreviations only before a number ("p", "art", "No").</summary>
    public FrozenSet<string> NumberAbbreviations { get; }

    /// <summary>Abbreviations of several parts, as <see cref="TextFold"/> keys ("p. ex.", "av. j.-c.").</summary>
    public IReadOnlyList<string> AbbreviationPhrases { get; }

    /// <summary>Elided words without their apostrophe ("l", "qu", "jusqu").</summary>
    public FrozenSet<string> Elisions { get; }

    /// <summary>Clitics written after an apostrophe ("s", "ll").</summary>
    public FrozenSet<string> CliticSuffixes { get; }

    /// <summary>Letters after which a lone apostrophe is a possessive clitic ("s").</summary>
    public string PossessiveApostropheAfter { get; }

    /// <summary>Inverted subject pronouns ("il", "on").</summary>
    public FrozenSet<string> InvertedPronouns { get; }

    /// <summary>Euphonic links before inverted pronouns ("t").</summary>
    public FrozenSet<string> EuphonicLinks { get; }

    /// <summary>Words never split, as <see cref="TextFold"/> keys ("rendez-vous").</summary>
    public FrozenSet<string> UnsplittableWords { get; }

    /// <summary>Ordinal suffixes ("er", "e"; "st", "th").</summary>
    public FrozenSet<string> OrdinalSuffixes { get; }

    /// <summary>White space that may separate groups of three digits.</summary>
    public string NumberGroupSeparators { get; }

    /// <summary>French: elisions, inverted pronouns, « 1 500 », « 1er ».</summary>
    public static TextRules French { get; } = new(FrenchTextRules.Data);

    /// <summary>English: possessive and contracted clitics ("'s", "'ll"), "1,500", "21st".</summary>
    public static TextRules English { get; } = new(EnglishTextRules.Data);

    /// <summary>Rules for a language without its own: no elisions or clitics, a few Latin abbreviations.</summary>
    public static TextRules Default { get; } = new(DefaultTextRules.Data);

    /// <summary>
    /// The rules for <paramref name="language"/>: <see cref="French"/> for "fr", <see cref="English"/>
    /// for "en" (case-insensitive, region subtags ignored: "fr-CA" gets French), <see cref="Default"/> otherwise.
    /// </summary>
    public static TextRules For(string language)
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

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => Contains(_abbreviations, word, _maxAbbreviationLength);

    /// <summary>Whether <paramref name="word"/> (without its final period) may end a sentence.</summary>
    public bool IsSentenceFinalAbbreviation(ReadOnlySpan<char> word) => Contains(_sentenceFinal, word, _maxAbbreviationLength);

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation before a number.</summary>
    public bool IsNumberAbbreviation(ReadOnlySpan<char> word) => Contains(_numberAbbreviations, word, _maxAbbreviationLength);

    /// <summary>Whether <paramref name="word"/> (without its apostrophe) is elided.</summary>
    public bool IsElision(ReadOnlySpan<char> word) => _elisions.Contains(word);

    /// <summary>Whether <paramref name="suffix"/> (without its apostrophe) is a clitic.</summary>
    public bool IsCliticSuffix(ReadOnlySpan<char> suffix) => _clitics.Contains(suffix);

    /// <summary>Whether a lone apostrophe after <paramref name="letter"/> is a possessive clitic.</summary>
    public bool IsPossessiveApostropheAfter(char letter) => PossessiveApostropheAfter.Contains(letter, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> is an inverted subject pronoun.</summary>
    public bool IsInvertedPronoun(ReadOnlySpan<char> word) => _pronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a euphonic link.</summary>
    public bool IsEuphonicLink(ReadOnlySpan<char> word) => _links.Contains(word);

    /// <summary>Whether <paramref name="suffix"/> makes a number an ordinal.</summary>
    public bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) => _ordinals.Contains(suffix);

    /// <summary>Whether <paramref name="c"/> may separate groups of three digits.</summary>
    public bool IsNumberGroupSeparator(char c) => NumberGroupSeparators.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> must never be split, compared on its <see cref="TextFold"/> key.</summary>
    public bool IsUnsplittable(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxUnsplittableLength)
        {
            return false;
        }

        Span<char> key = stackalloc char[_maxUnsplittableLength];
        var length = TextFold.Fold(word, key);
        return _unsplittable.Contains(key[..length]);
    }

    /// <summary>
    /// The length of the abbreviation phrase that starts at <paramref name="start"/> in <paramref name="text"/>,
    /// or 0. A space in a phrase matches any run of horizontal white space.
    /// </summary>
    public int MatchAbbreviationPhrase(ReadOnlySpan<char> text, int start)
    {
        if (_phrases.Count == 0 || !_phrases.TryGetValue(TextFold.Fold(text[start]), out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            var length = MatchPhrase(text, start, phrase);
            if (length > 0)
            {
                return length;
            }
        }

        return 0;
    }

    public override string ToString() => $"TextRules({Language})";

    private static int MatchPhrase(ReadOnlySpan<char> text, int start, string phrase)
    {
        var t = start;
        for (var p = 0; p < phrase.Length; p++)
        {
            if (phrase[p] == ' ')
            {
                var spaces = t;
                while (t < text.Length && TextChars.IsHorizontalSpace(text[t]))
                {
                    t++;
                }

                if (t == spaces)
                {
                    return 0;
                }

                continue;
            }

            if (t >= text.Length || TextFold.Fold(text[t]) != phrase[p])
            {
                return 0;
            }

            t++;
        }

        // A phrase ends at a word boundary: "p. ex." is not the start of "p. exemple".
        return t < text.Length && char.IsLetterOrDigit(text[t]) ? 0 : t - start;
    }

    private static bool Contains(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word, int maxLength)
    {
        if (word.IsEmpty || word.Length > maxLength)
        {
            return false;
        }

        if (set.Contains(word))
        {
            return true;
        }

        // "Etc." at the start of a sentence is still "etc.".
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[word.Length];
        word.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(word[0]);
        return set.Contains(lowered);
    }

    private static string WithoutFinalPeriod(string abbreviation)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        return abbreviation.EndsWith('.') ? abbreviation[..^1] : abbreviation;
    }

    private static FrozenSet<string> Freeze(IEnumerable<string> values, StringComparer comparer) =>
        values.Where(v => v.Length > 0).ToFrozenSet(comparer);
}
