using Vigie.Text;
using Vigie.Training.Languages;

namespace Vigie.Training.Kb;

/// <summary>
/// Words seen in lower case in running text (WiNER and GUM news, WikiGold, our own prose): a capitalised
/// « Dans » or "Reading" that is also such a word is no name by itself. Only the list of words is kept.
/// </summary>
internal static class CommonWords
{
    /// <summary>A word is common when it is seen in lower case at least this many times.</summary>
    public const int MinCount = 3;

    private static readonly HashSet<string> Sources = new(StringComparer.Ordinal) { "own", "ner/winer-fr", "ner/gum-en", "ner/wikigold-en" };

    public static Dictionary<string, HashSet<string>> Count(LanguageCorpus corpus)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (var document in corpus.Documents)
        {
            // Share-alike documents (GUM voyage) are test only: kept out, like the language model does.
            if (!Sources.Contains(document.Source) || (document.Source != "own" && document.Source != "ner/winer-fr" && document.Split != LanguageSplit.Train))
            {
                continue;
            }

            if (!counts.TryGetValue(document.Language, out var words))
            {
                counts[document.Language] = words = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            tokens.Clear();
            new Tokenizer(TextRules.For(document.Language)).Tokenize(document.Text, tokens);
            foreach (var token in tokens)
            {
                var text = token.In(document.Text);
                if (token.Kind == TokenKind.Word && text.Length >= 2 && char.IsLower(text[0]) && !text.ContainsAny('.', '\'', '’'))
                {
                    var key = TextFold.FoldWithoutDiacritics(text);
                    words[key] = words.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.ToDictionary(
            p => p.Key,
            p => p.Value.Where(w => w.Value >= MinCount).Select(w => w.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
