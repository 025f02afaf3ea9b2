namespace Vigie.Entities.Tagging;

/// <summary>
/// A trained named-entity model: the lexicon its features read, and one or two stages of weights
/// (the second reads the first one's labels). Immutable; <see cref="NerModelFormat"/> reads and writes it.
/// </summary>
internal sealed class NerModel
{
    public NerModel(string language, NerLexicon lexicon, IReadOnlyList<NerStage> stages)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(stages);
        if (stages.Count is < 1 or > 2)
        {
            throw new ArgumentException("A model has one or two stages.", nameof(stages));
        }

        Language = language;
        Lexicon = lexicon;
        Stages = stages;
    }

    public string Language { get; }

    public NerLexicon Lexicon { get; }

    /// <summary>The first stage reads the text; the second, when there is one, also the first one's labels.</summary>
    public IReadOnlyList<NerStage> Stages { get; }
}
