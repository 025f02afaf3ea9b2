using Vigie.Entities;
using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Training.Ner;

/// <summary>
/// A labelled document cut by Vigie's own tokenizer (as the pipeline cuts articles), with its
/// sentences: the corpus's when it gives them, else the sentence splitter's.
/// </summary>
public sealed class NerTokenizedDocument
{
    private NerTokenizedDocument(NerDocument document, Token[] tokens, TextSpan[] sentences)
    {
        Document = document;
        Tokens = tokens;
        Sentences = sentences;
    }

    public NerDocument Document { get; }

    public Token[] Tokens { get; }

    public TextSpan[] Sentences { get; }

    public static NerTokenizedDocument Create(NerDocument document, Tokenizer tokenizer, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        var tokens = new List<Token>(document.Text.Length / 5);
        tokenizer.Tokenize(document.Text, tokens);
        var sentences = new List<TextSpan>();
        if (document.Sentences is { } given)
        {
            sentences.AddRange(given);
        }
        else
        {
            splitter.Split(document.Text, tokens, sentences);
        }

        return new NerTokenizedDocument(document, [.. tokens], [.. sentences]);
    }

    /// <summary>The document as the trainer takes it: text, tokens, sentences and gold mentions, from a domain.</summary>
    public NerTrainingDocument ToTraining(int domain) => new(
        Document.Text,
        Tokens,
        Sentences,
        [.. Document.Entities.Select(e => new EntityMention(e.Start, e.End, e.Type, 1))])
    {
        Domain = domain,
    };

    /// <summary>The tokens of each sentence.</summary>
    public IEnumerable<ArraySegment<Token>> SentenceTokens()
    {
        var t = 0;
        foreach (var sentence in Sentences)
        {
            while (t < Tokens.Length && Tokens[t].End <= sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < Tokens.Length && Tokens[t].Start < sentence.End)
            {
                t++;
            }

            if (t > first)
            {
                yield return new ArraySegment<Token>(Tokens, first, t - first);
            }
        }
    }
}
