namespace Vigie.Training.Times;

/// <summary>
/// Counts for one group of time expressions. Precision counts are over system expressions of the
/// group, recall counts over gold ones (per type, a system DATE matching a gold TIME counts for DATE
/// precision and TIME recall); a relaxed match overlaps, a strict match has the same offsets.
/// </summary>
public sealed record TimeScores(
    int Gold,
    int System,
    int StrictForPrecision,
    int StrictForRecall,
    int RelaxedForPrecision,
    int RelaxedForRecall,
    int ValueForPrecision,
    int ValueForRecall)
{
    public static TimeScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double StrictPrecision => Ratio(StrictForPrecision, System);

    public double StrictRecall => Ratio(StrictForRecall, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedForPrecision, System);

    public double RelaxedRecall => Ratio(RelaxedForRecall, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Among gold expressions found (relaxed), the share whose value is exactly the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueForRecall, RelaxedForRecall);

    /// <summary>F1 counting only matches with the right value (TempEval-3's value F1).</summary>
    public double ValueF1 => F1(Ratio(ValueForPrecision, System), Ratio(ValueForRecall, Gold));

    public static TimeScores operator +(TimeScores a, TimeScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.Gold + b.Gold,
            a.System + b.System,
            a.StrictForPrecision + b.StrictForPrecision,
            a.StrictForRecall + b.StrictForRecall,
            a.RelaxedForPrecision + b.RelaxedForPrecision,
            a.RelaxedForRecall + b.RelaxedForRecall,
            a.ValueForPrecision + b.ValueForPrecision,
            a.ValueForRecall + b.ValueForRecall);
    }

    public TimeScores Add(TimeScores other) => this + other;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
