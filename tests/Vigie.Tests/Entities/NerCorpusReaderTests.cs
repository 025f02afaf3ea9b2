using Vigie.Entities;
using Vigie.Training.Ner;

namespace Vigie.Tests.Entities;

public sealed class NerCorpusReaderTests
{
    [Fact]
    public void Brat_mentions_map_their_types_and_nested_ones_flatten_to_the_outermost()
    {
        const string Text = "La Grande Mosquée de Valence, le 1er janvier 2016, selon Jean-Yves Le Drian (Peugeot 307).";
        string[] annotations =
        [
            "T1\tOrganization 3 28\tGrande Mosquée de Valence",
            "T2\tLocation 21 28\tValence",
            "T3\tDate 33 49\t1er janvier 2016",
            "T4\tPerson 57 75\tJean-Yves Le Drian",
            "T5\tProduct 77 88\tPeugeot 307",
            "T6\tOrganization 77 84\tPeugeot",
            "T7\tPerson 10;20 Cut",
            "#1\tAnnotatorNotes T1\tnote",
        ];

        var document = BratReader.Read("doc", "test", Text, annotations);

        Assert.Equal(
            [("Grande Mosquée de Valence", EntityType.Organization), ("Jean-Yves Le Drian", EntityType.Person), ("Peugeot 307", EntityType.Misc)],
            document.Entities.Select(e => (Text[e.Start..e.End], e.Type)));
        Assert.Null(document.Sentences);
    }

    [Fact]
    public void Brat_written_back_reads_the_same()
    {
        const string Text = "Mark Rutte à Prague.";
        NerSpan[] spans = [new(0, 10, EntityType.Person), new(13, 19, EntityType.Location)];

        var document = BratReader.Read("doc", "test", Text, BratReader.Annotations(spans, Text).Split('\n'));

        Assert.Equal(spans, document.Entities);
    }

    [Theory]
    [InlineData("IOB2", "Mark B-PER\nRutte I-PER\nvisited O\nPrague B-LOC\nand O\nBrno B-LOC\n. O\n")]
    [InlineData("IOB1", "Mark I-PER\nRutte I-PER\nvisited O\nPrague I-LOC\nand O\nBrno I-LOC\n. O\n")]
    [InlineData("BIOES", "Mark B-PER\nRutte E-PER\nvisited O\nPrague S-LOC\nand O\nBrno S-LOC\n. O\n")]
    [InlineData("bare", "Mark person\nRutte person\nvisited O\nPrague place\nand O\nBrno place\n. O\n")]
    public void Conll_labels_of_every_scheme_give_the_same_mentions(string scheme, string conll)
    {
        var document = Assert.Single(ConllReader.Read(conll.Split('\n'), "file", "test", new ConllLayout()));

        Assert.Equal("Mark Rutte visited Prague and Brno.", document.Text);
        Assert.Equal(["Mark Rutte/Person", "Prague/Location", "Brno/Location"], document.Entities.Select(e => $"{document.Text[e.Start..e.End]}/{e.Type}"));
        Assert.True(scheme.Length > 0);
    }

    [Fact]
    public void Conll_b_tags_split_adjacent_mentions_of_one_type()
    {
        var document = Assert.Single(ConllReader.Read("Paris B-LOC\nLondon B-LOC\nBerlin I-LOC\n".Split('\n'), "f", "t", new ConllLayout()));

        Assert.Equal(["Paris", "London Berlin"], document.Entities.Select(e => document.Text[e.Start..e.End]));
    }

    [Fact]
    public void Conll_text_is_rebuilt_with_natural_spacing_and_sentences_on_their_lines()
    {
        string[] lines = ["-DOCSTART- O", "", "The O", "U.N. B-ORG", "'s O", "chief O", "( O", "Guterres B-PER", ") O", "said O", ": O", "\" O", "al B-ORG", "- I-ORG", "Qaida I-ORG", "\" O", ". O", "", "Next O", "one O", "-DOCSTART- O", "Second O"];

        var documents = ConllReader.Read(lines, "f", "t", new ConllLayout()).ToArray();

        Assert.Equal(2, documents.Length);
        var first = documents[0];
        Assert.Equal("The U.N.'s chief (Guterres) said: \" al-Qaida \".\nNext one", first.Text);
        Assert.Equal(["U.N.", "Guterres", "al-Qaida"], first.Entities.Select(e => first.Text[e.Start..e.End]));
        Assert.Equal(2, first.Sentences!.Count);
        Assert.Equal("f#0", first.Id);
        Assert.Equal("Second", documents[1].Text);
    }

    [Fact]
    public void Numbered_columns_and_comments_are_detected()
    {
        string[] lines = ["# newdoc id = doc-7", "# text = where in tampa bay", "1\twhere\tO\t-\t-", "2\tin\tO\t-\t-", "3\ttampa\tB-LOC\t-\t-", "4\tbay\tI-LOC\t-\t-", ""];

        var document = Assert.Single(ConllReader.Read(lines, "f", "t", ConllLayout.Detect(lines)));

        Assert.Equal("where in tampa bay", document.Text);
        Assert.Equal("f#doc-7", document.Id);
        Assert.Equal("tampa bay", document.Text[document.Entities[0].Start..document.Entities[0].End]);
    }

    [Fact]
    public void Names_only_drops_pronouns_and_common_nouns_and_trims_articles()
    {
        string[] lines = ["He B-Person", "met O", "the B-Organisation", "army I-Organisation", "and O", "the B-Organisation", "Free I-Organisation", "Syrian I-Organisation", "Army I-Organisation", "in O", "rebels B-Organisation", "areas O"];

        var document = Assert.Single(ConllReader.Read(lines, "f", "t", new ConllLayout { NamesOnly = true }));

        Assert.Equal(["Free Syrian Army"], document.Entities.Select(e => document.Text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("B-PER", EntityType.Person)]
    [InlineData("I-pers", EntityType.Person)]
    [InlineData("Location", EntityType.Location)]
    [InlineData("S-corporation", EntityType.Organization)]
    [InlineData("group", EntityType.Organization)]
    [InlineData("Organisation", EntityType.Organization)]
    [InlineData("creative-work", EntityType.Misc)]
    [InlineData("Event", EntityType.Misc)]
    [InlineData("B-HumanProd", EntityType.Misc)]
    [InlineData("Nationality", EntityType.Misc)]
    public void Corpus_types_map_onto_four(string label, EntityType type) => Assert.Equal(type, NerTypeMapping.Map(label));

    [Theory]
    [InlineData("Date")]
    [InlineData("B-time")]
    [InlineData("Weapon")]
    [InlineData("abstract")]
    [InlineData("O")]
    public void Other_types_are_not_names(string label) => Assert.Null(NerTypeMapping.Map(label));

    [Fact]
    public void The_split_is_fixed_and_holds_out_a_tenth_for_test_and_a_tenth_for_development()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => $"ner/winer-fr/2016/01/doc-{i}").ToArray();
        var splits = ids.Select(NerCorpus.SplitOf).ToArray();

        Assert.InRange(splits.Count(s => s == NerSplit.Test), 400, 600);
        Assert.InRange(splits.Count(s => s == NerSplit.Development), 400, 600);
        Assert.Equal(splits, ids.Select(NerCorpus.SplitOf));
    }

    [Theory]
    [InlineData(NerSourceUse.Main, NerSplit.Train, false, true)]
    [InlineData(NerSourceUse.Main, NerSplit.Development, false, false)]
    [InlineData(NerSourceUse.Main, NerSplit.Development, true, true)]
    [InlineData(NerSourceUse.Main, NerSplit.Test, true, false)]
    [InlineData(NerSourceUse.Auxiliary, NerSplit.Development, true, true)]
    [InlineData(NerSourceUse.Auxiliary, NerSplit.Test, true, false)]
    [InlineData(NerSourceUse.TestOnly, NerSplit.Train, true, false)]
    [InlineData(NerSourceUse.TestOnly, NerSplit.Test, true, false)]
    public void A_final_model_may_train_on_development_parts_but_never_on_test_parts(NerSourceUse use, NerSplit split, bool withDevelopment, bool trained) =>
        Assert.Equal(trained, NerCorpus.IsTrainedOn(use, split, withDevelopment));

    [Fact]
    public void Only_the_french_model_trains_on_its_development_part() =>
        Assert.Equal(["fr"], NerCorpus.Languages.Where(NerTraining.TrainsOnDevelopment));
}
