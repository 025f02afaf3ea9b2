using Vigie.Languages;
using Vigie.Training;
using Vigie.Training.Languages;

namespace Vigie.Tests.Languages;

public sealed class LanguageCorpusTests
{
    [Fact]
    public void Windows_are_long_enough_cut_at_spaces_and_overlap_by_the_stride()
    {
        var text = string.Join("  \n", Enumerable.Range(0, 200).Select(i => $"mot{i}"));
        var windows = LanguageCorpus.Windows(text, 50, 25).ToArray();
        Assert.NotEmpty(windows);
        Assert.All(windows, w =>
        {
            Assert.True(w.Length >= 50);
            Assert.False(w.StartsWith(' ') || w.EndsWith(' '));
            Assert.DoesNotContain("  ", w, StringComparison.Ordinal);
        });
        Assert.InRange(windows.Length, text.Length / 40, text.Length / 20);
        Assert.Empty(LanguageCorpus.Windows("trop court", 50, 25));
    }

    [Fact]
    public void Split_by_id_is_fixed_and_holds_out_about_a_quarter()
    {
        var ids = Enumerable.Range(0, 4000).Select(i => $"ner/some-source/doc-{i}.txt").ToArray();
        var test = ids.Count(id => LanguageCorpus.SplitOf(id) == LanguageSplit.Test);
        Assert.InRange(test, 850, 1150);
        Assert.Equal(LanguageSplit.Test, LanguageCorpus.SplitOf(ids.First(id => LanguageCorpus.SplitOf(id) == LanguageSplit.Test)));
    }

    [Fact]
    public void Figures_and_debris_are_not_test_text()
    {
        Assert.True(LanguageIdEvaluation.IsMostlyLetters("Le gouvernement a annoncé mardi un plan de 3 milliards d'euros."));
        Assert.False(LanguageIdEvaluation.IsMostlyLetters(". . 1337 . . 1320 . . 1325 . . Montecatini . . 352 . . 355"));
    }

    [Fact]
    public void Own_corpora_cover_every_required_language()
    {
        var folder = Path.Combine(LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory), LanguageCorpus.OwnCorporaFolder);
        foreach (var language in LanguageCorpus.RequiredLanguages)
        {
            var file = Path.Combine(folder, language + ".txt");
            Assert.True(File.Exists(file), $"missing {file}");
            var paragraphs = File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(paragraphs.Length >= 20, $"{language}: only {paragraphs.Length} paragraphs");
        }
    }

    /// <summary>Needs ../shared: fails with "../shared is missing" when it is absent.</summary>
    [Fact]
    public void Shipped_model_reaches_the_accuracy_goal_on_the_held_out_test_set()
    {
        var shared = SharedData.Require();
        var corpus = LanguageCorpus.Load(LanguageCorpus.FindRepositoryRoot(AppContext.BaseDirectory), shared);
        var trainIds = corpus.Training.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(corpus.Test, d => trainIds.Contains(d.Id));
        Assert.Empty(LanguageCorpus.RequiredLanguages.Except(corpus.Test.Select(d => d.Language)));

        var result = LanguageIdEvaluation.Evaluate(LanguageIdentifier.Default, corpus);
        Assert.True(result.Overall >= 0.995, LanguageIdEvaluation.Format(result));
        Assert.All(result.Main.Languages, l => Assert.True(l.Accuracy >= 0.98, $"{l.Name}: {l.Accuracy:P2}"));
    }
}
