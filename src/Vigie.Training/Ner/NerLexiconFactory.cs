using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Training.Ner;

/// <summary>
/// Builds the tagger's lexicon: gazetteer entries and name lists (<see cref="NerGazetteers"/>), and
/// from unlabelled text (the training documents' text) word clusters and each word's case habit.
/// </summary>
public static class NerLexiconFactory
{
    public static NerLexiconBuilder Build(NerGazetteers gazetteers, IEnumerable<NerTokenizedDocument> unlabelled, TextRules rules, WordClusteringOptions? clustering = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteers);
        ArgumentNullException.ThrowIfNull(unlabelled);
        ArgumentNullException.ThrowIfNull(rules);
        var builder = new NerLexiconBuilder();
        var tokenizer = new Tokenizer(rules);
        var tokens = new List<Token>();
        foreach (var (list, name) in gazetteers.Entries)
        {
            tokens.Clear();
            tokenizer.Tokenize(name, tokens);
            builder.AddGazetteerEntry(list, name, tokens);
        }

        foreach (var name in gazetteers.GivenNames)
        {
            builder.MarkGivenName(name);
        }

        foreach (var name in gazetteers.FamilyNames)
        {
            builder.MarkFamilyName(name);
        }

        var sentences = new List<IReadOnlyList<string>>();
        var cases = new Dictionary<string, (int Lower, int Capitalised)>(StringComparer.Ordinal);
        foreach (var document in unlabelled)
        {
            var text = document.Document.Text;
            foreach (var sentence in document.SentenceTokens())
            {
                var words = new string[sentence.Count];
                for (var i = 0; i < words.Length; i++)
                {
                    var token = sentence[i];
                    var form = token.In(text);
                    words[i] = TextFold.Fold(form);
                    if (i > 0 && token.Kind == TokenKind.Word && char.IsLetter(form[0]))
                    {
                        var seen = cases.GetValueOrDefault(words[i]);
                        cases[words[i]] = char.IsUpper(form[0]) ? (seen.Lower, seen.Capitalised + 1) : (seen.Lower + 1, seen.Capitalised);
                    }
                }

                sentences.Add(words);
            }
        }

        foreach (var (word, path) in WordClustering.Cluster(sentences, clustering).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.SetCluster(word, path);
        }

        foreach (var (word, (lower, capitalised)) in cases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (lower + capitalised >= 3)
            {
                builder.SetCaseHabit(word, lower, capitalised);
            }
        }

        return builder;
    }
}
