using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigie.Languages;

namespace Vigie.Training.Languages;

/// <summary>Accuracy on the test windows of one language (or one source).</summary>
public sealed record LanguageAccuracy(string Name, int Windows, int Correct, int Unknown, string Origin)
{
    public double Accuracy => Windows == 0 ? 0 : (double)Correct / Windows;
}

/// <summary>How often windows of <see cref="Expected"/> were taken for <see cref="Actual"/> ("und": no answer).</summary>
public sealed record LanguageConfusion(string Expected, string Actual, int Count);

/// <summary>Results for windows of one length.</summary>
public sealed record WindowEvaluation(
    int Length,
    int Windows,
    int Correct,
    IReadOnlyList<LanguageAccuracy> Languages,
    IReadOnlyList<LanguageAccuracy> Sources,
    IReadOnlyList<LanguageConfusion> Confusions)
{
    public double Accuracy => Windows == 0 ? 0 : (double)Correct / Windows;
}

/// <summary>The outcome of <see cref="LanguageIdEvaluation.Evaluate"/>; <see cref="Overall"/> is the accuracy on windows of 200+ characters.</summary>
public sealed record LanguageIdEvaluationResult(
    IReadOnlyList<WindowEvaluation> ByLength,
    int TestDocuments,
    double AverageDocumentLength,
    double DocumentsPerSecond,
    double WindowsPerSecond)
{
    public WindowEvaluation Main => ByLength[0];

    public double Overall => Main.Accuracy;
}

/// <summary>
/// Scores a language identifier on the test part of <see cref="LanguageCorpus"/> (<c>vigie eval langid</c>):
/// each test document is cut into windows of at least 200 characters (and, for information, 100 and
/// 50), a new window starting every half length, and every window must get its document's language.
/// </summary>
public static class LanguageIdEvaluation
{
    /// <summary>The window lengths; the first is the one the accuracy goal is about.</summary>
    public static IReadOnlyList<int> WindowLengths { get; } = [200, 100, 50];

    public static LanguageIdEvaluationResult Evaluate(LanguageIdentifier identifier, LanguageCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(corpus);
        var test = corpus.Test.ToArray();
        var origins = test
            .GroupBy(d => d.Language, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => string.Join(" + ", g.Select(d => d.Source == "own" ? "own" : "shared").Distinct().Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);

        var byLength = new List<WindowEvaluation>();
        var windowCount = 0;
        var windowTime = TimeSpan.Zero;
        foreach (var length in WindowLengths)
        {
            var windows = test
                .SelectMany(d => LanguageCorpus.Windows(d.Text, length, length / 2).Where(IsMostlyLetters).Select(w => (Document: d, Text: w)))
                .ToArray();
            var answers = new string[windows.Length];
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < windows.Length; i++)
            {
                answers[i] = identifier.Identify(windows[i].Text).Code;
            }

            clock.Stop();
            if (length == WindowLengths[0])
            {
                windowCount = windows.Length;
                windowTime = clock.Elapsed;
            }

            byLength.Add(Score(length, windows.Select(w => w.Document).ToArray(), answers, origins));
        }

        var documentClock = Stopwatch.StartNew();
        foreach (var document in test)
        {
            _ = identifier.Identify(document.Text);
        }

        documentClock.Stop();
        return new LanguageIdEvaluationResult(
            byLength,
            test.Length,
            test.Length == 0 ? 0 : test.Average(d => d.Text.Length),
            test.Length / Math.Max(documentClock.Elapsed.TotalSeconds, 1e-9),
            windowCount / Math.Max(windowTime.TotalSeconds, 1e-9));
    }

    /// <summary>The result as Markdown: overall figures, the per-language table at 200+ characters, confusions and per-source accuracy.</summary>
    public static string Format(LanguageIdEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var length in result.ByLength)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"windows of {length.Length}+ chars: {length.Correct}/{length.Windows} = {Percent(length.Accuracy)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"speed: {result.WindowsPerSecond:F0} windows/s (200+ chars); {result.DocumentsPerSecond:F0} documents/s ({result.TestDocuments} test documents, {result.AverageDocumentLength:F0} chars on average)");
        text.AppendLine();

        var main = result.Main;
        var others = result.ByLength.Skip(1).ToArray();
        text.Append("| language | test text from | windows 200+ | correct | und | accuracy 200+ |");
        foreach (var other in others)
        {
            text.Append(CultureInfo.InvariantCulture, $" {other.Length}+ |");
        }

        text.AppendLine();
        text.Append("| --- | --- | ---: | ---: | ---: | ---: |");
        text.AppendLine(string.Concat(others.Select(_ => " ---: |")));
        foreach (var language in main.Languages)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {language.Name} | {language.Origin} | {language.Windows} | {language.Correct} | {language.Unknown} | {Percent(language.Accuracy)} |");
            foreach (var other in others)
            {
                var row = other.Languages.FirstOrDefault(l => l.Name == language.Name);
                text.Append(CultureInfo.InvariantCulture, $" {(row is null ? "-" : Percent(row.Accuracy))} |");
            }

            text.AppendLine();
        }

        var otherTotals = string.Concat(others.Select(o => " " + Percent(o.Accuracy) + " |"));
        var unknown = main.Languages.Sum(l => l.Unknown);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | | {main.Windows} | {main.Correct} | {unknown} | **{Percent(main.Accuracy)}** |{otherTotals}");
        text.AppendLine();
        foreach (var length in result.ByLength)
        {
            var pairs = length.Confusions.Count == 0
                ? "none"
                : string.Join(", ", length.Confusions.Take(20).Select(c => $"{c.Expected}→{c.Actual}: {c.Count}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"confusions at {length.Length}+ chars (expected → answered: windows): {pairs}");
        }

        text.AppendLine();
        text.AppendLine("| source | windows 200+ | accuracy 200+ |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var source in main.Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {source.Name} | {source.Windows} | {Percent(source.Accuracy)} |");
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether letters make at least <see cref="MinLetterShare"/> of a window's non-space characters:
    /// tables of figures and OCR debris are not text in any language.
    /// </summary>
    public static bool IsMostlyLetters(string window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var letters = 0;
        var others = 0;
        foreach (var c in window)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                others++;
            }
        }

        return letters > 0 && letters >= MinLetterShare * (letters + others);
    }

    /// <summary>The share of letters among non-space characters a test window needs.</summary>
    public const double MinLetterShare = 0.75;

    private static WindowEvaluation Score(int length, LanguageDocument[] documents, string[] answers, Dictionary<string, string> origins)
    {
        var languages = new List<LanguageAccuracy>();
        foreach (var group in Enumerable.Range(0, documents.Length).GroupBy(i => documents[i].Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            languages.Add(Count(group.Key, group.ToArray(), documents, answers, origins[group.Key]));
        }

        var sources = new List<LanguageAccuracy>();
        foreach (var group in Enumerable.Range(0, documents.Length)
            .GroupBy(i => $"{documents[i].Source} ({documents[i].Language})", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sources.Add(Count(group.Key, group.ToArray(), documents, answers, string.Empty));
        }

        var confusions = Enumerable.Range(0, documents.Length)
            .Where(i => answers[i] != documents[i].Language)
            .GroupBy(i => (Expected: documents[i].Language, Actual: answers[i]))
            .Select(g => new LanguageConfusion(g.Key.Expected, g.Key.Actual, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Expected, StringComparer.Ordinal)
            .ThenBy(c => c.Actual, StringComparer.Ordinal)
            .ToArray();
        var correct = Enumerable.Range(0, documents.Length).Count(i => answers[i] == documents[i].Language);
        return new WindowEvaluation(length, documents.Length, correct, languages, sources, confusions);
    }

    private static LanguageAccuracy Count(string name, int[] indices, LanguageDocument[] documents, string[] answers, string origin)
    {
        var correct = indices.Count(i => answers[i] == documents[i].Language);
        var unknown = indices.Count(i => answers[i] == LanguageGuess.Undetermined);
        return new LanguageAccuracy(name, indices.Length, correct, unknown, origin);
    }

    private static string Percent(double value) => (value * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";
}
