using Vigie.Kb;

namespace Vigie.Tests.Kb;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = TestKnowledgeBase.Value;

    [Theory]
    [InlineData("Pékin", "geonames:1816670")]
    [InlineData("PEKIN", "geonames:1816670")]
    [InlineData("pekin", "geonames:1816670")]
    [InlineData("Etats-Unis", "country:USA")]
    [InlineData("États‑Unis", "country:USA")]
    [InlineData("mark   rutte", "Q57792")]
    public void Keys_fold_case_accents_dashes_and_spaces(string name, string id) =>
        Assert.Contains(Kb.Match(KnowledgeBase.KeyOf(name)).ToArray(), h => h.Actor.Id == id);

    [Fact]
    public void An_elision_joins_the_next_word_in_keys_whatever_the_rules_that_split_it()
    {
        Assert.Equal(KnowledgeBase.KeyOf("l’OTAN"), KnowledgeBase.KeyOf("l'otan"));
        Assert.Equal("institut d'etudes", KnowledgeBase.KeyOf("Institut d’études"));
    }

    [Fact]
    public void Prefixes_of_longer_names_are_known()
    {
        Assert.True(Kb.IsPrefix(KnowledgeBase.KeyOf("Mark")));
        Assert.False(Kb.IsPrefix(KnowledgeBase.KeyOf("Rutte")));
    }

    [Fact]
    public void Holders_are_found_at_a_date_and_the_successor_holds_the_day_of_the_handover()
    {
        Assert.Equal("Q57665", Kb.HoldersOn(Office.Leader, "Q7184", new DateOnly(2019, 4, 4)).Single().Holder.Id);
        Assert.Equal("Q57665", Kb.HoldersOn(Office.Leader, "Q7184", new DateOnly(2024, 9, 30)).Single().Holder.Id);
        Assert.Equal("Q57792", Kb.HoldersOn(Office.Leader, "Q7184", new DateOnly(2024, 10, 1)).Single().Holder.Id);
        Assert.Equal("Q22686", Kb.HoldersOn(Office.HeadOfState, "country:USA", new DateOnly(2025, 1, 20)).Single().Holder.Id);
        Assert.Empty(Kb.HoldersOn(Office.Leader, "Q7184", new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void A_role_without_a_start_is_never_known_to_be_held()
    {
        var role = new ActorRole(Office.ForeignMinister, "country:ARG", "Foreign Minister of Argentina", null, null);
        Assert.False(role.IsHeldOn(new DateOnly(2025, 11, 1)));
    }

    [Fact]
    public void Common_words_are_known_per_language_in_any_case()
    {
        Assert.True(Kb.IsCommonWord("fr", "Dans"));
        Assert.True(Kb.IsCommonWord("en", "NICE"));
        Assert.False(Kb.IsCommonWord("fr", "Nice"));
        Assert.False(Kb.IsCommonWord("de", "dans"));
    }

    [Fact]
    public void An_overlay_adds_and_corrects_without_touching_the_rest()
    {
        var overlay = """
            actor	user:jane-doe	person	Jane Doe	FRA	-	f
            alias	user:jane-doe	*	Jane Doe
            role	user:jane-doe	foreign_minister	country:USA	2026-01-12
            alias	Q57792	fr	Rute
            unalias	Q57665	*	Stoltenberg
            """;

        var changed = Kb.WithOverlay(new StringReader(overlay), "overlay.kb", out var problems);

        Assert.Empty(problems);
        Assert.Equal("Jane Doe", changed.Find("user:jane-doe")!.Name);
        Assert.Contains(changed.Match(KnowledgeBase.KeyOf("Rute")).ToArray(), h => h.Actor.Id == "Q57792");
        Assert.Empty(changed.Match(KnowledgeBase.KeyOf("Stoltenberg")).ToArray());
        Assert.Equal("user:jane-doe", changed.HoldersOn(Office.ForeignMinister, "country:USA", new DateOnly(2026, 2, 1)).Single().Holder.Id);
        Assert.Same(Kb.Find("country:CHN"), changed.Find("country:CHN"));
        Assert.NotEmpty(Kb.Match(KnowledgeBase.KeyOf("Stoltenberg")).ToArray());
        Assert.Equal(Kb.Count + 1, changed.Count);
    }

    [Fact]
    public void Search_finds_names_aliases_and_who_held_a_title_at_a_date()
    {
        Assert.Equal("Q57792", Kb.Search("rutte")[0].Actor.Id);
        Assert.Equal("Q7184", Kb.Search("OTAN")[0].Actor.Id);
        var secretary = Kb.Search("Secretary General of NATO", new DateOnly(2019, 6, 1));
        Assert.Equal("Q57665", secretary[0].Actor.Id);
        Assert.Equal("Secretary General of NATO", secretary[0].Roles.Single().Title);
        Assert.Empty(Kb.Search("zzzz"));
    }

    [Fact]
    public void Loading_reads_gzip_or_plain_files_in_order()
    {
        using var plain = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("actor\tx:1\tperson\tFirst Name\n"));
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("actor\tx:1\tperson\tSecond Name\nalias\tx:1\t*\tFirst\n"));
        }

        compressed.Position = 0;
        var kb = KnowledgeBase.Load([(plain, "a"), (compressed, "b")], out var problems);

        Assert.Empty(problems);
        Assert.Equal("First Name", kb.Find("x:1")!.Name);
        Assert.Single(kb.Find("x:1")!.Aliases);
    }
}
