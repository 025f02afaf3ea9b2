using System.Diagnostics;
using System.Text;
using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Training.Ner;

/// <summary>How much of a source went into training.</summary>
public sealed record NerSourceCount(string Source, int TrainDocuments, int DevelopmentDocuments, int TestDocuments, int TrainMentions);

/// <summary>The outcome of <see cref="NerTraining.Train"/>.</summary>
public sealed record NerTrainingResult(
    string Language,
    string ModelPath,
    long ModelBytes,
    int TrainingSentences,
    int TrainingTokens,
    int MisalignedMentions,
    int LexiconWords,
    int GazetteerSequences,
    int FeaturesSeen,
    int Features,
    int BestEpoch,
    IReadOnlyList<double> DevelopmentF1,
    double FirstStageF1,
    IReadOnlyList<NerSourceCount> Sources,
    TimeSpan Elapsed);

/// <summary>Trains the shipped named-entity models (<c>vigie train ner</c>).</summary>
public static class NerTraining
{
    /// <summary>Where the models go, relative to the repository root (embedded into Vigie.Core at build).</summary>
    public const string ModelFolder = "models/ner";

    /// <summary>The notice naming the models' sources and their licences.</summary>
    public const string NoticePath = "models/ner/NOTICE.md";

    public static string ModelPathOf(string language) => $"{ModelFolder}/ner-{language}.bin";

    /// <summary>
    /// Whether the shipped model of a language is trained on the train and development parts, with the
    /// number of passes fixed (<see cref="EntityTaggerTrainerOptions.Epochs"/>, chosen beforehand on the
    /// development part by <c>vigie train ner --tune</c>): French. The English model is trained on the
    /// train parts only, its epoch chosen on the development part at each training.
    /// </summary>
    public static bool TrainsOnDevelopment(string language) => language == "fr";

    /// <summary>The trainer's settings for a language (chosen on the development parts; see docs/NER.md).</summary>
    public static EntityTaggerTrainerOptions OptionsFor(string language) => new()
    {
        Language = language,
        Epochs = 12,
        Seed = 20251126,
        MinFeatureCount = 1,
        PruneBelow = 0.05,
        SeparateDomains = language != "fr",
        Stacking = language != "fr",
        Folds = 4,
    };

    /// <summary>Reads and tokenises the corpus of a language (in parallel; the order of documents is kept).</summary>
    public static NerTokenizedDocument[] Tokenize(IEnumerable<NerDocument> documents, TextRules rules)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tokenizer = new Tokenizer(rules);
        var splitter = new SentenceSplitter(rules);
        return documents.AsParallel().AsOrdered().Select(d => NerTokenizedDocument.Create(d, tokenizer, splitter)).ToArray();
    }

    /// <summary>
    /// Trains a model of <paramref name="language"/> on its corpus and writes it to <paramref name="output"/>
    /// (default <see cref="ModelPathOf"/> under <paramref name="repositoryRoot"/>), with <see cref="NoticePath"/>.
    /// For a language that <see cref="TrainsOnDevelopment"/>, the development documents are trained on
    /// too and no development F1 is measured, unless <paramref name="tune"/>: then the model is trained
    /// on the train part only and each pass is scored on the development part (to choose the epoch).
    /// </summary>
    public static NerTrainingResult Train(string language, string repositoryRoot, string sharedData, string? output = null, IProgress<string>? progress = null, EntityTaggerTrainerOptions? options = null, bool tune = false)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        var clock = Stopwatch.StartNew();
        var corpus = NerCorpus.Load(language, sharedData);
        var rules = TextRules.For(language);
        var documents = Tokenize(corpus.Documents, rules);
        var withDevelopment = !tune && TrainsOnDevelopment(language);
        var trainedOn = (withDevelopment ? corpus.TrainingWithDevelopment : corpus.Training).ToHashSet();
        var training = documents.Where(d => trainedOn.Contains(d.Document)).ToArray();
        var development = withDevelopment ? [] : documents.Where(d => corpus.Development.Contains(d.Document)).ToArray();
        progress?.Report(withDevelopment
            ? $"{clock.Elapsed.TotalSeconds:0.0} s: read {documents.Length:N0} documents ({training.Length:N0} train and development; {(options ?? OptionsFor(language)).Epochs} passes, chosen with --tune)"
            : $"{clock.Elapsed.TotalSeconds:0.0} s: read {documents.Length:N0} documents ({training.Length:N0} train, {development.Length:N0} development)");

        var gazetteers = NerGazetteers.Load(language, sharedData);
        var lexicon = NerLexiconFactory.Build(gazetteers, training, rules);
        progress?.Report($"{clock.Elapsed.TotalSeconds:0.0} s: lexicon of {lexicon.Size.Words:N0} words and {lexicon.Size.GazetteerSequences:N0} gazetteer sequences");

        var domains = corpus.Sources.ToDictionary(s => s.Name, s => s.Domain, StringComparer.Ordinal);
        var trainer = new EntityTaggerTrainer(lexicon, options ?? OptionsFor(language));
        var result = trainer.Train(
            [.. training.Select(d => d.ToTraining(domains[d.Document.Source]))],
            [.. development.Select(d => d.ToTraining(0))],
            progress);
        progress?.Report($"{clock.Elapsed.TotalSeconds:0.0} s: {result.Features:N0} features kept; best epoch {result.BestEpoch}");

        var path = output ?? Path.Combine(repositoryRoot, ModelPathOf(language));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, result.Model);
        if (output is null)
        {
            File.WriteAllText(Path.Combine(repositoryRoot, NoticePath), Notice(), new UTF8Encoding(false));
        }

        var counts = corpus.Sources.Select(s => new NerSourceCount(
            s.Name,
            training.Count(d => d.Document.Source == s.Name),
            corpus.Documents.Count(d => d.Source == s.Name && d.Split == NerSplit.Development),
            corpus.Documents.Count(d => d.Source == s.Name && d.Split == NerSplit.Test),
            training.Where(d => d.Document.Source == s.Name).Sum(d => d.Document.Entities.Count))).ToArray();
        return new NerTrainingResult(language, path, result.Model.LongLength, training.Sum(d => d.Sentences.Length), training.Sum(d => d.Tokens.Length), result.MisalignedMentions,
            lexicon.Size.Words, lexicon.Size.GazetteerSequences, result.FeaturesSeen, result.Features, result.BestEpoch, result.DevelopmentF1, result.FirstStageF1, counts, clock.Elapsed);
    }

    /// <summary>The NOTICE text: which sources the models were trained on, under which licences.</summary>
    public static string Notice()
    {
        var text = new StringBuilder();
        text.AppendLine("# Named-entity models (ner-fr.bin, ner-en.bin): sources and licences");
        text.AppendLine();
        text.AppendLine("Each model holds hashed feature weights (an averaged perceptron), hashed word clusters and case habits");
        text.AppendLine("learnt from the part of its labelled corpora it is trained on (below), and hashed gazetteer entries and name lists: no");
        text.AppendLine("text. They are built by `vigie train ner --lang fr|en` (docs/NER.md describes the method and the split).");
        text.AppendLine("The shared data folder's SOURCE.md files give commits and full licence texts.");
        foreach (var language in NerCorpus.Languages)
        {
            text.AppendLine();
            text.AppendLine($"## {language}: labelled corpora");
            text.AppendLine();
            text.AppendLine("| source | path | licence | use |");
            text.AppendLine("| --- | --- | --- | --- |");
            foreach (var source in NerCorpus.SourcesOf(language))
            {
                var use = source.Use switch
                {
                    NerSourceUse.Main when TrainsOnDevelopment(language) => "trained on (train and development parts; the epoch was chosen on the development part beforehand); test part held out",
                    NerSourceUse.Auxiliary when TrainsOnDevelopment(language) => "trained on (train and development parts); test part held out",
                    NerSourceUse.Main => "trained on (train part); development part chooses the epoch; test part held out",
                    NerSourceUse.Auxiliary => "trained on (train part); test part held out",
                    _ => "never trained on: evaluation only",
                };
                text.AppendLine($"| {source.Name} | {source.Path} | {source.Licence} | {use} |");
            }
        }

        text.AppendLine();
        text.AppendLine("## Both: gazetteers and name lists");
        text.AppendLine();
        text.AppendLine("| source | licence | gives |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var source in NerGazetteers.Sources)
        {
            text.AppendLine($"| {source.Path} | {source.Licence} | {source.Gives} |");
        }

        text.AppendLine();
        text.AppendLine("Attributions: Wikinews contributors (WiNER-fr by Yoann Dupont; GUM, Georgetown University, Amir Zeldes);");
        text.AppendLine("Europeana Newspapers Project, 2012-2015; NewsEye project (HIPE-2022); Wikigold (Balasuriya et al.);");
        text.AppendLine("Broad Twitter Corpus (Derczynski, Bontcheva, Roberts); WNUT-17 (Derczynski et al.); Dstl re3d (CENTCOM and US");
        text.AppendLine("State Department public domain, UK Government OGL v3, Australian DFAT CC BY 3.0 AU); GeoNames, geonames.org;");
        text.AppendLine("Unicode CLDR; Open Event Data Alliance (PETRARCH2/Phoenix); Wikidata; INSEE.");
        text.AppendLine("Share-alike sources (countries-mledoze ODbL, intl-orgs CC BY-SA, re3d's Wikipedia part, UNER-EWT CC BY-SA, GUM's");
        text.AppendLine("Wikivoyage part) are not in the models.");
        return text.ToString();
    }
}
