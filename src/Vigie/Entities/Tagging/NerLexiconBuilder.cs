using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>The lists a gazetteer entry can belong to.</summary>
public enum GazetteerList
{
    /// <summary>Country names: « Chine », "North Korea".</summary>
    Country,

    /// <summary>Cities and towns: « Pékin », "Prague".</summary>
    City,

    /// <summary>Continents, regions, seas and other places above the city.</summary>
    Region,

    /// <summary>Full names of known people: "Narendra Modi".</summary>
    Person,

    /// <summary>Names of organisations: "NATO", "United Nations".</summary>
    Organization,
}

/// <summary>
/// Collects what the tagger's features know beyond the training sentences: a hierarchical word
/// cluster for each word, given and family names, how words are usually capitalised, and gazetteer
/// entries. Only hashes of folded words are kept: the model holds no text.
/// </summary>
public sealed class NerLexiconBuilder
{
    private readonly SortedDictionary<ulong, WordEntry> _words = [];
    private readonly SortedDictionary<ulong, uint> _gazetteer = [];

    /// <summary>Sets the cluster of <paramref name="word"/>: its path in a binary cluster tree, as '0' and '1' (at most 16 kept).</summary>
    public NerLexiconBuilder SetCluster(ReadOnlySpan<char> word, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = Math.Min(path.Length, WordInfo.MaxPathLength);
        uint bits = 0;
        for (var i = 0; i < length; i++)
        {
            bits = (bits << 1) | (path[i] == '1' ? 1u : 0u);
        }

        bits <<= WordInfo.MaxPathLength - length;
        Update(word, e => e with { Path = bits, PathLength = length });
        return this;
    }

    public NerLexiconBuilder MarkGivenName(ReadOnlySpan<char> word)
    {
        Update(word, e => e with { GivenName = true });
        return this;
    }

    public NerLexiconBuilder MarkFamilyName(ReadOnlySpan<char> word)
    {
        Update(word, e => e with { FamilyName = true });
        return this;
    }

    /// <summary>How often <paramref name="word"/> was seen capitalised, away from the start of a sentence, in running text.</summary>
    public NerLexiconBuilder SetCaseHabit(ReadOnlySpan<char> word, int lowerCase, int capitalised)
    {
        var total = lowerCase + capitalised;
        var habit = total < 3 ? 0
            : lowerCase >= 0.9 * total ? WordInfo.MostlyLower
            : capitalised >= 0.9 * total ? WordInfo.MostlyCapitalised
            : WordInfo.EitherCase;
        Update(word, e => e with { CaseHabit = habit });
        return this;
    }

    /// <summary>Adds an entry of <paramref name="list"/>: the words of <paramref name="tokens"/> (offsets into <paramref name="text"/>), as the tokenizer cut them.</summary>
    public NerLexiconBuilder AddGazetteerEntry(GazetteerList list, string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count is 0 or > NerLexicon.MaxEntryTokens)
        {
            return this;
        }

        var hash = FeatureHash.Seed;
        for (var i = 0; i < tokens.Count; i++)
        {
            hash = FeatureHash.Chain(hash, FeatureExtractor.WordKey(tokens[i].In(text)));
            var bit = i == tokens.Count - 1 ? 1u << (int)list : NerLexicon.PrefixBit;
            _gazetteer[hash] = _gazetteer.GetValueOrDefault(hash) | bit | NerLexicon.PresentBit;
        }

        return this;
    }

    /// <summary>How many words and gazetteer sequences are known so far.</summary>
    public (int Words, int GazetteerSequences) Size => (_words.Count, _gazetteer.Count);

    internal NerLexicon Build()
    {
        var keys = _words.Keys.ToArray();
        var values = _words.Values.Select(e => WordInfo.Pack(e.Path, e.PathLength, e.GivenName, e.FamilyName, e.CaseHabit)).ToArray();
        return new NerLexicon(new HashTable64(keys, values), new HashTable64([.. _gazetteer.Keys], [.. _gazetteer.Values]));
    }

    private void Update(ReadOnlySpan<char> word, Func<WordEntry, WordEntry> change)
    {
        var key = FeatureExtractor.WordKey(word);
        _words[key] = change(_words.GetValueOrDefault(key));
    }

    private readonly record struct WordEntry(uint Path, int PathLength, bool GivenName, bool FamilyName, int CaseHabit);
}
