namespace Vigie.Languages;

/// <summary>Identifies the language of a text. Thread-safe and immutable once loaded.</summary>
public sealed class LanguageIdentifier
{
    public static LanguageIdentifier Default { get; } = new();

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters == 0 ? LanguageGuess.Unknown : new LanguageGuess(LanguageGuess.Undetermined, 0);
    }
}
