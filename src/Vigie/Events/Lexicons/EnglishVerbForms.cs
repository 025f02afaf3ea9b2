namespace Vigie.Events.Lexicons;

/// <summary>
/// The forms of a regular English verb for the lexicon's <c>@lemma</c> notation: the lemma, the third
/// person (-s, -es, -ies), the past and participle (-ed, -d, -ied) and the -ing form. Verbs that double
/// their last consonant (ban, banned) or are irregular (hold, held) are written out in the lexicon.
/// </summary>
internal static class EnglishVerbForms
{
    public static IEnumerable<string> Of(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        if (lemma.Length < 2)
        {
            throw new FormatException($"@{lemma}: too short to be a verb lemma.");
        }

        var consonantY = lemma.EndsWith('y') && !IsVowel(lemma[^2]);
        var third = consonantY ? lemma[..^1] + "ies"
            : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o') ? lemma + "es"
            : lemma + "s";
        var past = consonantY ? lemma[..^1] + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        var ing = lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing";
        return [lemma, third, past, ing];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
