namespace Vigie.Entities.Tagging;

/// <summary>
/// A trained named-entity model: lexicons, quantised feature weights and label transitions.
/// Immutable; <see cref="NerModelFormat"/> reads and writes it.
/// </summary>
internal sealed class NerModel
{
    public NerModel(string language, NerLexicon lexicon, FeatureTable features, short[] transitions, short[] start, short[] end, float scale)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(features);
        if (transitions.Length != EntityLabels.Count * EntityLabels.Count || start.Length != EntityLabels.Count || end.Length != EntityLabels.Count)
        {
            throw new ArgumentException("Transition tables of the wrong size.", nameof(transitions));
        }

        Language = language;
        Lexicon = lexicon;
        Features = features;
        Transitions = transitions;
        Start = start;
        End = end;
        Scale = scale > 0 ? scale : throw new ArgumentOutOfRangeException(nameof(scale));
    }

    public string Language { get; }

    public NerLexicon Lexicon { get; }

    public FeatureTable Features { get; }

    /// <summary>Quantised transition weights, <c>[previous * L + next]</c>.</summary>
    public short[] Transitions { get; }

    public short[] Start { get; }

    public short[] End { get; }

    /// <summary>Quantised units per unit of the perceptron's score (for confidences).</summary>
    public float Scale { get; }
}
