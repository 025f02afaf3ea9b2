using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Tests.Entities;

public sealed class FeatureExtractorTests
{
    private static uint[][] Features(FeatureExtractor extractor, string text, string language = "fr")
    {
        var (tokens, sentences) = NerTestKit.Cut(language, text);
        var all = tokens.ToArray();
        var context = DocumentContext.Of(text, all, sentences);
        var features = new uint[all.Length * FeatureExtractor.MaxFeatures];
        var counts = new byte[all.Length];
        var runs = new List<(int Start, int End)>();
        TaggingRuns.Split(all, sentences, runs);
        foreach (var (start, end) in runs)
        {
            extractor.Extract(text, all, start, end, context, stacked: false, features.AsSpan(start * FeatureExtractor.MaxFeatures), counts.AsSpan(start));
        }

        return [.. Enumerable.Range(0, all.Length).Select(i => features.AsSpan(i * FeatureExtractor.MaxFeatures, counts[i]).ToArray())];
    }

    [Fact]
    public void Word_keys_fold_case_apostrophes_and_dashes()
    {
        Assert.Equal(FeatureExtractor.WordKey("l'otan"), FeatureExtractor.WordKey("L’OTAN"));
        Assert.Equal(FeatureExtractor.WordKey("jean-yves"), FeatureExtractor.WordKey("Jean‑Yves"));
        Assert.NotEqual(FeatureExtractor.WordKey("pekin"), FeatureExtractor.WordKey("pékin"));
    }

    [Theory]
    [InlineData("OTAN", 3)]
    [InlineData("Paris", 2)]
    [InlineData("l’Iran", 1)]
    [InlineData("paris", 1)]
    [InlineData("«Paris", 2)]
    [InlineData("2025", 0)]
    [InlineData("É", 2)]
    public void Capitals_are_classed(string token, int expected) =>
        Assert.Equal(expected, FeatureExtractor.CapitalsOf(token));

    [Fact]
    public void The_same_tokens_in_the_same_context_get_the_same_features_wherever_they_are()
    {
        var extractor = new FeatureExtractor(NerLexicon.Empty);
        var first = Features(extractor, "Mark Rutte parle à Prague.");
        var second = Features(extractor, "Hier encore.\nMark Rutte parle à Prague.");

        Assert.Equal(first, second[^first.Length..]);
    }

    [Fact]
    public void Every_token_gets_distinct_non_zero_features_within_the_limit()
    {
        var extractor = new FeatureExtractor(NerLexicon.Empty);
        var all = Features(extractor, "Le secrétaire général de l’OTAN, Mark Rutte, a averti que « la Russie » prépare… 1 500 soldats (IISS).");

        Assert.All(all, token =>
        {
            Assert.InRange(token.Length, 30, FeatureExtractor.MaxFeatures);
            Assert.DoesNotContain(0u, token);
            Assert.Equal(token.Length, token.Distinct().Count());
        });
    }

    [Fact]
    public void A_word_changes_its_own_features_and_its_neighbours_but_not_the_rest()
    {
        var extractor = new FeatureExtractor(NerLexicon.Empty);
        var a = Features(extractor, "un deux trois quatre cinq six sept");
        var b = Features(extractor, "un deux trois huit cinq six sept");

        Assert.Equal(a[0], b[0]);
        Assert.NotEqual(a[1], b[1]);
        Assert.NotEqual(a[3], b[3]);
        Assert.NotEqual(a[5], b[5]);
        Assert.Equal(a[6], b[6]);
    }

    [Fact]
    public void Case_changes_the_word_s_own_shape_but_not_the_folded_word_its_neighbours_see()
    {
        var extractor = new FeatureExtractor(NerLexicon.Empty);
        var a = Features(extractor, "un deux trois quatre cinq six sept");
        var b = Features(extractor, "un deux trois QUATRE cinq six sept");

        Assert.Equal(a[1], b[1]);
        Assert.NotEqual(a[3], b[3]);
        Assert.Equal(a[3][1], b[3][1]);
        Assert.Equal(a[5], b[5]);
    }

    [Fact]
    public void Gazetteer_entries_mark_their_tokens_begin_inside_last_or_unit_longest_first()
    {
        var builder = new NerLexiconBuilder();
        foreach (var (list, name) in new[] { (GazetteerList.Country, "Corée"), (GazetteerList.Country, "Corée du Nord"), (GazetteerList.City, "Prague") })
        {
            var (tokens, _) = NerTestKit.Cut("fr", name);
            builder.AddGazetteerEntry(list, name, tokens);
        }

        var extractor = new FeatureExtractor(builder.Build());
        const string Text = "la Corée du Nord et Prague, pas la Corée du Sud";
        var (all, _) = NerTestKit.Cut("fr", Text);
        var profiles = all.Select(t => extractor.Profile(Text, t)).ToArray();
        extractor.MatchGazetteer(profiles);

        string Part(int token, GazetteerList list) => ((LabelPart)((profiles[token].Gazetteer >> (3 * (int)list)) & 7)).ToString();
        Assert.Equal(["Outside", "Begin", "Inside", "Last", "Outside", "Outside", "Outside", "Outside", "Outside", "Unit", "Outside", "Outside"],
            Enumerable.Range(0, all.Count).Select(i => Part(i, GazetteerList.Country)));
        Assert.Equal("Unit", Part(5, GazetteerList.City));
        Assert.Equal("Outside", Part(5, GazetteerList.Country));
    }

    [Fact]
    public void The_lexicon_gives_clusters_names_and_case_habits()
    {
        var builder = new NerLexiconBuilder().SetCluster("paris", "0110").MarkGivenName("Mark").MarkFamilyName("RUTTE").SetCaseHabit("le", 40, 0);
        var lexicon = builder.Build();

        var paris = lexicon.Words.Get(FeatureExtractor.WordKey("Paris"));
        Assert.Equal(4, WordInfo.PathLength(paris));
        Assert.Equal(0b0110u << 12, WordInfo.Path(paris));
        Assert.Equal(1u, WordInfo.NameFlags(lexicon.Words.Get(FeatureExtractor.WordKey("mark"))));
        Assert.Equal(2u, WordInfo.NameFlags(lexicon.Words.Get(FeatureExtractor.WordKey("Rutte"))));
        Assert.Equal((uint)WordInfo.MostlyLower, WordInfo.CaseHabit(lexicon.Words.Get(FeatureExtractor.WordKey("Le"))));
        Assert.Equal(0u, lexicon.Words.Get(FeatureExtractor.WordKey("inconnu")));
    }

    [Fact]
    public void The_document_knows_how_a_word_is_written_away_from_sentence_starts()
    {
        const string Text = "Rouge est une couleur. Il a dit rouge. Vert aussi. Puis Vert encore.";
        var (tokens, sentences) = NerTestKit.Cut("fr", Text);
        var context = DocumentContext.Of(Text, tokens.ToArray(), sentences);
        int Index(string word, int nth = 0) => tokens.Select((t, i) => (t, i)).Where(p => Text[p.t.Start..p.t.End] == word).ElementAt(nth).i;

        Assert.Equal(DocumentContext.Lower, context.CaseOf(Index("Rouge")));
        Assert.Equal(DocumentContext.Capitalised, context.CaseOf(Index("Vert")));
        Assert.Equal(0, context.CaseOf(Index("Puis")));
    }
}
