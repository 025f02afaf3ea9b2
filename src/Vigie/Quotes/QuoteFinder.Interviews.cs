using Vigie.Text;

namespace Vigie.Quotes;

public sealed partial class QuoteFinder
{
    /// <summary>The longest paragraph read as an interviewer's unlabelled question, in tokens.</summary>
    private const int MaximumQuestionTokens = 60;

    /// <summary>
    /// Interviews printed without quotation marks: paragraphs labelled « Question : » / « Réponse : », "Q:" / "A:", or, with no
    /// labels, at least two questions that speak to someone (« vous », "you") each followed by a paragraph that answers. Each
    /// answer is a direct quote (<see cref="SpeakerClue.Interview"/>) whose speaker words are the paragraph before the first
    /// question, which presents the one interviewed; quotations inside an answer belong to it (one quoting someone else).
    /// </summary>
    private static void InterviewAnswers(QuoteScan scan, List<Quote> quotes)
    {
        var paragraphs = Paragraphs(scan);
        var answers = LabelledAnswers(scan, paragraphs, out var firstQuestion);
        if (answers.Count == 0)
        {
            answers = UnlabelledAnswers(scan, paragraphs, out firstQuestion);
        }

        if (answers.Count == 0)
        {
            return;
        }

        TextSpan? presenter = firstQuestion > 0 ? scan.Span(paragraphs[firstQuestion - 1].First, paragraphs[firstQuestion - 1].Last) : null;
        foreach (var answer in answers)
        {
            quotes.RemoveAll(q => q.Content.Start >= answer.Start && q.Content.End <= answer.End);
            quotes.Add(new Quote(QuoteKind.Direct, answer, null, presenter, presenter is null ? SpeakerClue.None : SpeakerClue.Interview, 0.6));
        }
    }

    /// <summary>The first and last tokens of each paragraph (a line of the text).</summary>
    private static List<(int First, int Last)> Paragraphs(QuoteScan scan)
    {
        var paragraphs = new List<(int First, int Last)>();
        var first = 0;
        for (var t = 1; t <= scan.Count; t++)
        {
            if (t == scan.Count || scan.Text.AsSpan(scan.Tokens[t - 1].End, scan.Tokens[t].Start - scan.Tokens[t - 1].End).Contains('\n'))
            {
                paragraphs.Add((first, t - 1));
                first = t;
            }
        }

        return paragraphs;
    }

    /// <summary>« Question : … ¶ Réponse : … », "Q: … ¶ A: …": the words after each answer label, when both labels are used.</summary>
    private static List<TextSpan> LabelledAnswers(QuoteScan scan, List<(int First, int Last)> paragraphs, out int firstQuestion)
    {
        firstQuestion = paragraphs.FindIndex(p => IsLabelled(scan, p, WordClass.QuestionLabel));
        var answers = new List<TextSpan>();
        if (firstQuestion < 0)
        {
            return answers;
        }

        for (var i = firstQuestion + 1; i < paragraphs.Count; i++)
        {
            if (IsLabelled(scan, paragraphs[i], WordClass.AnswerLabel))
            {
                answers.Add(scan.Span(paragraphs[i].First + 2, paragraphs[i].Last));
            }
        }

        return answers;
    }

    /// <summary>A paragraph opening with a label of its class and a colon (or a full stop: "Q. …"), with words after them.</summary>
    private static bool IsLabelled(QuoteScan scan, (int First, int Last) paragraph, WordClass label) =>
        paragraph.Last >= paragraph.First + 2 && scan.Is(paragraph.First, label) && scan.IsCapitalized(paragraph.First)
        && (scan.IsPunct(paragraph.First + 1, ':') || scan.IsPunct(paragraph.First + 1, '.'));

    /// <summary>
    /// « Qu’est-ce qui vous a convaincue ? ¶ Ce sont les musiciens … »: the paragraph after each question that speaks to someone,
    /// when there are two such pairs at least; none otherwise.
    /// </summary>
    private static List<TextSpan> UnlabelledAnswers(QuoteScan scan, List<(int First, int Last)> paragraphs, out int firstQuestion)
    {
        firstQuestion = -1;
        var answers = new List<TextSpan>();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (IsInterviewerQuestion(scan, paragraphs[i]) && !IsInterviewerQuestion(scan, paragraphs[i + 1]) && !scan.IsQuoteMark(paragraphs[i + 1].First)
                && !scan.IsPunct(paragraphs[i + 1].Last, '?'))
            {
                firstQuestion = firstQuestion < 0 ? i : firstQuestion;
                answers.Add(scan.Span(paragraphs[i + 1].First, paragraphs[i + 1].Last));
                i++;
            }
        }

        if (answers.Count < 2)
        {
            answers.Clear();
            firstQuestion = -1;
        }

        return answers;
    }

    /// <summary>A short paragraph outside quotation marks that ends with a question mark and speaks to someone.</summary>
    private static bool IsInterviewerQuestion(QuoteScan scan, (int First, int Last) paragraph) =>
        paragraph.Last - paragraph.First < MaximumQuestionTokens && scan.IsPunct(paragraph.Last, '?') && !scan.IsQuoteMark(paragraph.First)
        && scan.Any(paragraph.First, paragraph.Last, WordClass.SecondPerson);
}
