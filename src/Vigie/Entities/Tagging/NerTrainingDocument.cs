using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// A document to train the tagger on: its text, tokens and sentences (as the pipeline cuts them) and
/// its gold mentions as spans of the text (their confidence is ignored). A mention whose span cuts a
/// token keeps the tokens wholly inside it; one across sentences, or with no token inside, is skipped.
/// </summary>
public sealed record NerTrainingDocument(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>
    /// The domain the document comes from: 0 for the text the tagger is made for (news), others for
    /// help from elsewhere (tweets, historical OCR …) whose habits may differ
    /// (<see cref="EntityTaggerTrainerOptions.SeparateDomains"/>).
    /// </summary>
    public int Domain { get; init; }
}
