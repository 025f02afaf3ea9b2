using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>Where a token stands in a mention under the BILOU scheme.</summary>
internal enum LabelPart : byte
{
    Outside,
    Begin,
    Inside,
    Last,
    Unit,
}

/// <summary>
/// The tagger's labels: O, then Begin, Inside, Last and Unit for each <see cref="EntityType"/>
/// (BILOU: a one-token mention is U, a longer one B I… L). Label 0 is O; label
/// <c>1 + 4 × type + part</c> is a part of a type.
/// </summary>
internal static class EntityLabels
{
    public const int TypeCount = 4;

    public const int Count = 1 + (4 * TypeCount);

    public const int Outside = 0;

    public static int Of(EntityType type, LabelPart part) =>
        part == LabelPart.Outside ? Outside : 1 + (4 * (int)type) + ((int)part - 1);

    public static LabelPart PartOf(int label) => label == Outside ? LabelPart.Outside : (LabelPart)(1 + ((label - 1) % 4));

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    /// <summary>Whether a sentence may start with <paramref name="label"/> (O, B or U).</summary>
    public static bool CanStart(int label) => PartOf(label) is LabelPart.Outside or LabelPart.Begin or LabelPart.Unit;

    /// <summary>Whether a sentence may end with <paramref name="label"/> (O, L or U).</summary>
    public static bool CanEnd(int label) => PartOf(label) is LabelPart.Outside or LabelPart.Last or LabelPart.Unit;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>: I and L continue a B or I of their type; anything else starts after O, L or U.</summary>
    public static bool CanFollow(int previous, int next)
    {
        var open = PartOf(previous) is LabelPart.Begin or LabelPart.Inside;
        var continues = PartOf(next) is LabelPart.Inside or LabelPart.Last;
        return open ? continues && TypeOf(previous) == TypeOf(next) : !continues;
    }

    /// <summary>Whether a token of this kind may start a mention (punctuation, quotes and clitics never do).</summary>
    public static bool CanStartMention(TokenKind kind) => kind is not (TokenKind.Punctuation or TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.Clitic);

    /// <summary>Whether a token of this kind may end a mention (punctuation, quotes, elisions and clitics never do).</summary>
    public static bool CanEndMention(TokenKind kind) => kind is not (TokenKind.Punctuation or TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.Elision or TokenKind.Clitic);

    /// <summary>
    /// Takes <paramref name="penalty"/> off the scores of the labels a token cannot bear: B and U
    /// where no mention may start, L and U where none may end (<see cref="CanStartMention"/>, <see cref="CanEndMention"/>).
    /// </summary>
    public static void Restrict<T>(ReadOnlySpan<Token> tokens, Span<T> scores, T penalty)
        where T : struct, System.Numerics.INumber<T>
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var start = CanStartMention(tokens[i].Kind);
            var end = CanEndMention(tokens[i].Kind);
            if (start && end)
            {
                continue;
            }

            var row = scores.Slice(i * Count, Count);
            for (var y = 1; y < Count; y++)
            {
                var part = PartOf(y);
                if ((!start && part is LabelPart.Begin or LabelPart.Unit) || (!end && part is LabelPart.Last or LabelPart.Unit))
                {
                    row[y] -= penalty;
                }
            }
        }
    }

    /// <summary>A short name for messages and tests: "O", "B-PER", "U-LOC" …</summary>
    public static string Name(int label) => label == Outside
        ? "O"
        : $"{"OBILU"[(int)PartOf(label)]}-{TypeOf(label).Code()}";

    /// <summary>Writes the BILOU labels of the mentions <c>(start token, end token exclusive, type)</c> into <paramref name="labels"/> (all O elsewhere).</summary>
    public static void Encode(ReadOnlySpan<(int Start, int End, EntityType Type)> mentions, Span<byte> labels)
    {
        labels.Clear();
        foreach (var (start, end, type) in mentions)
        {
            if (end - start == 1)
            {
                labels[start] = (byte)Of(type, LabelPart.Unit);
                continue;
            }

            labels[start] = (byte)Of(type, LabelPart.Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                labels[i] = (byte)Of(type, LabelPart.Inside);
            }

            labels[end - 1] = (byte)Of(type, LabelPart.Last);
        }
    }

    /// <summary>Reads the mentions back from a valid label sequence (as Viterbi decoding gives).</summary>
    public static void Decode(ReadOnlySpan<byte> labels, List<(int Start, int End, EntityType Type)> output)
    {
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            switch (PartOf(labels[i]))
            {
                case LabelPart.Unit:
                    output.Add((i, i + 1, TypeOf(labels[i])));
                    start = -1;
                    break;
                case LabelPart.Begin:
                    start = i;
                    break;
                case LabelPart.Last when start >= 0 && TypeOf(labels[start]) == TypeOf(labels[i]):
                    output.Add((start, i + 1, TypeOf(labels[i])));
                    start = -1;
                    break;
                case LabelPart.Inside:
                    break;
                default:
                    start = -1;
                    break;
            }
        }
    }
}
