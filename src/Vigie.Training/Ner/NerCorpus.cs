using System.Text;

namespace Vigie.Training.Ner;

/// <summary>How a source is used: its test part counts in the headline figure, or only its training part helps, or it is only scored.</summary>
public enum NerSourceUse
{
    /// <summary>Train on its train part, choose the epoch on its development part, report its test part (the headline figure).</summary>
    Main,

    /// <summary>Train on its train part; its test part is scored apart, for information.</summary>
    Auxiliary,

    /// <summary>Never trained on (share-alike licence, or another domain): scored apart, for information.</summary>
    TestOnly,
}

/// <summary>A labelled corpus of <c>../shared/data/ner</c>: where it is, its licence, how it is read and used.</summary>
/// <remarks><paramref name="Domain"/> groups sources by habits (0: the news the tagger is made for); see <see cref="Vigie.Entities.Tagging.NerSentence.Domain"/>.</remarks>
public sealed record NerSource(string Name, string Path, string Licence, NerSourceUse Use, string Reading, int Domain = 0);

/// <summary>
/// The labelled documents of one language, each with its place in a fixed split. The split is by
/// document: the FNV-1a hash of the document id (its path under <c>../shared/data</c>, plus a
/// <c>#</c> and a number or id inside multi-document files) modulo 10 is 0 for test, 1 for
/// development, anything else for training (<see cref="SplitOf"/>). Nothing is tuned on test parts.
/// </summary>
public sealed class NerCorpus
{
    private NerCorpus(string language, List<NerDocument> documents, List<NerSource> sources)
    {
        Language = language;
        Documents = documents;
        Sources = sources;
    }

    public string Language { get; }

    public IReadOnlyList<NerDocument> Documents { get; }

    public IReadOnlyList<NerSource> Sources { get; }

    /// <summary>The languages with labelled corpora.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    private IEnumerable<NerDocument> Of(NerSourceUse use, NerSplit split) =>
        Documents.Where(d => d.Split == split && Sources.First(s => s.Name == d.Source).Use == use);

    /// <summary>The training documents: the train parts of main and auxiliary sources.</summary>
    public IEnumerable<NerDocument> Training => Of(NerSourceUse.Main, NerSplit.Train).Concat(Of(NerSourceUse.Auxiliary, NerSplit.Train));

    /// <summary>
    /// The documents of a final model, once the epoch has been chosen on the development part: the
    /// train and development parts of main and auxiliary sources (<see cref="IsTrainedOn"/>).
    /// </summary>
    public IEnumerable<NerDocument> TrainingWithDevelopment => Training.Concat(Of(NerSourceUse.Main, NerSplit.Development)).Concat(Of(NerSourceUse.Auxiliary, NerSplit.Development));

    /// <summary>
    /// Whether documents of a source used as <paramref name="use"/>, in part <paramref name="split"/>,
    /// are trained on: train parts of main and auxiliary sources, and their development parts too when
    /// <paramref name="withDevelopment"/>; test parts and test-only sources never.
    /// </summary>
    public static bool IsTrainedOn(NerSourceUse use, NerSplit split, bool withDevelopment) =>
        use != NerSourceUse.TestOnly && (split == NerSplit.Train || (withDevelopment && split == NerSplit.Development));

    /// <summary>The development documents (main sources only): used to choose the training epoch.</summary>
    public IEnumerable<NerDocument> Development => Of(NerSourceUse.Main, NerSplit.Development);

    /// <summary>The held-out test documents of the main sources: the headline figure.</summary>
    public IEnumerable<NerDocument> Test => Of(NerSourceUse.Main, NerSplit.Test);

    /// <summary>Test documents scored apart: auxiliary sources' test parts and test-only sources.</summary>
    public IEnumerable<NerDocument> OtherTests => Of(NerSourceUse.Auxiliary, NerSplit.Test).Concat(Of(NerSourceUse.TestOnly, NerSplit.Test));

    /// <summary>The split of a document id: FNV-1a 32 of its UTF-8 bytes, modulo 10: 0 test, 1 development, else train.</summary>
    public static NerSplit SplitOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash % 10) switch
        {
            0 => NerSplit.Test,
            1 => NerSplit.Development,
            _ => NerSplit.Train,
        };
    }

    /// <summary>Reads the corpora of <paramref name="language"/> from <paramref name="sharedData"/> (default: <see cref="SharedData.Require"/>).</summary>
    public static NerCorpus Load(string language, string? sharedData = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        sharedData ??= SharedData.Require();
        if (!Directory.Exists(Path.Combine(sharedData, "ner")))
        {
            throw new DirectoryNotFoundException($"The shared data folder '{sharedData}' has no ner/ folder (../shared missing?).");
        }

        var documents = new List<NerDocument>();
        var sources = new List<NerSource>();
        switch (language)
        {
            case "fr":
                LoadFrench(sharedData, documents, sources);
                break;
            case "en":
                LoadEnglish(sharedData, documents, sources);
                break;
            default:
                throw new ArgumentException($"No labelled corpus for '{language}': Vigie trains named entities for {string.Join(" and ", Languages)}.", nameof(language));
        }

        return new NerCorpus(language, documents, sources);
    }

    private static readonly NerSource Winer = new("winer-fr", "ner/winer-fr", "texts CC BY 2.5 (Wikinews), annotations CC BY 4.0", NerSourceUse.Main,
        "brat; Person, Location, Organization; Event and Product as MISC; Date and Hour dropped; nested mentions flattened to the outermost");

    private static readonly NerSource EuropeanaFr = new("europeana-fr", "ner/europeana/enp_FR.bnf.bio", "CC0 (Europeana Newspapers)", NerSourceUse.Auxiliary,
        "IO tags PER, LOC, ORG; historical OCR; documents of about 1,500 tokens cut after a period", Domain: 1);

    private static readonly NerSource Wikigold = new("wikigold-en", "ner/wikigold-en", "CC BY 4.0", NerSourceUse.Main,
        "CoNLL IO tags PER, LOC, ORG, MISC; documents by -DOCSTART-");

    private static readonly NerSource Re3d = new("re3d-en", "ner/re3d-en (CENTCOM, US State Dept, UK Government, Australian DFAT)",
        "public domain (CENTCOM, US State Department), OGL v3 (UK Government), CC BY 3.0 AU (DFAT)", NerSourceUse.Auxiliary,
        "IOB2; Person, Location, Organisation; Nationality as MISC; other types dropped; names only (pronouns, 'the army', 'rebels' dropped); " +
        "its own habits (titles inside person mentions, 'Tabqa Dam, Syria' as one place, the US government as ORG), so a domain of its own", Domain: 2);

    private static readonly NerSource Gum = new("gum-en", "ner/gum-en (news, interview)", "texts CC BY 2.5 (Wikinews), annotations CC BY 4.0", NerSourceUse.Auxiliary,
        "IO types person, place, organization; event as MISC; names only (GUM marks every noun phrase: 'the military' is dropped)", Domain: 3);

    // Tweets, but with CoNLL's habits for PER, LOC and ORG: sharing the news domain helped both it and Wikigold (docs/NER.md).
    private static readonly NerSource Btc = new("btc-en", "ner/btc-en", "CC BY 4.0", NerSourceUse.Auxiliary, "tweets; IOB2 PER, LOC, ORG; documents of 40 tweets; same domain as Wikigold");

    private static readonly NerSource Wnut = new("wnut17-en", "ner/wnut17-en (train)", "CC BY 4.0", NerSourceUse.Auxiliary,
        "tweets, emerging entities; person, location; corporation and group as ORG; creative-work and product as MISC", Domain: 4);

    private static readonly NerSource Re3dShareAlike = new("re3d-en-sharealike", "ner/re3d-en (Wikipedia, EU delegation)", "CC BY-SA 3.0 (Wikipedia); EU notice", NerSourceUse.TestOnly,
        "as re3d-en; never trained on (share-alike or unclear licence)");

    private static readonly NerSource Uner = new("uner-ewt-en", "ner/uner-ewt-en (dev, test)", "CC BY-SA 4.0", NerSourceUse.TestOnly,
        "web treebank (forums, reviews, e-mail); PER, LOC, ORG; never trained on (share-alike)");

    private static readonly NerSource WnutTest = new("wnut17-en-test", "ner/wnut17-en (test)", "CC BY 4.0", NerSourceUse.TestOnly,
        "the WNUT-17 test set (emerging entities in tweets)");

    /// <summary>The sources of a language (without reading them), for notices and documentation.</summary>
    public static IReadOnlyList<NerSource> SourcesOf(string language) => language switch
    {
        "fr" => [Winer, EuropeanaFr],
        "en" => [Wikigold, Re3d, Gum, Btc, Wnut, Re3dShareAlike, Uner, WnutTest],
        _ => [],
    };

    private static void LoadFrench(string shared, List<NerDocument> documents, List<NerSource> sources)
    {
        Add(sources, documents, Winer, BratReader.ReadFolder(Path.Combine(shared, "ner/winer-fr"), Winer.Name, shared));
        Add(sources, documents, EuropeanaFr,
            ConllFile(shared, "ner/europeana/enp_FR.bnf.bio", EuropeanaFr.Name, new ConllLayout { BlankLineEndsSentence = false, DocumentMarkers = [] }));
    }

    private static void LoadEnglish(string shared, List<NerDocument> documents, List<NerSource> sources)
    {
        var whole = new ConllLayout { NamesOnly = true, DocumentMarkers = [], SentencesPerDocument = int.MaxValue, TokensPerDocument = int.MaxValue };
        Add(sources, documents, Wikigold, ConllFile(shared, "ner/wikigold-en/CONLL-format/data/wikigold.conll.txt", Wikigold.Name, new ConllLayout()));
        foreach (var folder in new[] { "CENTCOM", "US_State_Department", "UK_Government", "Australian_Department_of_Foreign_Affairs" })
        {
            Add(sources, documents, Re3d, ConllFolder(shared, $"ner/re3d-en/{folder}", Re3d.Name, whole));
        }

        foreach (var genre in new[] { "news", "interview" })
        {
            Add(sources, documents, Gum, ConllFolder(shared, $"ner/gum-en/CONLL-format/data-by-corpustype/{genre}", Gum.Name, whole));
        }

        Add(sources, documents, Btc, ConllFolder(shared, "ner/btc-en/CONLL-format/data", Btc.Name, new ConllLayout { DocumentMarkers = [] }));
        Add(sources, documents, Wnut, ConllFile(shared, "ner/wnut17-en/CONLL-format/data/train/wnut17train.conll", Wnut.Name, new ConllLayout { DocumentMarkers = [] }));
        foreach (var folder in new[] { "Wikipedia", "Delegation_of_the_European_Union_to_Syria" })
        {
            Add(sources, documents, Re3dShareAlike, ConllFolder(shared, $"ner/re3d-en/{folder}", Re3dShareAlike.Name, whole), allTest: true);
        }

        foreach (var part in new[] { "dev", "test" })
        {
            Add(sources, documents, Uner, ConllFile(shared, $"ner/uner-ewt-en/en_ewt-ud-{part}.iob2", Uner.Name, new ConllLayout { TokenColumn = 1, LabelColumn = 2 }), allTest: true);
        }

        Add(sources, documents, WnutTest, ConllFile(shared, "ner/wnut17-en/CONLL-format/data/test/emerging.test.annotated", WnutTest.Name, new ConllLayout { DocumentMarkers = [] }), allTest: true);
    }

    private static IEnumerable<NerDocument> ConllFile(string shared, string relative, string source, ConllLayout? layout)
    {
        var path = Path.Combine(shared, relative);
        return File.Exists(path) ? ConllReader.ReadFile(path, relative, source, layout) : [];
    }

    private static IEnumerable<NerDocument> ConllFolder(string shared, string relative, string source, ConllLayout layout)
    {
        var folder = Path.Combine(shared, relative);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder).Where(f => f.EndsWith(".conll", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => ConllReader.ReadFile(f, Path.GetRelativePath(shared, f).Replace('\\', '/'), source, layout));
    }

    private static void Add(List<NerSource> sources, List<NerDocument> documents, NerSource source, IEnumerable<NerDocument> read, bool allTest = false)
    {
        if (!sources.Any(s => s.Name == source.Name))
        {
            sources.Add(source);
        }

        foreach (var document in read)
        {
            documents.Add(document with { Split = allTest ? NerSplit.Test : SplitOf(document.Id) });
        }
    }
}
