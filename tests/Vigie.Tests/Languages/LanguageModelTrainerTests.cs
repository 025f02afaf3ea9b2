using Vigie.Languages;

namespace Vigie.Tests.Languages;

/// <summary>The trainer on small texts written for these tests.</summary>
public sealed class LanguageModelTrainerTests
{
    private static readonly LanguageSample[] Samples =
    [
        new("fr", "Le maire a inauguré la nouvelle médiathèque samedi matin. Les habitants pourront emprunter des livres, des disques et des jeux."),
        new("fr", "La préfecture a publié un arrêté qui limite la vitesse sur les routes du département pendant les fortes chaleurs."),
        new("en", "The mayor opened the new library on Saturday morning. Residents will be able to borrow books, records and games."),
        new("en", "The county council published an order limiting speed on local roads during the heat wave."),
        new("es", "El alcalde inauguró la nueva biblioteca el sábado por la mañana. Los vecinos podrán tomar prestados libros, discos y juegos."),
        new("es", "La diputación publicó una orden que limita la velocidad en las carreteras de la provincia durante la ola de calor."),
        new("ru", "Мэр открыл новую библиотеку в субботу утром. Жители смогут брать книги, пластинки и игры."),
        new("uk", "Мер відкрив нову бібліотеку в суботу вранці. Мешканці зможуть брати книжки, платівки та ігри."),
        new("el", "Ο δήμαρχος εγκαινίασε τη νέα βιβλιοθήκη το Σάββατο το πρωί."),
    ];

    private static readonly string[] Probes =
    [
        "Le conseil a publié un arrêté pour les habitants.",
        "The council published an order for residents.",
        "El consejo publicó una orden para los vecinos.",
        "Жители смогут брать книги.",
        "Мешканці зможуть брати книжки.",
        "Η βιβλιοθήκη",
        "12345",
        "",
    ];

    [Fact]
    public void Same_samples_give_identical_bytes()
    {
        var first = LanguageModelTrainer.Train(Samples);
        var second = LanguageModelTrainer.Train(Samples);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Sample_order_does_not_matter()
    {
        Assert.Equal(LanguageModelTrainer.Train(Samples), LanguageModelTrainer.Train(Samples.Reverse()));
    }

    [Fact]
    public void Write_to_a_stream_gives_the_built_bytes()
    {
        var trainer = new LanguageModelTrainer();
        foreach (var sample in Samples)
        {
            trainer.Add(sample.Language, sample.Text);
        }

        using var stream = new MemoryStream();
        trainer.WriteTo(stream);
        Assert.Equal(trainer.Build(), stream.ToArray());
    }

    [Fact]
    public void Trained_bytes_load_and_answer()
    {
        var identifier = LanguageIdentifier.Load(LanguageModelTrainer.Train(Samples));
        Assert.Equal(["el", "en", "es", "fr", "ru", "uk"], identifier.Languages);
        Assert.Equal(WritingScript.Cyrillic, identifier.LanguageScripts["uk"]);
        Assert.Equal(WritingScript.Greek, identifier.LanguageScripts["el"]);
        Assert.Equal(["fr", "en", "es", "ru", "uk", "el", "und", "und"], Probes.Select(p => identifier.Identify(p).Code));
    }

    [Fact]
    public void Stream_and_bytes_load_the_same_model()
    {
        var bytes = LanguageModelTrainer.Train(Samples);
        var fromBytes = LanguageIdentifier.Load(bytes);
        using var stream = new MemoryStream(bytes);
        var fromStream = LanguageIdentifier.Load(stream);
        Assert.Equal(Probes.Select(p => fromBytes.Identify(p)), Probes.Select(p => fromStream.Identify(p)));
    }

    [Fact]
    public void Shipped_model_round_trips_through_a_stream()
    {
        using var resource = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(LanguageIdentifier.ResourceName);
        Assert.NotNull(resource);
        var copy = LanguageIdentifier.Load(resource);
        Assert.Equal(LanguageIdentifier.Default.Languages, copy.Languages);
        Assert.Equal(Probes.Select(p => LanguageIdentifier.Default.Identify(p)), Probes.Select(p => copy.Identify(p)));
    }

    [Fact]
    public void Rejects_a_damaged_model()
    {
        var bytes = LanguageModelTrainer.Train(Samples);
        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(bytes.AsSpan(0, bytes.Length - 3)));
        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load("not a model"u8));
        var versioned = bytes.ToArray();
        versioned[4] = 99;
        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(versioned));
    }

    [Fact]
    public void Rejects_bad_input()
    {
        var trainer = new LanguageModelTrainer();
        Assert.Throws<ArgumentException>(() => trainer.Add("FR", "texte"));
        Assert.Throws<ArgumentException>(() => trainer.Add("", "texte"));
        Assert.Throws<InvalidOperationException>(trainer.Build);
        trainer.Add("xx", "1234 5678");
        Assert.Throws<InvalidOperationException>(trainer.Build);
    }
}
