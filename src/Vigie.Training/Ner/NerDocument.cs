using Vigie.Entities;
using Vigie.Text;

namespace Vigie.Training.Ner;

/// <summary>Which part of the fixed split a document belongs to.</summary>
public enum NerSplit
{
    Train,
    Development,
    Test,
}

/// <summary>A gold mention: a span of the document's text and its type.</summary>
public readonly record struct NerSpan(int Start, int End, EntityType Type);

/// <summary>
/// A document with gold mentions: its text (rebuilt from the tokens for CoNLL files), the mentions
/// as character spans into it, and the sentences when the corpus gives them (else null: the
/// sentence splitter finds them).
/// </summary>
public sealed record NerDocument(string Id, string Source, string Text, IReadOnlyList<NerSpan> Entities, IReadOnlyList<TextSpan>? Sentences)
{
    public NerSplit Split { get; init; } = NerSplit.Train;
}
