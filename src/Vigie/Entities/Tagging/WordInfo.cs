namespace Vigie.Entities.Tagging;

/// <summary>
/// What the lexicon knows of a word (its folded lower-case form), packed in 32 bits:
/// <code>
/// bits  0-15  word-cluster path, most significant bit first (the path from the root of the cluster tree)
/// bits 16-20  path length (0: the word has no cluster)
/// bit  21     a given name (INSEE given names; first words of known people's names)
/// bit  22     a family name (INSEE family names; last words of known people's names)
/// bits 23-24  case habit in running text: 1 mostly lower case, 2 mostly capitalised, 3 either (0: unknown)
/// bit  31     always set: the word is in the lexicon
/// </code>
/// </summary>
internal static class WordInfo
{
    public const int MaxPathLength = 16;
    public const uint GivenName = 1u << 21;
    public const uint FamilyName = 1u << 22;
    public const uint Known = 1u << 31;

    public const int MostlyLower = 1;
    public const int MostlyCapitalised = 2;
    public const int EitherCase = 3;

    public static uint Pack(uint path, int pathLength, bool givenName, bool familyName, int caseHabit)
    {
        if (pathLength is < 0 or > MaxPathLength || caseHabit is < 0 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(pathLength));
        }

        return Known
            | (path & 0xFFFF)
            | ((uint)pathLength << 16)
            | (givenName ? GivenName : 0)
            | (familyName ? FamilyName : 0)
            | ((uint)caseHabit << 23);
    }

    public static uint Path(uint info) => info & 0xFFFF;

    public static int PathLength(uint info) => (int)((info >> 16) & 0x1F);

    /// <summary>The first <paramref name="length"/> bits of the path (fewer when the path is shorter), tagged with how many.</summary>
    public static ulong PathPrefix(uint info, int length)
    {
        var have = Math.Min(length, PathLength(info));
        var bits = have == 0 ? 0 : Path(info) >> (MaxPathLength - have);
        return ((ulong)have << 32) | bits;
    }

    public static uint NameFlags(uint info) => (info >> 21) & 3;

    public static uint CaseHabit(uint info) => (info >> 23) & 3;
}

/// <summary>
/// The lexicons the features read: words (clusters, names, case habit) and the gazetteer (multi-word
/// entries of <see cref="GazetteerList"/>), all keyed by hashes of folded text: the model holds no text.
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>How many lists there are (<see cref="GazetteerList"/>).</summary>
    public const int ListCount = 5;

    /// <summary>Gazetteer value bit: an entry is this sequence of words (bits 0 to <see cref="ListCount"/>-1 say of which lists).</summary>
    public const uint EntryMask = (1u << ListCount) - 1;

    /// <summary>Gazetteer value bit: a longer entry starts with this sequence of words.</summary>
    public const uint PrefixBit = 1u << 30;

    /// <summary>Gazetteer value bit: always set, so that no value is 0.</summary>
    public const uint PresentBit = 1u << 31;

    /// <summary>Entries longer than this many tokens are not kept.</summary>
    public const int MaxEntryTokens = 8;

    public NerLexicon(HashTable64 words, HashTable64 gazetteer)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(gazetteer);
        Words = words;
        Gazetteer = gazetteer;
    }

    public static NerLexicon Empty { get; } = new(HashTable64.Empty, HashTable64.Empty);

    public HashTable64 Words { get; }

    public HashTable64 Gazetteer { get; }
}
