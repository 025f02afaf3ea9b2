namespace Vigie.Events.Lexicons;

/// <summary>
/// The forms of a regular French verb of the first group (-er) or the second (-ir, « finir »), folded
/// without accents, for the lexicon's <c>@lemma</c> notation: infinitive, participles, present, simple
/// past and imperfect in the third person, future and conditional (which the coder reads as
/// hypothetical), with the spelling of -cer, -ger, -yer, -eler and -eter verbs. Irregular verbs are
/// written out in the lexicon.
/// </summary>
internal static class FrenchVerbForms
{
    public static IEnumerable<string> Of(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        if (lemma.EndsWith("er", StringComparison.Ordinal) && lemma.Length > 3)
        {
            return FirstGroup(lemma);
        }

        if (lemma.EndsWith("ir", StringComparison.Ordinal) && lemma.Length > 3)
        {
            return SecondGroup(lemma);
        }

        throw new FormatException($"@{lemma}: only regular -er and -ir verbs have generated forms; write the others out.");
    }

    private static IEnumerable<string> FirstGroup(string lemma)
    {
        var stem = lemma[..^2];

        // « engager » → « engagea », « engageant »: -ger keeps its e before a and o.
        var hard = stem.EndsWith('g') ? stem + "e" : stem;

        // « déployer » → « déploie », « appeler » → « appelle », « rejeter » → « rejette ».
        var present = stem.EndsWith('y') ? stem[..^1] + "i" : stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("et", StringComparison.Ordinal) ? stem + stem[^1] : stem;
        string[] forms =
        [
            lemma, stem + "é", stem + "ée", stem + "és", stem + "ées",
            present + "e", present + "es", present + "ent",
            hard + "a", stem + "èrent", hard + "ait", hard + "aient", hard + "ant",
            present + "era", present + "eront", present + "erait", present + "eraient",
        ];
        return present == stem ? forms : [.. forms, stem + "e", stem + "ent"];
    }

    private static IEnumerable<string> SecondGroup(string lemma)
    {
        var stem = lemma[..^2];
        return
        [
            lemma, stem + "i", stem + "ie", stem + "is", stem + "ies", stem + "it",
            stem + "issent", stem + "irent", stem + "issait", stem + "issaient", stem + "issant",
            lemma + "a", lemma + "ont", lemma + "ait", lemma + "aient",
        ];
    }
}
