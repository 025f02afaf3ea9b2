using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>A mention by token positions: tokens [<paramref name="Start"/>, <paramref name="End"/>) of a sentence.</summary>
public readonly record struct TokenMention(int Start, int End, EntityType Type);

/// <summary>
/// One sentence to train or score the tagger on: its text (the whole document's text: tokens are
/// offsets into it), its tokens, and the gold mentions by token positions (empty when unknown).
/// </summary>
public sealed record NerSentence(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<TokenMention> Mentions)
{
    /// <summary>How the sentence's document writes its words (<see cref="DocumentCase.Of"/>); <see cref="DocumentCase.None"/> when unknown.</summary>
    public DocumentCase Document { get; init; } = DocumentCase.None;

    /// <summary>
    /// The domain the sentence comes from: 0 for the text the tagger is made for (news), others for
    /// help from elsewhere (tweets, historical OCR …) whose habits may differ (<see cref="EntityTaggerTrainerOptions.SeparateDomains"/>).
    /// </summary>
    public int Domain { get; init; }

    /// <summary>The BILOU labels of the gold mentions, one per token.</summary>
    internal byte[] Labels()
    {
        var labels = new byte[Tokens.Count];
        var mentions = Mentions.Select(m => (m.Start, m.End, m.Type)).ToArray();
        EntityLabels.Encode(mentions, labels);
        return labels;
    }
}
