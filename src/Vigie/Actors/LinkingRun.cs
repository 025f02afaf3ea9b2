using Vigie.Actors.Rules;
using Vigie.Entities;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

/// <summary>Where a mention of the run came from.</summary>
internal enum Origin : byte
{
    Dictionary,
    Ner,
    Name,
    Role,
    RoleNoun,
    Pronoun,
    Fuzzy,
}

/// <summary>One token of the article with what the run needs to know about it.</summary>
internal struct Word
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public string Key;
    public bool Capitalized;
    public bool AllCaps;
    public bool SentenceStart;
    public bool InQuote;
    public int Sentence;

    public readonly bool IsWord => Kind is TokenKind.Word or TokenKind.Elision;
}

/// <summary>A mention while the run works on it.</summary>
internal sealed class Mention(int first, int last, int start, int end, Origin origin)
{
    public int First { get; set; } = first;

    public int Last { get; set; } = last;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public Origin Origin { get; } = origin;

    /// <summary>The knowledge-base aliases the words match (dictionary and tagger mentions).</summary>
    public AliasHit[] Hits { get; set; } = [];

    public Actor? Actor { get; set; }

    /// <summary>The key of a document-local entity (folded name), when the knowledge base does not know it.</summary>
    public string? LocalKey { get; set; }

    public string? LocalName { get; set; }

    public ActorKind LocalKind { get; set; }

    /// <summary>The country of a document-local entity, when the words tell it ("Pakistan's military").</summary>
    public string? LocalCountry { get; set; }

    public MentionSource How { get; set; }

    public MentionSense Sense { get; set; }

    public Mention? Antecedent { get; set; }

    /// <summary>The gender the words around the mention tell (« M. », « la présidente »).</summary>
    public Gender Gender { get; set; }

    /// <summary>Whether something says the mention names a person (a form of address, a title, the tagger).</summary>
    public bool Person { get; set; }

    public EntityType? NerType { get; set; }

    public bool Dropped { get; set; }

    public int Sentence { get; set; }

    public bool InQuote { get; set; }

    /// <summary>For a role noun: the titles it may stand for.</summary>
    public RoleTitle[]? Titles { get; set; }

    /// <summary>For a title in apposition to a person (« Le ministre arménien des Affaires étrangères, Vahan Sarkissian »): the offices it names.</summary>
    public Office[]? Offices { get; set; }

    /// <summary>The state or organisation a title names the office of (« tchadienne » in « le chef de la diplomatie tchadienne »), when told.</summary>
    public Actor? OfficeOf { get; set; }

    public bool IsResolved => !Dropped && (Actor is not null || LocalKey is not null);

    public bool IsPerson => Actor?.Kind == ActorKind.Person || (Actor is null && LocalKey is not null && LocalKind == ActorKind.Person);

    public string EntityKey => Actor?.Id ?? "local:" + LocalKey;

    public void Local(string name, ActorKind kind)
    {
        LocalName = name;
        LocalKind = kind;
        LocalKey = TextFold.FoldWithoutDiacritics(name);
    }

    public override string ToString() => $"[{Start},{End}) {Origin} → {Actor?.Name ?? LocalName ?? "?"}{(Dropped ? " (dropped)" : "")}";
}

/// <summary>
/// One article going through the actor linker: the words, the mentions found so far, and the passes
/// that find and tie them (partial files by concern). Used once, by one thread.
/// </summary>
internal sealed partial class LinkingRun
{
    private readonly KnowledgeBase _kb;
    private readonly ActorRules _rules;
    private readonly ActorLinkerOptions _options;
    private readonly string _text;
    private readonly DateOnly? _date;
    private readonly Word[] _words;
    private readonly IReadOnlyList<EntityMention> _ner;
    private readonly List<Mention> _mentions = [];
    private readonly List<TitleMatch> _titles = [];
    private readonly bool[] _titleWord;
    private readonly Gender?[] _honorific;
    private char[] _key = new char[256];
    private bool[]? _narrative;

    /// <summary>For each sentence, how many sentences up to it hold words outside quotes (<see cref="NarratedSentencesBetween"/>); built on first use.</summary>
    private int[]? _narratedSentences;

    /// <summary>The entities whose gender only their given name tells (<see cref="GivenNameGenders"/>).</summary>
    private readonly HashSet<string> _genderedByName = new(StringComparer.Ordinal);

    public LinkingRun(ActorLinker linker, string text, DateOnly? date, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention> ner)
    {
        _kb = linker.KnowledgeBase;
        _rules = linker.Rules;
        _options = linker.Options;
        _text = text;
        _date = date;
        _ner = ner;
        _words = BuildWords(text, tokens, sentences);
        _titleWord = new bool[_words.Length];
        _honorific = new Gender?[_words.Length];
    }

    public IReadOnlyList<ResolvedEntity> Run()
    {
        FindTitles();
        MatchDictionary();
        AddTaggerMentions();
        if (_options.DetectNames)
        {
            DetectNames();
        }

        DropEmbedded();
        ResolveNames();
        ResolveShortNames();
        JoinMisspellings();
        ReadSurnamesOfLocalPeople();
        if (_options.DetectNames)
        {
            DetectSpeakingNames();
            DetectInvertedSpeakingNames();
            RetypeSpeakingPlaces();
        }

        MakeLocals();
        JoinDefinedAcronyms();
        ResolveAnaphors();
        ReadRolePhrases();
        TellStatesFromPlaces();
        ReadGovernments();
        ReadIntroductions();
        JoinShortOrganizationNames();
        ResolveCoreference();
        ResolveNationalityNouns();
        return Assemble();
    }

    private static Word[] BuildWords(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var words = new Word[tokens.Count];
        var sentence = 0;
        var depth = 0;
        var atStart = true;
        var previousEnd = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var start = Math.Clamp(token.Start, 0, text.Length);
            var end = Math.Clamp(token.End, start, text.Length);
            while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start <= start)
            {
                sentence++;
                atStart = true;
            }

            if (sentence < sentences.Count && start >= sentences[sentence].End)
            {
                atStart = true;
            }

            if (text.AsSpan(previousEnd, Math.Max(0, start - previousEnd)).ContainsAny('\n', '\r'))
            {
                depth = 0;
                atStart = true;
            }

            previousEnd = end;
            var span = text.AsSpan(start, end - start);
            var word = new Word
            {
                Start = start,
                End = end,
                Kind = token.Kind,
                Key = TextFold.FoldWithoutDiacritics(span),
                Sentence = sentence,
                InQuote = depth > 0,
            };

            if (token.Kind == TokenKind.OpenQuote)
            {
                depth++;
                atStart = true;
            }
            else if (token.Kind == TokenKind.CloseQuote)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (token.Kind is TokenKind.Word or TokenKind.Elision)
            {
                var letters = 0;
                var lower = false;
                var first = true;
                foreach (var c in span)
                {
                    if (!char.IsLetter(c))
                    {
                        continue;
                    }

                    if (first)
                    {
                        word.Capitalized = char.IsUpper(c);
                        first = false;
                    }

                    letters++;
                    lower |= char.IsLower(c);
                }

                word.AllCaps = letters >= 2 && !lower;
                word.SentenceStart = atStart;
                atStart = false;
            }
            else if (token.Kind == TokenKind.Punctuation && span.Length == 1 && span[0] is ':' or '(' or '—' or '–')
            {
                atStart = span[0] is ':' or '(';
            }

            words[i] = word;
        }

        return words;
    }

    // ---- Shared helpers ----------------------------------------------------------------------------

    /// <summary>The key of words <paramref name="first"/>..<paramref name="last"/> (see <see cref="KnowledgeBase.KeyOf"/>), in a reused buffer.</summary>
    private ReadOnlySpan<char> KeyOf(int first, int last)
    {
        var length = 0;
        for (var i = first; i <= last; i++)
        {
            var key = _words[i].Key;
            var needed = length + key.Length + 1;
            if (needed > _key.Length)
            {
                Array.Resize(ref _key, Math.Max(needed, _key.Length * 2));
            }

            // No space after an elision (« d’ » + « études »), nor before a clitic ("People" + "'s"): the keys of unsplit words.
            if (i > first && !MatchKey.EndsWithApostrophe(_text.AsSpan(_words[i - 1].Start, _words[i - 1].End - _words[i - 1].Start))
                && !(_words[i].Kind == TokenKind.Clitic && _words[i].Key.StartsWith('\'')))
            {
                _key[length++] = ' ';
            }

            key.CopyTo(_key.AsSpan(length));
            length += key.Length;
        }

        return _key.AsSpan(0, length);
    }

    private string TextOf(int first, int last) => _text[_words[first].Start.._words[last].End];

    private bool SameSentence(int a, int b) => a >= 0 && b < _words.Length && _words[a].Sentence == _words[b].Sentence;

    /// <summary>Whether word <paramref name="i"/> is a common lower-case word of the article's language (« Dans », "Reading").</summary>
    private bool IsCommonWord(int i) => _kb.IsCommonWord(_rules.Language, _text.AsSpan(_words[i].Start, _words[i].End - _words[i].Start));

    private IEnumerable<Mention> Live => _mentions.Where(m => !m.Dropped);

    /// <summary>The live name mention (dictionary, tagger, name) that starts at word <paramref name="first"/>.</summary>
    private Mention? NameStartingAt(int first) =>
        _mentions.FirstOrDefault(m => !m.Dropped && m.First == first && m.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy);

    private Mention? NameEndingAt(int last) =>
        _mentions.FirstOrDefault(m => !m.Dropped && m.Last == last && m.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy);

    private bool Covered(int i) =>
        _mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy);

    private static int Strength(AliasKind kind) => kind switch
    {
        AliasKind.Anaphor => 0,
        AliasKind.Surname => 1,
        _ => 2,
    };
}
