using Vigie.Entities.Tagging;

namespace Vigie.Tests.Entities;

public sealed class NerModelFormatTests
{
    private const string Text = "Giorgia Meloni a rencontré Olaf Scholz à Varsovie. Les représentants de l’OTAN ont quitté Pékin mardi.";

    [Fact]
    public void Bytes_loaded_and_written_again_are_the_same_bytes_and_tag_the_same()
    {
        var bytes = TinyCorpus.Model;
        var tagger = EntityTagger.Load(bytes);

        var again = NerModelFormat.Write(tagger.Model);
        var reloaded = EntityTagger.Load(again);

        Assert.Equal(bytes, again);
        Assert.Equal(NerTestKit.Tag(tagger, Text), NerTestKit.Tag(reloaded, Text));
        Assert.Contains("[LOC Varsovie]", NerTestKit.Tag(reloaded, Text), StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncompressed_model_tags_the_same()
    {
        var tagger = EntityTagger.Load(TinyCorpus.Model);
        var plain = NerModelFormat.Write(tagger.Model, compress: false);

        Assert.True(plain.Length > TinyCorpus.Model.Length);
        Assert.Equal(NerTestKit.Tag(tagger, Text), NerTestKit.Tag(EntityTagger.Load(plain), Text));
    }

    [Fact]
    public void A_stream_loads_like_bytes()
    {
        using var stream = new MemoryStream(TinyCorpus.Model);

        Assert.Equal(NerTestKit.Tag(EntityTagger.Load(TinyCorpus.Model), Text), NerTestKit.Tag(EntityTagger.Load(stream), Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(40)]
    public void Damaged_bytes_are_refused(int keep)
    {
        var bytes = NerModelFormat.Write(EntityTagger.Load(TinyCorpus.Model).Model, compress: false);

        Assert.ThrowsAny<InvalidDataException>(() => EntityTagger.Load(bytes.AsSpan(0, keep)));
    }

    [Fact]
    public void Other_files_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => EntityTagger.Load("VGLI not a named-entity model"u8));
        Assert.Contains("Not a Vigie named-entity model", error.Message, StringComparison.Ordinal);
    }
}
