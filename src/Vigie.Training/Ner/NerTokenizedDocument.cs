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

    /// <summary>
    /// The sentences with their gold mentions by token positions. A mention covers the tokens that lie
    /// wholly inside its span; one whose span cuts a token keeps the tokens inside (counted in
    /// <paramref name="misaligned"/>), one with no token inside is lost.
    /// </summary>
    public IEnumerable<NerSentence> LabelledSentences(Action<NerSpan>? misaligned = null)
    {
        var t = 0;
        var gold = Document.Entities;
        var documentCase = DocumentCase.Of(Document.Text, Tokens, Sentences);
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

            if (t == first)
            {
                continue;
            }

            var segment = new ArraySegment<Token>(Tokens, first, t - first);
            var mentions = new List<TokenMention>();
            foreach (var span in gold)
            {
                if (span.End <= sentence.Start || span.Start >= sentence.End)
                {
                    continue;
                }

                var start = -1;
                var end = -1;
                for (var i = 0; i < segment.Count; i++)
                {
                    if (segment[i].Start >= span.Start && segment[i].End <= span.End)
                    {
                        start = start < 0 ? i : start;
                        end = i + 1;
                    }
                }

                var exact = start >= 0 && segment[start].Start == span.Start && segment[end - 1].End == span.End;
                if (!exact)
                {
                    misaligned?.Invoke(span);
                }

                if (start >= 0 && (mentions.Count == 0 || mentions[^1].End <= start))
                {
                    mentions.Add(new TokenMention(start, end, span.Type));
                }
            }

            yield return new NerSentence(Document.Text, segment, mentions) { Document = documentCase };
        }
    }
}
