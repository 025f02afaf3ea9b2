using Vigie.Entities.Tagging;

namespace Vigie.Tests.Entities;

/// <summary>
/// A tiny French corpus written for the tests: people, places and organisations in a few sentence
/// patterns, enough for the tagger to learn them, and a model trained on it once per test run.
/// </summary>
internal static class TinyCorpus
{
    private static readonly string[] People = ["Mark Rutte", "Xi Jinping", "Anne Hidalgo", "Jean Castex", "Olaf Scholz", "Giorgia Meloni"];
    private static readonly string[] Places = ["Prague", "Pékin", "Lyon", "Varsovie", "Dakar", "Oslo"];
    private static readonly string[] Organisations = ["OTAN", "ONU", "UNESCO", "Interpol"];

    private static readonly Lazy<byte[]> LazyModel = new(() => Train());

    /// <summary>Sentences built from every combination of a few patterns (about 150 documents).</summary>
    public static IReadOnlyList<NerTrainingDocument> Documents()
    {
        var documents = new List<NerTrainingDocument>();
        for (var i = 0; i < People.Length; i++)
        {
            for (var j = 0; j < Places.Length; j++)
            {
                var person = People[i];
                var other = People[(i + j + 1) % People.Length];
                var place = Places[j];
                var organisation = Organisations[(i + j) % Organisations.Length];
                documents.Add(NerTestKit.Document("fr", $"[PER {person}] a rencontré [PER {other}] à [LOC {place}] jeudi."));
                documents.Add(NerTestKit.Document("fr", $"Le secrétaire général de l’[ORG {organisation}] est arrivé à [LOC {place}]. Selon [PER {person}], la réunion a duré deux heures."));
                documents.Add(NerTestKit.Document("fr", $"Les représentants de l’[ORG {organisation}] ont quitté [LOC {place}] mardi, a indiqué [PER {other}]."));
                documents.Add(NerTestKit.Document("fr", "La réunion a duré deux heures et les ministres sont repartis sans déclaration."));
            }
        }

        return documents;
    }

    public static EntityTaggerTrainerOptions Options { get; } = new() { Language = "fr", Epochs = 4, Folds = 3, Seed = 7 };

    /// <summary>The model trained on <see cref="Documents"/> with <see cref="Options"/> (two stages).</summary>
    public static byte[] Model => LazyModel.Value;

    public static byte[] Train(EntityTaggerTrainerOptions? options = null) =>
        new EntityTaggerTrainer(new NerLexiconBuilder(), options ?? Options).Train(Documents()).Model;
}
