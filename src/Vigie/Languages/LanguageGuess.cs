namespace Vigie.Languages;

/// <summary>A language identified for a text: an ISO 639-1 code ("und" when unknown) and a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string Code, double Confidence)
{
    public const string Undetermined = "und";

    public static LanguageGuess Unknown { get; } = new(Undetermined, 0);
}
