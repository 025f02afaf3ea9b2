using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigie.Training.Languages;

/// <summary>Whether a document is used to train the language model or only to test it.</summary>
public enum LanguageSplit
{
    Train,
    Test,
}

/// <summary>One document of known language, from a <see cref="LanguageSource"/>.</summary>
public sealed record LanguageDocument(string Language, string Source, string Id, string Text, LanguageSplit Split);

/// <summary>Where training and test text comes from, under which licence, and how it is split.</summary>
public sealed record LanguageSource(string Name, string Path, string Languages, string Licence, string Use);

/// <summary>
/// The texts of known language for training and testing the language identifier: our own prose in
/// <c>corpora/langid/&lt;code&gt;.txt</c> and real documents from the shared data folder.
/// <para>The split is fixed and deterministic. Own corpora: paragraph <c>i</c> (0-based, paragraphs
/// separated by blank lines) is held out when <c>i % 4 == 3</c>, the held-out paragraphs of a
/// language making one test document. Shared documents: a test
/// document when the FNV-1a hash of its id (relative path, plus a chunk or document number) is 0
/// mod 4; share-alike and copyleft sources are test only, so nothing of them is in the shipped model;
/// name lists are training only (they are not running text).</para>
/// </summary>
public sealed partial class LanguageCorpus
{
    /// <summary>The languages the identifier must know.</summary>
    public static IReadOnlyList<string> RequiredLanguages { get; } =
        ["fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "ro", "tr", "ar", "fa", "zh", "ja", "ko", "el", "sv", "cs"];

    /// <summary>The folder of our own prose, relative to the repository root.</summary>
    public const string OwnCorporaFolder = "corpora/langid";

    private const int TokensPerChunk = 150;

    private LanguageCorpus(List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        Documents = documents;
        Sources = sources;
    }

    public IReadOnlyList<LanguageDocument> Documents { get; }

    public IReadOnlyList<LanguageSource> Sources { get; }

    public IEnumerable<LanguageDocument> Training => Documents.Where(d => d.Split == LanguageSplit.Train);

    public IEnumerable<LanguageDocument> Test => Documents.Where(d => d.Split == LanguageSplit.Test);

    /// <summary>The repository root: the first folder holding vigie.slnx, walking up from <paramref name="start"/> (default: working directory, then the program's folder).</summary>
    public static string FindRepositoryRoot(string? start = null)
    {
        foreach (var origin in start is null ? [Directory.GetCurrentDirectory(), AppContext.BaseDirectory] : new[] { start })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "vigie.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("The repository root (the folder with vigie.slnx) was not found above the working directory.");
    }

    /// <summary>Reads every source. <paramref name="sharedData"/> defaults to <see cref="SharedData.Require"/>.</summary>
    public static LanguageCorpus Load(string repositoryRoot, string? sharedData = null)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        sharedData ??= SharedData.Require();
        if (!Directory.Exists(sharedData))
        {
            throw new DirectoryNotFoundException($"The shared data folder '{sharedData}' is missing (../shared missing).");
        }

        var documents = new List<LanguageDocument>();
        var sources = new List<LanguageSource>();
        LoadOwnCorpora(Path.Combine(repositoryRoot, OwnCorporaFolder), documents, sources);
        LoadWiner(sharedData, documents, sources);
        LoadTimeBank(sharedData, documents, sources);
        LoadHipe(sharedData, documents, sources);
        LoadEuropeana(sharedData, documents, sources);
        LoadGum(sharedData, documents, sources);
        LoadWikigold(sharedData, documents, sources);
        LoadRe3d(sharedData, documents, sources);
        LoadUnerEwt(sharedData, documents, sources);
        LoadGeoNamesCountryNames(sharedData, documents, sources);
        return new LanguageCorpus(documents, sources);
    }

    /// <summary>The split of a shared document: test when the FNV-1a hash of its id is 0 mod 4.</summary>
    public static LanguageSplit SplitOf(string id)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash % 4 == 0 ? LanguageSplit.Test : LanguageSplit.Train;
    }

    /// <summary>
    /// Windows of at least <paramref name="length"/> characters cut from <paramref name="text"/>
    /// (white space runs folded to one space), starting every <paramref name="stride"/> characters or
    /// more; a tail shorter than <paramref name="length"/> gives no window. Cuts fall at the next space
    /// when there is one within <see cref="WordSlack"/> characters (else right there: Chinese and
    /// Japanese have no spaces), never inside a surrogate pair.
    /// </summary>
    public static IEnumerable<string> Windows(string text, int length, int stride)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = WhiteSpace().Replace(text, " ").Trim();
        var start = 0;
        while (start + length <= flat.Length)
        {
            var end = CutAt(flat, start + length);
            yield return flat[start..end].Trim();
            start = CutAt(flat, start + stride);
            if (start < flat.Length && flat[start] == ' ')
            {
                start++;
            }
        }
    }

    /// <summary>How far past the nominal end a window may run to end at a space.</summary>
    public const int WordSlack = 24;

    private static int CutAt(string flat, int at)
    {
        if (at >= flat.Length)
        {
            return flat.Length;
        }

        var space = flat.IndexOf(' ', at, Math.Min(WordSlack, flat.Length - at));
        if (space >= 0)
        {
            return space;
        }

        return char.IsLowSurrogate(flat[at]) ? at + 1 : at;
    }

    private static void LoadOwnCorpora(string folder, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Our own language corpora folder '{folder}' is missing.");
        }

        var languages = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileNameWithoutExtension(file);
            languages.Add(language);
            var paragraphs = ParagraphBreak().Split(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal))
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
                .ToArray();
            var held = new List<string>();
            for (var i = 0; i < paragraphs.Length; i++)
            {
                if (i % 4 == 3)
                {
                    held.Add(paragraphs[i]);
                }
                else
                {
                    documents.Add(new LanguageDocument(language, "own", $"{OwnCorporaFolder}/{language}.txt#{i}", paragraphs[i], LanguageSplit.Train));
                }
            }

            // The held-out paragraphs make one test document, so that windows run across them.
            documents.Add(new LanguageDocument(language, "own", $"{OwnCorporaFolder}/{language}.txt#test", string.Join("\n\n", held), LanguageSplit.Test));
        }

        sources.Add(new LanguageSource("own", OwnCorporaFolder, string.Join(' ', languages), "ours (written for Vigie)",
            "train 3 paragraphs in 4; every 4th (i % 4 == 3) held out as one test document per language"));
    }

    private static void LoadWiner(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/winer-fr";
        foreach (var file in Files(shared, Folder, "*.txt").Where(f => Path.GetFileName(f).Contains('_', StringComparison.Ordinal)))
        {
            var id = Relative(shared, file);
            documents.Add(new LanguageDocument("fr", Folder, id, File.ReadAllText(file), SplitOf(id)));
        }

        sources.Add(new LanguageSource(Folder, Folder, "fr", "texts CC BY 2.5 (Wikinews), annotations CC BY 4.0", "train/test by document hash"));
    }

    private static void LoadTimeBank(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "times/fr-timebank";
        foreach (var file in Files(shared, Folder + "/Data", "*.tml"))
        {
            var xml = File.ReadAllText(file);
            var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
            var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                continue;
            }

            var text = System.Net.WebUtility.HtmlDecode(XmlTag().Replace(xml[(start + 6)..end], string.Empty));
            documents.Add(new LanguageDocument("fr", Folder, Relative(shared, file), text, LanguageSplit.Test));
        }

        sources.Add(new LanguageSource(Folder, Folder, "fr", "LGPL-LR", "test only (copyleft: kept out of the model)"));
    }

    private static void LoadHipe(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/hipe2022-newseye-fr";
        foreach (var file in Files(shared, Folder, "*.tsv"))
        {
            string? docId = null;
            var tokens = new List<string>();
            var glue = new List<bool>();
            void Flush()
            {
                if (docId is not null && tokens.Count > 0)
                {
                    var id = $"{Relative(shared, file)}#{docId}";
                    documents.Add(new LanguageDocument("fr", Folder, id, JoinGlued(tokens, glue), SplitOf(id)));
                }

                tokens.Clear();
                glue.Clear();
            }

            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# hipe2022:document_id", StringComparison.Ordinal))
                {
                    Flush();
                    docId = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                    continue;
                }

                if (line.Length == 0 || line[0] == '#' || line.StartsWith("TOKEN\t", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = line.Split('\t');
                var token = fields[0];
                var misc = fields[^1];
                var noSpace = misc.Contains("NoSpaceAfter", StringComparison.Ordinal);
                if (token.EndsWith('¬') && misc.Contains("EndOfLine", StringComparison.Ordinal))
                {
                    token = token[..^1];
                    noSpace = true;
                }

                tokens.Add(token);
                glue.Add(noSpace);
            }

            Flush();
        }

        sources.Add(new LanguageSource(Folder, Folder, "fr", "CC BY 4.0", "train/test by document hash (historical OCR)"));
    }

    private static void LoadEuropeana(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/europeana";
        foreach (var file in Files(shared, Folder, "*.bio"))
        {
            var name = Path.GetFileName(file);
            var language = name switch
            {
                _ when name.StartsWith("enp_DE", StringComparison.Ordinal) => "de",
                _ when name.StartsWith("enp_NL", StringComparison.Ordinal) => "nl",
                _ when name.StartsWith("enp_FR", StringComparison.Ordinal) => "fr",
                _ => null,
            };
            if (language is null)
            {
                continue;
            }

            var tokens = new List<string>();
            var chunk = 0;
            void Flush()
            {
                if (tokens.Count > 0)
                {
                    var id = $"{Relative(shared, file)}#{chunk++}";
                    if (MostFunctionWordsIn(tokens) == language)
                    {
                        documents.Add(new LanguageDocument(language, Folder, id, Detokenize(tokens), SplitOf(id)));
                    }

                    tokens.Clear();
                }
            }

            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith('#'))
                {
                    Flush();
                    continue;
                }

                var space = line.LastIndexOf(' ');
                var token = (space > 0 ? line[..space] : line).Trim();
                if (token.Length == 0 || token.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                tokens.Add(token);
                if (tokens.Count == TokensPerChunk)
                {
                    Flush();
                }
            }

            Flush();
        }

        sources.Add(new LanguageSource(Folder, Folder, "de nl fr", "CC0 (Europeana Newspapers)",
            $"train/test by chunk hash ({TokensPerChunk}-token chunks; historical OCR; chunks whose function words are mostly of another language dropped)"));
    }

    private static void LoadGum(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/gum-en";
        foreach (var file in Files(shared, Folder + "/CONLL-format/data-by-corpustype", "*.tsv"))
        {
            var id = Relative(shared, file);
            var shareAlike = id.Contains("/voyage/", StringComparison.Ordinal);
            var text = Detokenize(ConllTokens(File.ReadLines(file), '\t'));
            documents.Add(new LanguageDocument("en", Folder, id, text, shareAlike ? LanguageSplit.Test : SplitOf(id)));
        }

        sources.Add(new LanguageSource(Folder, Folder, "en", "news/interview CC BY 2.5 (Wikinews); voyage CC BY-SA 3.0 (Wikivoyage)",
            "news/interview train/test by document hash; voyage test only (share-alike)"));
    }

    private static void LoadWikigold(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/wikigold-en";
        var file = Path.Combine(shared, Folder, "CONLL-format/data/wikigold.conll.txt");
        if (!File.Exists(file))
        {
            return;
        }

        var lines = new List<string>();
        var index = 0;
        void Flush()
        {
            var tokens = ConllTokens(lines, ' ');
            if (tokens.Count > 0)
            {
                var id = $"{Relative(shared, file)}#{index++}";
                documents.Add(new LanguageDocument("en", Folder, id, Detokenize(tokens), SplitOf(id)));
            }

            lines.Clear();
        }

        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            lines.Add(line);
        }

        Flush();
        sources.Add(new LanguageSource(Folder, Folder, "en", "CC BY 4.0", "train/test by document hash"));
    }

    private static void LoadRe3d(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/re3d-en";
        foreach (var file in Files(shared, Folder, "*.conll"))
        {
            var id = Relative(shared, file);
            var testOnly = id.Contains("/Wikipedia/", StringComparison.Ordinal) || id.Contains("/Delegation_of_the_European_Union", StringComparison.Ordinal);
            var text = Detokenize(ConllTokens(File.ReadLines(file), '\t'));
            documents.Add(new LanguageDocument("en", Folder, id, text, testOnly ? LanguageSplit.Test : SplitOf(id)));
        }

        sources.Add(new LanguageSource(Folder, Folder, "en", "per source: public domain (CENTCOM, US State Dept), OGL v3 (UK Government), CC BY 3.0 AU (DFAT); Wikipedia CC BY-SA 3.0; EU delegation notice",
            "public-domain/OGL/CC BY parts train/test by document hash; Wikipedia and EU delegation test only"));
    }

    private static void LoadUnerEwt(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "ner/uner-ewt-en";
        foreach (var file in Files(shared, Folder, "*.iob2"))
        {
            string? docId = null;
            var text = new StringBuilder();
            void Flush()
            {
                if (docId is not null && text.Length > 0)
                {
                    documents.Add(new LanguageDocument("en", Folder, $"{Relative(shared, file)}#{docId}", text.ToString(), LanguageSplit.Test));
                }

                text.Clear();
            }

            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# newdoc id", StringComparison.Ordinal))
                {
                    Flush();
                    docId = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text.Append(line.AsSpan(9)).Append(' ');
                }
            }

            Flush();
        }

        sources.Add(new LanguageSource(Folder, Folder, "en", "CC BY-SA 4.0", "test only (share-alike: kept out of the model)"));
    }

    private static void LoadGeoNamesCountryNames(string shared, List<LanguageDocument> documents, List<LanguageSource> sources)
    {
        const string Folder = "kb/geonames";
        var file = Path.Combine(shared, Folder, "country_translations.json");
        if (!File.Exists(file))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var names = RequiredLanguages.ToDictionary(l => l, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var country in json.RootElement.EnumerateObject())
        {
            foreach (var name in country.Value.EnumerateObject())
            {
                if (names.TryGetValue(name.Name, out var set) && name.Value.GetString() is { Length: > 0 } value)
                {
                    set.Add(value);
                }
            }
        }

        foreach (var (language, set) in names.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (set.Count > 0)
            {
                documents.Add(new LanguageDocument(language, Folder, $"{Folder}/country_translations.json#{language}", string.Join('\n', set), LanguageSplit.Train));
            }
        }

        sources.Add(new LanguageSource(Folder, Folder + "/country_translations.json", string.Join(' ', RequiredLanguages), "CC BY 4.0 (GeoNames)",
            "train only: country names, one per line"));
    }

    /// <summary>
    /// Which of de, nl, fr, en has the most of its own (unshared) function words among
    /// <paramref name="tokens"/>; null when none has any. Used to drop the passages of another
    /// language in the Europeana files (the Dutch 1811-1813 issues are bilingual French-Dutch).
    /// </summary>
    internal static string? MostFunctionWordsIn(IEnumerable<string> tokens)
    {
        Span<int> counts = stackalloc int[FunctionWords.Length];
        foreach (var token in tokens)
        {
            for (var i = 0; i < FunctionWords.Length; i++)
            {
                if (FunctionWords[i].Words.Contains(token))
                {
                    counts[i]++;
                }
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : FunctionWords[best].Language;
    }

    private static readonly (string Language, HashSet<string> Words)[] FunctionWords =
    [
        ("de", new(StringComparer.OrdinalIgnoreCase) { "der", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "von", "zu", "im", "auf", "für", "sich", "auch", "es", "als", "wird", "werden", "bei", "nach", "aus" }),
        ("nl", new(StringComparer.OrdinalIgnoreCase) { "het", "een", "van", "niet", "dat", "op", "met", "voor", "zijn", "aan", "door", "wordt", "ook", "bij", "er", "naar", "uit", "wij", "zij", "hebben" }),
        ("fr", new(StringComparer.OrdinalIgnoreCase) { "le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "que", "qui", "pas", "sur", "au", "aux", "par", "ce", "il", "elle", "sont" }),
        ("en", new(StringComparer.OrdinalIgnoreCase) { "the", "and", "of", "to", "that", "for", "it", "with", "was", "on", "are", "be", "this", "from", "which", "have" }),
    ];

    private static IEnumerable<string> Files(string shared, string folder, string pattern)
    {
        var path = Path.Combine(shared, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    private static string Relative(string shared, string file) => Path.GetRelativePath(shared, file).Replace('\\', '/');

    private static List<string> ConllTokens(IEnumerable<string> lines, char separator)
    {
        var tokens = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cut = line.IndexOf(separator, StringComparison.Ordinal);
            var token = cut > 0 ? line[..cut] : line;
            if (token.Length > 0)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>Joins tokens with spaces, without one before closing punctuation and English clitics, nor after an elided article.</summary>
    private static string Detokenize(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var attach = i == 0
                || token is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "n't" or "'s" or "’s" or "'re" or "'ve" or "'ll" or "'d" or "'m"
                || tokens[i - 1] is "(" or "["
                || tokens[i - 1].EndsWith('\'') || tokens[i - 1].EndsWith('’');
            if (!attach)
            {
                text.Append(' ');
            }

            text.Append(token);
        }

        return text.ToString();
    }

    private static string JoinGlued(List<string> tokens, List<bool> noSpaceAfter)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            text.Append(tokens[i]);
            if (!noSpaceAfter[i])
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex XmlTag();
}
