using System.Collections.Frozen;
using Vigie.Text;

namespace Vigie.Times.Matching;

/// <summary>
/// Builds a language's time lexicon from its <see cref="TimeRulesData"/>: one <see cref="TimeWord"/>
/// per folded word, carrying every role the lists give it, and compiles the patterns against it.
/// </summary>
internal sealed class LexiconBuilder(string language)
{
    private readonly Dictionary<string, TimeWord> _words = new(StringComparer.Ordinal);
    private readonly Tokenizer _tokenizer = new(TextRules.For(language));

    public int MaxKeyLength => _words.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();

    public void AddAll(TimeRulesData data)
    {
        for (var month = 0; month < data.Months.Count; month++)
        {
            foreach (var name in data.Months[month])
            {
                Set(name, TokenClass.Month).Month = month + 1;
            }
        }

        for (var day = 0; day < data.Weekdays.Count; day++)
        {
            foreach (var name in data.Weekdays[day])
            {
                Set(name, TokenClass.Weekday).Weekday = day + 1;
            }
        }

        for (var day = 0; day < data.WeekdayPlurals.Count; day++)
        {
            foreach (var name in data.WeekdayPlurals[day])
            {
                Set(name, TokenClass.WeekdayPlural).Weekday = day + 1;
            }
        }

        foreach (var (name, value) in data.Numbers)
        {
            Set(name, TokenClass.Count).Number = value;
        }

        foreach (var (name, value) in data.Multipliers)
        {
            Set(name, TokenClass.Count).Multiplier = value;
            Get(name).Number = value;
        }

        foreach (var (name, value) in data.ApproximateNumbers)
        {
            var word = Set(name, TokenClass.Count);
            word.Number = value;
            word.ApproximateNumber = true;
        }

        foreach (var name in data.VagueNumbers)
        {
            Set(name, TokenClass.Count).Number = double.NaN;
        }

        foreach (var (name, value) in data.Ordinals)
        {
            var word = Set(name, TokenClass.Ordinal);
            word.Ordinal = value;
            if (value is >= 1 and <= 31)
            {
                word.Classes |= TokenClasses.Of(TokenClass.Day);
            }
        }

        foreach (var (name, unit) in data.Units)
        {
            Set(name, TokenClass.Unit).Unit = unit;
        }

        foreach (var (name, offset) in data.RelativeDays)
        {
            var word = Set(name, TokenClass.RelativeDay);
            word.RelativeDay = offset;
            word.Tense = offset < 0 ? Tense.Past : offset > 0 ? Tense.Future : Tense.Unknown;
        }

        foreach (var (name, code) in data.PartsOfDay)
        {
            Set(name, TokenClass.PartOfDay).PartOfDay = code;
        }

        foreach (var (name, code) in data.RelativePartsOfDay)
        {
            Set(name, TokenClass.RelativePartOfDay).PartOfDay = code;
        }

        foreach (var (name, code) in data.Seasons)
        {
            Set(name, TokenClass.Season).Season = code;
        }

        foreach (var (name, rule) in data.Holidays)
        {
            Set(name, TokenClass.Holiday).Holiday = rule;
        }

        foreach (var name in data.PastWords)
        {
            Set(name, TokenClass.Past);
        }

        foreach (var name in data.FutureWords)
        {
            Set(name, TokenClass.Future);
        }

        foreach (var name in data.ThisWords)
        {
            Set(name, TokenClass.This);
        }

        foreach (var (name, modifier) in data.Boundaries)
        {
            Set(name, TokenClass.Boundary).Boundary = modifier;
        }

        foreach (var (name, hours) in data.Meridiems)
        {
            Set(name, TokenClass.Meridiem).Meridiem = hours;
        }

        foreach (var name in data.PastTenseWords)
        {
            Get(name).Tense = Tense.Past;
        }

        foreach (var name in data.FutureTenseWords)
        {
            Get(name).Tense = Tense.Future;
        }
    }

    /// <summary>The lexicon ids of single words (entries are created as needed).</summary>
    public FrozenSet<int> Ids(IEnumerable<string> words) => words.Select(w => Get(w).Id).ToFrozenSet();

    /// <summary>The lexicon ids of the tokens of a phrase ("près de").</summary>
    public int[] Phrase(string phrase) => [.. Split(phrase).Select(w => Get(w).Id)];

    /// <summary>Compiles one pattern.</summary>
    /// <exception cref="ArgumentException">The pattern is malformed.</exception>
    public CompiledPattern Compile(TimePattern pattern, int order)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parts = pattern.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw Malformed(pattern, "it has no element");
        }

        var elements = new PatternElement[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            elements[i] = Element(pattern, parts[i]);
        }

        Validate(pattern, elements);
        return new CompiledPattern(pattern, order, elements);
    }

    /// <summary>Marks the words some pattern may start with.</summary>
    public void MarkStarters(IEnumerable<int> ids)
    {
        var starters = ids.ToHashSet();
        foreach (var word in _words.Values)
        {
            word.StartsPatterns = starters.Contains(word.Id);
        }
    }

    public (FrozenDictionary<string, TimeWord> Exact, FrozenDictionary<string, TimeWord> Plain) Freeze()
    {
        var plain = new Dictionary<string, TimeWord?>(StringComparer.Ordinal);
        foreach (var (key, word) in _words)
        {
            var bare = TextFold.FoldWithoutDiacritics(key);
            if (bare == key || _words.ContainsKey(bare))
            {
                continue;
            }

            // Two words with the same accent-less form: neither can be guessed from it.
            plain[bare] = plain.TryGetValue(bare, out var other) && other != word ? null : word;
        }

        return (
            _words.ToFrozenDictionary(StringComparer.Ordinal),
            plain.Where(pair => pair.Value is not null).ToFrozenDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal));
    }

    private PatternElement Element(TimePattern pattern, string raw)
    {
        var text = raw;
        var negative = text.StartsWith('!') && text.Length > 1;
        if (negative)
        {
            text = text[1..];
        }

        var context = text.Length > 2 && text[0] == '<' && text[^1] == '>';
        if (context)
        {
            text = text[1..^1];
        }

        var optional = text.Length > 1 && text[^1] == '?';
        if (optional)
        {
            text = text[..^1];
        }

        var words = new List<int>();
        var classes = 0UL;
        foreach (var alternative in text.Split('|'))
        {
            if (alternative.Length > 2 && alternative[0] == '{' && alternative[^1] == '}')
            {
                var name = alternative[1..^1];
                classes |= TokenClasses.Names.TryGetValue(name, out var c)
                    ? TokenClasses.Of(c)
                    : throw Malformed(pattern, $"{{{name}}} is no class (known: {string.Join(", ", TokenClasses.Names.Keys)})");
            }
            else if (alternative.Length > 0)
            {
                var tokens = Split(alternative);
                if (tokens.Count != 1)
                {
                    throw Malformed(pattern, $"\"{alternative}\" is {tokens.Count} tokens, not one");
                }

                words.Add(Get(alternative).Id);
            }
            else
            {
                throw Malformed(pattern, "an alternative is empty");
            }
        }

        words.Sort();
        return new PatternElement([.. words.Distinct()], classes, optional, context, negative);
    }

    private static void Validate(TimePattern pattern, PatternElement[] elements)
    {
        if (elements.Length > PatternMatcher.MaxElements)
        {
            throw Malformed(pattern, $"it has more than {PatternMatcher.MaxElements} elements");
        }

        var first = Array.FindIndex(elements, e => !e.Context && !e.Negative);
        var last = Array.FindLastIndex(elements, e => !e.Context && !e.Negative);
        if (first < 0 || last < first)
        {
            throw Malformed(pattern, "it has nothing outside <context>");
        }

        for (var i = first; i <= last; i++)
        {
            if (elements[i].Context || elements[i].Negative)
            {
                throw Malformed(pattern, "<context> and !negative elements go only at its ends");
            }
        }

        if (elements.Skip(1).SkipLast(1).Any(e => e.Negative))
        {
            throw Malformed(pattern, "a !negative element can only be the first or the last");
        }

        if (elements.Skip(first).Take(last - first + 1).All(e => e.Optional))
        {
            throw Malformed(pattern, "every element of its span is optional");
        }
    }

    private List<string> Split(string phrase)
    {
        var tokens = new List<Token>();
        _tokenizer.Tokenize(phrase, tokens);

        // An elision ("l'", "jusqu'") or a clitic ("'s") written alone is one token of running text,
        // whatever the tokenizer makes of it alone.
        if (phrase.Length > 1 && (phrase[^1] is '\'' or '\u2019' || phrase[0] is '\'' or '\u2019') && !phrase.Contains(' ', StringComparison.Ordinal))
        {
            return [phrase];
        }

        return [.. tokens.Select(t => phrase[t.Start..t.End])];
    }

    private TimeWord Set(string name, TokenClass c)
    {
        var word = Get(name);
        word.Classes |= TokenClasses.Of(c);
        return word;
    }

    private TimeWord Get(string name)
    {
        var key = TextFold.Fold(name.Trim());
        if (!_words.TryGetValue(key, out var word))
        {
            word = new TimeWord(_words.Count, key);
            _words[key] = word;
        }

        return word;
    }

    private static ArgumentException Malformed(TimePattern pattern, string why) =>
        new($"Time pattern \"{pattern.Pattern}\" ({pattern.Kind}): {why}.", nameof(pattern));
}
