namespace Vigie.Times;

/// <summary>
/// What a unit word stands for: « semaine » is one <see cref="TimeUnit.Week"/>, « quinquennat » five
/// years, « demi-heure » half an hour.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Amount">How many of them the word is (1 unless the word is itself a quantity).</param>
public readonly record struct TimeUnitWord(TimeUnit Unit, double Amount = 1);
