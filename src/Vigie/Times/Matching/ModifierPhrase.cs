namespace Vigie.Times.Matching;

/// <summary>A phrase that qualifies the duration or time after it (« près de » → APPROX), as lexicon ids.</summary>
internal sealed record ModifierPhrase(int[] Words, TimeModifier Modifier);
