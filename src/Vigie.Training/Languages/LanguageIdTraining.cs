using System.Diagnostics;
using System.Text;
using Vigie.Languages;

namespace Vigie.Training.Languages;

/// <summary>What a language's training material amounted to.</summary>
public sealed record LanguageTrainingCount(string Language, WritingScript Script, int Documents, long Characters, string Sources);

/// <summary>The outcome of <see cref="LanguageIdTraining.Train"/>.</summary>
public sealed record LanguageIdTrainingResult(
    string ModelPath,
    string NoticePath,
    long ModelBytes,
    IReadOnlyList<LanguageTrainingCount> Languages,
    TimeSpan Elapsed);

/// <summary>Trains the shipped language model (<c>vigie train langid</c>).</summary>
public static class LanguageIdTraining
{
    /// <summary>Where the model goes, relative to the repository root (embedded into Vigie.dll at build).</summary>
    public const string ModelPath = "models/langid/langid.bin";

    /// <summary>The notice naming the model's sources and their licences.</summary>
    public const string NoticePath = "models/langid/NOTICE.md";

    /// <summary>
    /// The model bytes for the training part of <paramref name="corpus"/> (pure: no I/O). The same
    /// corpus and options always give the same bytes.
    /// </summary>
    public static byte[] BuildModel(LanguageCorpus corpus, LanguageModelTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var trainer = new LanguageModelTrainer(options);
        foreach (var document in corpus.Training)
        {
            trainer.Add(document.Language, document.Text);
        }

        return trainer.Build();
    }

    /// <summary>
    /// Trains on <paramref name="corpus"/> and writes <see cref="ModelPath"/> and <see cref="NoticePath"/>
    /// under <paramref name="repositoryRoot"/>. Rebuild Vigie afterwards to embed the new model.
    /// </summary>
    public static LanguageIdTrainingResult Train(LanguageCorpus corpus, string repositoryRoot, LanguageModelTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        var clock = Stopwatch.StartNew();
        var model = BuildModel(corpus, options);
        var identifier = LanguageIdentifier.Load(model);

        var counts = corpus.Training
            .GroupBy(d => d.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageTrainingCount(
                g.Key,
                identifier.LanguageScripts[g.Key],
                g.Count(),
                g.Sum(d => (long)d.Text.Length),
                string.Join(", ", g.Select(d => d.Source).Distinct().Order(StringComparer.Ordinal))))
            .ToArray();

        var modelPath = Path.Combine(repositoryRoot, ModelPath);
        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        File.WriteAllBytes(modelPath, model);
        var noticePath = Path.Combine(repositoryRoot, NoticePath);
        File.WriteAllText(noticePath, Notice(corpus, counts), new UTF8Encoding(false));
        return new LanguageIdTrainingResult(modelPath, noticePath, model.LongLength, counts, clock.Elapsed);
    }

    /// <summary>The NOTICE text: which sources the model was trained on, under which licences.</summary>
    public static string Notice(LanguageCorpus corpus, IReadOnlyList<LanguageTrainingCount> counts)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(counts);
        var text = new StringBuilder();
        text.AppendLine("# Language identification model (langid.bin): sources and licences");
        text.AppendLine();
        text.AppendLine("`langid.bin` holds quantised character n-gram statistics (hashed 1-5-grams, no text) computed by");
        text.AppendLine("`Vigie.Languages.LanguageModelTrainer` from the training part of the sources below. Rebuild it with");
        text.AppendLine("`vigie train langid`; the split and the method are described in docs/LANGID.md.");
        text.AppendLine();
        text.AppendLine("Sources read by training and evaluation; the model holds statistics of the training part of those whose");
        text.AppendLine("use says \"train\" only. The shared data folder's SOURCE.md files give commits and full licence texts.");
        text.AppendLine();
        text.AppendLine("| source | languages | licence | use |");
        text.AppendLine("| --- | --- | --- | --- |");
        foreach (var source in corpus.Sources)
        {
            text.AppendLine($"| {source.Path} | {source.Languages} | {source.Licence} | {source.Use} |");
        }

        text.AppendLine();
        text.AppendLine("Attributions: Wikinews contributors (WiNER, GUM news and interviews); Europeana Newspapers Project,");
        text.AppendLine("2012-2015; NewsEye project (HIPE-2022); Wikigold (Balasuriya et al.); Dstl re3d (CENTCOM and US State");
        text.AppendLine("Department public domain, UK Government OGL v3, Australian DFAT CC BY 3.0 AU); GeoNames, geonames.org.");
        text.AppendLine("Sources marked \"test only\" (share-alike or copyleft) were used to measure accuracy, never to train.");
        text.AppendLine();
        text.AppendLine("Training material per language:");
        text.AppendLine();
        text.AppendLine("| language | script | documents | characters | sources |");
        text.AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var count in counts)
        {
            text.AppendLine($"| {count.Language} | {count.Script} | {count.Documents} | {count.Characters} | {count.Sources} |");
        }

        return text.ToString();
    }
}
