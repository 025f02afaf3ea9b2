using Vigie.Text;
using Vigie.Times.Matching;

namespace Vigie.Times.Resolution;

/// <summary>
/// Turns matches into values, one article at a time: it knows the publication date and the last day
/// the text mentioned (the reference of « le lendemain » and of times of day). The rules per meaning
/// are in the partial files; docs/TIMES.md describes them.
/// </summary>
internal sealed partial class TimeResolver(string text, TimeToken[] tokens, int count, TimeRules rules, DateOnly? published)
{
    /// <summary>How far from an expression a tense cue may be, in tokens, on each side.</summary>
    private const int TenseWindow = 12;

    private readonly string _text = text;
    private readonly TimeToken[] _tokens = tokens;
    private readonly int _count = count;
    private readonly TimeRules _rules = rules;
    private readonly DateOnly? _published = published;

    /// <summary>The last day an expression of the text pointed at.</summary>
    public DateOnly? Reference { get; set; }

    /// <summary>The value of the last calendar date or time of the text, whatever its precision ("1998", "1998-05", "1998-05-12T10:00").</summary>
    public string? LastDate { get; set; }

    public bool TryResolve(in Candidate c, out Resolved r)
    {
        r = default;
        var done = c.Pattern.Kind switch
        {
            TimePatternKind.Date => Date(c, ref r),
            TimePatternKind.Year => Year(c, ref r),
            TimePatternKind.NumericDate => NumericDate(c, ref r),
            TimePatternKind.Weekday => Weekday(c, ref r),
            TimePatternKind.RelativeDay => RelativeDay(c, ref r),
            TimePatternKind.PartOfDay => PartOfDay(c, ref r),
            TimePatternKind.PartOfReferenceDay => PartOfReferenceDay(c, ref r),
            TimePatternKind.RelativePeriod => RelativePeriod(c, ref r),
            TimePatternKind.ReferencePeriod => ReferencePeriod(c, ref r),
            TimePatternKind.Offset => Offset(c, ref r, fromReference: false),
            TimePatternKind.ReferenceOffset => Offset(c, ref r, fromReference: true),
            TimePatternKind.Recent => Recent(c, ref r, -1),
            TimePatternKind.Upcoming => Recent(c, ref r, 1),
            TimePatternKind.Duration => Duration(c, ref r),
            TimePatternKind.Clock => Clock(c, ref r),
            TimePatternKind.Season => Season(c, ref r),
            TimePatternKind.Holiday => Holiday(c, ref r),
            TimePatternKind.Decade => Decade(c, ref r),
            TimePatternKind.Century => Century(c, ref r),
            TimePatternKind.PartOfYear => PartOfYear(c, ref r),
            TimePatternKind.Set => Set(c, ref r),
            TimePatternKind.Reference => NowPastOrFuture(c, ref r),
            TimePatternKind.Anaphoric => Anaphoric(c, ref r),
            TimePatternKind.SameMoment => SameMoment(c, ref r),
            TimePatternKind.SameTimeOfYear => SameTimeOfYear(ref r),
            TimePatternKind.NewYear => NewYear(ref r),
            TimePatternKind.EarlierOrLater => EarlierOrLater(c, ref r),
            TimePatternKind.Exclusion => r.Excluded = true,
            _ => false,
        };
        if (done && r.Modifier == TimeModifier.Approx)
        {
            r.Approximate = true;
        }

        return done;
    }

    private ref readonly TimeToken Token(in Candidate c, TokenClass @class) => ref _tokens[c.Token(@class)];

    private TimeWord? Word(in Candidate c, TokenClass @class) => c.Has(@class) ? _tokens[c.Token(@class)].Word : null;

    /// <summary>-1 when a word points back (« dernier »), +1 forward (« prochain »), 0 otherwise.</summary>
    private static int Direction(in Candidate c) => c.Has(TokenClass.Past) ? -1 : c.Has(TokenClass.Future) ? 1 : 0;

    /// <summary>The boundary word's modifier (« début » START), or MID for « mi-mai ».</summary>
    private TimeModifier Boundary(in Candidate c)
    {
        if (Word(c, TokenClass.Boundary) is { } word)
        {
            return word.Boundary;
        }

        foreach (var @class in (ReadOnlySpan<TokenClass>)[TokenClass.MidMonth, TokenClass.Season, TokenClass.Year])
        {
            if (c.Has(@class) && Token(c, @class).Mid)
            {
                return TimeModifier.Mid;
            }
        }

        return TimeModifier.None;
    }

    /// <summary>The publication date as an anchor, or nothing when the article has none.</summary>
    private (DateOnly? Day, TimeAnchor Anchor) Publication() =>
        _published is { } day ? (day, TimeAnchor.Publication) : (null, TimeAnchor.None);

    /// <summary>The last day the text mentioned, else the publication date.</summary>
    private (DateOnly? Day, TimeAnchor Anchor) ReferenceDay() =>
        Reference is { } day ? (day, TimeAnchor.Text) : Publication();

    /// <summary>
    /// The tense of the words around a match: the nearest tense cue within the sentence (a lexicon word
    /// such as « a », « va », "will", or a verb ending such as « -ra », "-ed"), the left one first; a
    /// neutral form (« -rait ») nearer than any cue leaves the tense unknown.
    /// </summary>
    private Tense TenseOf(in Candidate c)
    {
        var sentence = _tokens[c.SpanStart].Sentence;
        Span<char> folded = stackalloc char[32];
        for (var distance = 1; distance <= TenseWindow; distance++)
        {
            var left = c.SpanStart - distance;
            var right = c.SpanEnd - 1 + distance;
            var leftIn = left >= 0 && _tokens[left].Sentence == sentence;
            var rightIn = right < _count && _tokens[right].Sentence == sentence;
            if (!leftIn && !rightIn)
            {
                break;
            }

            if (leftIn && Cue(left, sentence, folded) is not Tense.Unknown and var before)
            {
                return Known(before);
            }

            if (rightIn && Cue(right, sentence, folded) is not Tense.Unknown and var after)
            {
                return Known(after);
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The tense token <paramref name="at"/> gives, as governed by an auxiliary before it. A word that is
    /// also a season (« été ») is a verb only after an auxiliary (« a été »): « les mois d’été » is none.
    /// </summary>
    private Tense Cue(int at, int sentence, Span<char> folded)
    {
        var tense = TenseOf(_tokens[at], folded);
        if (tense == Tense.Unknown)
        {
            return tense;
        }

        var auxiliary = Auxiliary(at, sentence, folded);
        return auxiliary is null && _tokens[at].Is(TokenClass.Season) ? Tense.Unknown : auxiliary ?? tense;
    }

    /// <summary>A neutral verb form ends the search without a tense.</summary>
    private static Tense Known(Tense tense) => tense == Tense.Neutral ? Tense.Unknown : tense;

    /// <summary>
    /// The tense of an auxiliary one or two words before a cue, which governs it: « aura été » is future
    /// though « été » alone points to the past; so is "will be held".
    /// </summary>
    private Tense? Auxiliary(int cue, int sentence, Span<char> folded)
    {
        for (var before = cue - 1; before >= cue - 2 && before >= 0 && _tokens[before].Sentence == sentence; before--)
        {
            if (TenseOf(_tokens[before], folded) is not Tense.Unknown and var tense)
            {
                return tense;
            }
        }

        return null;
    }

    private Tense TenseOf(in TimeToken token, Span<char> buffer)
    {
        if (token.Word is { Tense: not Tense.Unknown } word)
        {
            // A capital letter alone is no verb: French copy drops the accent of « À » (« A l’automne »), which is not « a ».
            return token.Length == 1 && char.IsUpper(_text[token.Start]) ? Tense.Unknown : word.Tense;
        }

        if (token.Kind != TokenKind.Word || char.IsUpper(_text[token.Start]) || token.Length > buffer.Length)
        {
            return Tense.Unknown;
        }

        var length = TextFold.Fold(_text.AsSpan(token.Start, token.Length), buffer);
        return _rules.TenseOfEnding(buffer[..length]);
    }

    /// <summary>A two-figure year in the century that puts it at most ten years after publication.</summary>
    private int FullYear(int twoFigures)
    {
        if (_published is { } day)
        {
            var year = (day.Year / 100 * 100) + twoFigures;
            return year > day.Year + 10 ? year - 100 : year;
        }

        return twoFigures >= 30 ? 1900 + twoFigures : 2000 + twoFigures;
    }

    private static bool Set(ref Resolved r, TimeType type, string? value, TimeAnchor anchor, DateOnly? day = null)
    {
        r.Type = type;
        r.Value = value;
        r.Anchor = value is null ? TimeAnchor.None : anchor;
        r.Day = day;
        return true;
    }
}
