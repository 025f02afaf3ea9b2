using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// Turns the tokens of a sentence into feature hashes: the word and its neighbours, affixes, shapes,
/// capitals and position, word clusters, name lists and gazetteer matches (templates below). Used
/// alike by the trainer and the tagger, so both see the same features. Thread-safe; allocates nothing
/// but what it rents and returns.
/// </summary>
internal sealed class FeatureExtractor(NerLexicon lexicon)
{
    /// <summary>No token gets more features than this.</summary>
    public const int MaxFeatures = 64;

    private const int MaxCharsHashed = 64;

    public NerLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// Writes the features of the tokens [<paramref name="start"/>, <paramref name="end"/>) of a
    /// document (one run: a sentence or a piece of one): token <c>start + i</c>'s go to
    /// <c>features[i * MaxFeatures ..]</c> and their number to <c>counts[i]</c>. With
    /// <paramref name="stacked"/>, the second stage's features are added: the first stage's labels
    /// around the token and how it labelled the same word elsewhere in the document.
    /// </summary>
    public void Extract(string text, ReadOnlySpan<Token> document, int start, int end, DocumentContext context, bool stacked, Span<uint> features, Span<byte> counts)
    {
        var n = end - start;
        if (features.Length < n * MaxFeatures || counts.Length < n)
        {
            throw new ArgumentException("The buffers are too short for the run.", nameof(features));
        }

        var rented = ArrayPool<TokenProfile>.Shared.Rent(n);
        try
        {
            var profiles = rented.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                profiles[i] = Profile(text, document[start + i]);
                profiles[i].DocumentCase = context.CaseOf(start + i);
            }

            MatchGazetteer(profiles);
            for (var i = 0; i < n; i++)
            {
                counts[i] = (byte)Features(profiles, i, features.Slice(i * MaxFeatures, MaxFeatures));
            }

            if (stacked)
            {
                AppendStacked(start, end, context, features, counts);
            }
        }
        finally
        {
            ArrayPool<TokenProfile>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Appends the second stage's own features to those of the tokens [<paramref name="start"/>,
    /// <paramref name="end"/>) already in <paramref name="features"/> (as <see cref="Extract"/> wrote
    /// them without <c>stacked</c>), so that the second stage need not extract the rest again.
    /// </summary>
    public static void AppendStacked(int start, int end, DocumentContext context, Span<uint> features, Span<byte> counts)
    {
        for (var at = start; at < end; at++)
        {
            var i = at - start;
            var count = counts[i];
            counts[i] = (byte)(count + Stacked(at, start, end, context, features.Slice((i * MaxFeatures) + count, MaxFeatures - count)));
        }
    }

    /// <summary>The second stage's own features of document token <paramref name="at"/> in the run [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static int Stacked(int at, int start, int end, DocumentContext context, Span<uint> output)
    {
        var n = 0;
        var first = at == start ? 1UL : 0UL;
        var capitals = (ulong)context.CapitalsOf(at);
        ulong label = context.FirstStageOf(at);
        ulong previous = at > start ? context.FirstStageOf(at - 1) : 255u;
        ulong next = at + 1 < end ? context.FirstStageOf(at + 1) : 255u;
        var majority = (ulong)context.MajorityOf(at);
        var super = (ulong)context.SuperOf(at);
        output[n++] = FeatureHash.Feature(Template.FirstStage, label);
        output[n++] = FeatureHash.Feature(Template.FirstStageWithNeighbours, (previous << 16) | (label << 8) | next);
        output[n++] = FeatureHash.Feature(Template.Majority, majority);
        output[n++] = FeatureHash.Feature(Template.MajorityAndCapitals, (majority << 8) | (capitals << 1) | first);
        output[n++] = FeatureHash.Feature(Template.MajorityAndFirstStage, (majority << 8) | label);
        output[n++] = FeatureHash.Feature(Template.Super, (super << 8) | (capitals << 1) | first);
        output[n++] = FeatureHash.Feature(Template.SuperAndFirstStage, (super << 8) | label);
        return n;
    }

    /// <summary>0 no letter, 1 starts lower case, 2 starts with a capital, 3 all capitals (two letters or more).</summary>
    public static byte CapitalsOf(ReadOnlySpan<char> token)
    {
        var span = token[..Math.Min(token.Length, MaxCharsHashed)];
        int letters = 0, uppers = 0;
        foreach (var c in span)
        {
            if (!TextFold.IsIgnorable(c) && char.IsLetter(c))
            {
                letters++;
                if (ClassOf(c, c) == 'X')
                {
                    uppers++;
                }
            }
        }

        return CapitalsOf(letters, uppers, span);
    }

    private static byte CapitalsOf(int letters, int uppers, ReadOnlySpan<char> span) =>
        letters == 0 ? (byte)0
        : uppers >= 2 && uppers == letters ? (byte)3
        : char.IsUpper(span[0]) || (span.Length > 1 && !char.IsLetter(span[0]) && char.IsUpper(span[1])) ? (byte)2
        : (byte)1;

    /// <summary>The lexicon key of a word: the hash of its folded form (as <see cref="Profile"/> computes it).</summary>
    public static ulong WordKey(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Seed;
        foreach (var c in word[..Math.Min(word.Length, MaxCharsHashed)])
        {
            if (!TextFold.IsIgnorable(c))
            {
                hash = FeatureHash.Add(hash, TextFold.Fold(c));
            }
        }

        return hash;
    }

    /// <summary>The profile of one token: hashes of its forms and what the word lexicon says of it.</summary>
    public TokenProfile Profile(string text, Token token)
    {
        var span = text.AsSpan(token.Start, Math.Min(token.Length, MaxCharsHashed));
        Span<char> folded = stackalloc char[MaxCharsHashed];
        var length = 0;
        ulong word = FeatureHash.Seed, form = FeatureHash.Seed, shape = FeatureHash.Seed, shortShape = FeatureHash.Seed;
        char lastClass = '\0';
        var run = 0;
        int letters = 0, uppers = 0;
        foreach (var c in span)
        {
            form = FeatureHash.Add(form, c);
            if (TextFold.IsIgnorable(c))
            {
                continue;
            }

            var f = TextFold.Fold(c);
            folded[length++] = f;
            word = FeatureHash.Add(word, f);
            var cls = ClassOf(c, f);
            if (char.IsLetter(c))
            {
                letters++;
                if (cls == 'X')
                {
                    uppers++;
                }
            }

            run = cls == lastClass ? run + 1 : 1;
            if (run <= 4)
            {
                shape = FeatureHash.Add(shape, cls);
            }

            if (run == 1)
            {
                shortShape = FeatureHash.Add(shortShape, cls);
            }

            lastClass = cls;
        }

        var profile = new TokenProfile
        {
            Word = word,
            Form = form,
            Shape = shape,
            ShortShape = shortShape,
            Kind = token.Kind,
            Length = (byte)Math.Min(token.Length, 255),
            Capitals = CapitalsOf(letters, uppers, span),
        };

        for (var k = 1; k <= TokenProfile.AffixLength && k < length; k++)
        {
            profile.Prefixes[k - 1] = FeatureHash.Of(folded[..k]);
            profile.Suffixes[k - 1] = FeatureHash.Of(folded[(length - k)..length]);
        }

        profile.Info = Lexicon.Words.Get(word);
        return profile;
    }

    /// <summary>
    /// Marks, for each gazetteer list, the tokens covered by its entries: the longest entry starting
    /// at each token, left to right, without overlap within a list.
    /// </summary>
    public void MatchGazetteer(Span<TokenProfile> profiles)
    {
        var gazetteer = Lexicon.Gazetteer;
        if (gazetteer.Count == 0)
        {
            return;
        }

        Span<int> coveredUntil = stackalloc int[NerLexicon.ListCount];
        Span<int> longest = stackalloc int[NerLexicon.ListCount];
        for (var i = 0; i < profiles.Length; i++)
        {
            longest.Clear();
            var hash = FeatureHash.Seed;
            var limit = Math.Min(profiles.Length, i + NerLexicon.MaxEntryTokens);
            for (var j = i; j < limit; j++)
            {
                hash = FeatureHash.Chain(hash, profiles[j].Word);
                var value = gazetteer.Get(hash);
                if (value == 0)
                {
                    break;
                }

                for (var list = 0; list < NerLexicon.ListCount; list++)
                {
                    if ((value & (1u << list)) != 0)
                    {
                        longest[list] = j + 1;
                    }
                }

                if ((value & NerLexicon.PrefixBit) == 0)
                {
                    break;
                }
            }

            for (var list = 0; list < NerLexicon.ListCount; list++)
            {
                var end = longest[list];
                if (end == 0 || i < coveredUntil[list])
                {
                    continue;
                }

                coveredUntil[list] = end;
                for (var t = i; t < end; t++)
                {
                    var part = end - i == 1 ? LabelPart.Unit
                        : t == i ? LabelPart.Begin
                        : t == end - 1 ? LabelPart.Last
                        : LabelPart.Inside;
                    profiles[t].Gazetteer |= (uint)part << (3 * list);
                }
            }
        }
    }

    private static int Features(ReadOnlySpan<TokenProfile> p, int i, Span<uint> output)
    {
        var n = 0;
        ref readonly var t = ref p[i];
        var prev = i > 0 ? p[i - 1].Word : FeatureHash.Boundary;
        var next = i + 1 < p.Length ? p[i + 1].Word : FeatureHash.Boundary;
        var prev2 = i > 1 ? p[i - 2].Word : FeatureHash.Boundary;
        var next2 = i + 2 < p.Length ? p[i + 2].Word : FeatureHash.Boundary;
        var prevShort = i > 0 ? p[i - 1].ShortShape : FeatureHash.Boundary;
        var nextShort = i + 1 < p.Length ? p[i + 1].ShortShape : FeatureHash.Boundary;
        var prevInfo = i > 0 ? p[i - 1].Info : 0u;
        var nextInfo = i + 1 < p.Length ? p[i + 1].Info : 0u;

        output[n++] = FeatureHash.Feature(Template.Bias, 0);
        output[n++] = FeatureHash.Feature(Template.Word, t.Word);
        output[n++] = FeatureHash.Feature(Template.Form, t.Form);
        output[n++] = FeatureHash.Feature(Template.PreviousWord, prev);
        output[n++] = FeatureHash.Feature(Template.NextWord, next);
        output[n++] = FeatureHash.Feature(Template.SecondPreviousWord, prev2);
        output[n++] = FeatureHash.Feature(Template.SecondNextWord, next2);
        output[n++] = FeatureHash.Feature(Template.PreviousAndWord, FeatureHash.Pair(prev, t.Word));
        output[n++] = FeatureHash.Feature(Template.WordAndNext, FeatureHash.Pair(t.Word, next));
        for (var k = 0; k < TokenProfile.AffixLength; k++)
        {
            if (t.Prefixes[k] != 0)
            {
                output[n++] = FeatureHash.Feature(Template.Prefix + k, t.Prefixes[k]);
                output[n++] = FeatureHash.Feature(Template.Suffix + k, t.Suffixes[k]);
            }
        }

        output[n++] = FeatureHash.Feature(Template.Shape, t.Shape);
        output[n++] = FeatureHash.Feature(Template.ShortShape, t.ShortShape);
        output[n++] = FeatureHash.Feature(Template.PreviousShortShape, prevShort);
        output[n++] = FeatureHash.Feature(Template.NextShortShape, nextShort);
        output[n++] = FeatureHash.Feature(Template.PreviousAndShortShape, FeatureHash.Pair(prevShort, t.ShortShape));
        output[n++] = FeatureHash.Feature(Template.ShortShapeAndNext, FeatureHash.Pair(t.ShortShape, nextShort));
        output[n++] = FeatureHash.Feature(Template.PreviousWordAndShortShape, FeatureHash.Pair(prev, t.ShortShape));
        output[n++] = FeatureHash.Feature(Template.ShortShapeAndNextWord, FeatureHash.Pair(t.ShortShape, next));

        var first = i == 0 ? 1UL : 0UL;
        var position = first | ((ulong)t.Capitals << 1) | ((ulong)t.Kind << 4) | ((ulong)WordInfo.CaseHabit(t.Info) << 12);
        output[n++] = FeatureHash.Feature(Template.Position, position);
        output[n++] = FeatureHash.Feature(Template.DocumentCase, (ulong)t.DocumentCase | ((ulong)t.Capitals << 2) | (first << 4));
        output[n++] = FeatureHash.Feature(Template.DocumentCaseAndHabit, (ulong)t.DocumentCase | ((ulong)t.Capitals << 2) | (first << 4) | ((ulong)WordInfo.CaseHabit(t.Info) << 5));
        output[n++] = FeatureHash.Feature(Template.Length, ((ulong)Math.Min((int)t.Length, 12) << 8) | t.Capitals);

        output[n++] = FeatureHash.Feature(Template.Cluster4, WordInfo.PathPrefix(t.Info, 4));
        output[n++] = FeatureHash.Feature(Template.Cluster8, WordInfo.PathPrefix(t.Info, 8));
        output[n++] = FeatureHash.Feature(Template.Cluster12, WordInfo.PathPrefix(t.Info, 12));
        output[n++] = FeatureHash.Feature(Template.Cluster16, WordInfo.PathPrefix(t.Info, 16));
        output[n++] = FeatureHash.Feature(Template.PreviousCluster, i > 0 ? WordInfo.PathPrefix(prevInfo, 8) : ulong.MaxValue);
        output[n++] = FeatureHash.Feature(Template.NextCluster, i + 1 < p.Length ? WordInfo.PathPrefix(nextInfo, 8) : ulong.MaxValue);
        output[n++] = FeatureHash.Feature(Template.ClusterAndCapitals, (WordInfo.PathPrefix(t.Info, 6) << 3) | t.Capitals | first << 2);

        output[n++] = FeatureHash.Feature(Template.Names, (ulong)WordInfo.NameFlags(t.Info) | ((ulong)t.Capitals << 2));
        output[n++] = FeatureHash.Feature(Template.PreviousNames, (ulong)WordInfo.NameFlags(prevInfo) | ((ulong)(i > 0 ? p[i - 1].Capitals : 4) << 2));
        output[n++] = FeatureHash.Feature(Template.NextNames, (ulong)WordInfo.NameFlags(nextInfo) | ((ulong)(i + 1 < p.Length ? p[i + 1].Capitals : 4) << 2));

        for (var list = 0; list < NerLexicon.ListCount; list++)
        {
            var part = (t.Gazetteer >> (3 * list)) & 7;
            if (part != 0)
            {
                output[n++] = FeatureHash.Feature(Template.Gazetteer, ((ulong)list << 3) | part);
                output[n++] = FeatureHash.Feature(Template.GazetteerAndCapitals, ((ulong)list << 6) | (part << 3) | t.Capitals);
            }
        }

        output[n++] = FeatureHash.Feature(Template.PreviousGazetteer, i > 0 ? p[i - 1].Gazetteer : uint.MaxValue);
        output[n++] = FeatureHash.Feature(Template.NextGazetteer, i + 1 < p.Length ? p[i + 1].Gazetteer : uint.MaxValue);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ClassOf(char c, char folded)
    {
        if (c < 0x80)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => 'X',
                >= 'a' and <= 'z' => 'x',
                >= '0' and <= '9' => 'd',
                _ => folded,
            };
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => 'X',
            UnicodeCategory.LowercaseLetter => 'x',
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => 'L',
            UnicodeCategory.DecimalDigitNumber => 'd',
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => 'm',
            _ => folded,
        };
    }

    /// <summary>The feature templates; a feature is a template number mixed with a value.</summary>
    private static class Template
    {
        public const int Bias = 1;
        public const int Word = 2;
        public const int Form = 3;
        public const int PreviousWord = 4;
        public const int NextWord = 5;
        public const int SecondPreviousWord = 6;
        public const int SecondNextWord = 7;
        public const int PreviousAndWord = 8;
        public const int WordAndNext = 9;
        public const int Prefix = 10; // 10-13
        public const int Suffix = 14; // 14-17
        public const int Shape = 18;
        public const int ShortShape = 19;
        public const int PreviousShortShape = 20;
        public const int NextShortShape = 21;
        public const int PreviousAndShortShape = 22;
        public const int ShortShapeAndNext = 23;
        public const int PreviousWordAndShortShape = 24;
        public const int ShortShapeAndNextWord = 25;
        public const int Position = 26;
        public const int Length = 27;
        public const int Cluster4 = 28;
        public const int Cluster8 = 29;
        public const int Cluster12 = 30;
        public const int Cluster16 = 31;
        public const int PreviousCluster = 32;
        public const int NextCluster = 33;
        public const int ClusterAndCapitals = 34;
        public const int Names = 35;
        public const int PreviousNames = 36;
        public const int NextNames = 37;
        public const int Gazetteer = 38;
        public const int GazetteerAndCapitals = 39;
        public const int PreviousGazetteer = 40;
        public const int NextGazetteer = 41;
        public const int DocumentCase = 42;
        public const int DocumentCaseAndHabit = 43;
        public const int FirstStage = 44;
        public const int FirstStageWithNeighbours = 45;
        public const int Majority = 46;
        public const int MajorityAndCapitals = 47;
        public const int MajorityAndFirstStage = 48;
        public const int Super = 49;
        public const int SuperAndFirstStage = 50;
    }
}
