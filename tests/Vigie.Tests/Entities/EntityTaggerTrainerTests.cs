using Vigie.Entities;
using Vigie.Entities.Tagging;

namespace Vigie.Tests.Entities;

public sealed class EntityTaggerTrainerTests
{
    [Fact]
    public void A_model_trained_on_the_tiny_corpus_finds_its_names_in_new_sentences()
    {
        var tagger = EntityTagger.Load(TinyCorpus.Model);

        Assert.Equal(2, tagger.Stages);
        Assert.Equal("fr", tagger.Language);
        Assert.Equal(
            "[PER Olaf Scholz] a rencontré [PER Mark Rutte] à [LOC Oslo] jeudi.",
            NerTestKit.Tag(tagger, "Olaf Scholz a rencontré Mark Rutte à Oslo jeudi."));
        Assert.Equal(
            "Les représentants de l’[ORG UNESCO] ont quitté [LOC Dakar] mardi, a indiqué [PER Anne Hidalgo].",
            NerTestKit.Tag(tagger, "Les représentants de l’UNESCO ont quitté Dakar mardi, a indiqué Anne Hidalgo."));
        Assert.Equal(
            "La réunion a duré deux heures et les ministres sont repartis sans déclaration.",
            NerTestKit.Tag(tagger, "La réunion a duré deux heures et les ministres sont repartis sans déclaration."));
    }

    [Fact]
    public void Training_on_the_tiny_corpus_reaches_a_perfect_score_on_it()
    {
        var documents = TinyCorpus.Documents();
        var result = new EntityTaggerTrainer(new NerLexiconBuilder(), TinyCorpus.Options).Train(documents, documents.Take(20).ToArray());

        Assert.Equal(1.0, result.FirstStageF1);
        Assert.Equal(1.0, result.DevelopmentF1.Max());
        Assert.Equal(0, result.MisalignedMentions);
        Assert.InRange(result.BestEpoch, 1, TinyCorpus.Options.Epochs);
    }

    [Fact]
    public void Without_development_documents_every_pass_is_made_and_none_is_scored()
    {
        var documents = TinyCorpus.Documents();
        var result = new EntityTaggerTrainer(new NerLexiconBuilder(), TinyCorpus.Options with { Stacking = false, Epochs = 3 }).Train(documents);

        Assert.Equal(3, result.BestEpoch);
        Assert.Equal(3, result.DevelopmentF1.Count);
        Assert.All(result.DevelopmentF1, f1 => Assert.True(double.IsNaN(f1)));
        Assert.Equal(
            "[PER Olaf Scholz] a rencontré [PER Mark Rutte] à [LOC Oslo] jeudi.",
            NerTestKit.Tag(EntityTagger.Load(result.Model), "Olaf Scholz a rencontré Mark Rutte à Oslo jeudi."));
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        var first = TinyCorpus.Train();
        var second = TinyCorpus.Train();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_other_bytes()
    {
        Assert.NotEqual(TinyCorpus.Model, TinyCorpus.Train(TinyCorpus.Options with { Seed = 8 }));
    }

    [Fact]
    public void Without_stacking_the_model_has_one_stage()
    {
        var tagger = EntityTagger.Load(TinyCorpus.Train(TinyCorpus.Options with { Stacking = false }));

        Assert.Equal(1, tagger.Stages);
        Assert.Equal("[PER Jean Castex] a rencontré [PER Xi Jinping] à [LOC Lyon] jeudi.", NerTestKit.Tag(tagger, "Jean Castex a rencontré Xi Jinping à Lyon jeudi."));
    }

    [Fact]
    public void Mentions_that_cut_tokens_are_counted_and_keep_the_tokens_inside()
    {
        var document = NerTestKit.Document("fr", "Le président [PER Macron] est arrivé.");
        var cut = document with { Mentions = [new EntityMention(document.Mentions[0].Start + 1, document.Mentions[0].End, EntityType.Person, 1)] };

        var result = new EntityTaggerTrainer(new NerLexiconBuilder(), TinyCorpus.Options with { Stacking = false, Epochs = 1 }).Train([cut]);

        Assert.Equal(1, result.MisalignedMentions);
    }
}
