using System.Text;
using CsCheck;
using Vigie.Ingest.Readers;

namespace Vigie.Ingest.Tests.Readers;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Reads_every_field_and_keeps_the_line_in_the_path()
    {
        const string Lines = """
            {"text":"Les ministres se sont réunis à Oslo.\n\nIls ont signé un accord.","title":"Accord à Oslo","url":"https://example.org/a","published":"2025-06-02","source":"Le Veilleur","language":"FR"}

            {"text":"Talks resumed in Geneva on Tuesday.","published":"2025-06-03T22:30:00-05:00"}
            """;

        var readings = Read(Lines);

        Assert.Equal(2, readings.Count);
        var first = readings[0].Article!;
        Assert.Equal("Accord à Oslo", first.Title);
        Assert.Equal("https://example.org/a", first.Url);
        Assert.Equal(new DateOnly(2025, 6, 2), first.Published);
        Assert.Equal("Le Veilleur", first.Source);
        Assert.Equal("fr", first.Language);
        Assert.Equal("wire.jsonl:1", first.Path);
        Assert.Equal("Les ministres se sont réunis à Oslo.\n\nIls ont signé un accord.", first.Text);

        var second = readings[1].Article!;
        Assert.Equal("wire.jsonl:3", second.Path);
        Assert.Equal(new DateOnly(2025, 6, 4), second.Published);
        Assert.Null(second.Source);
    }

    [Theory]
    [InlineData("{\"text\": \"ok\"", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[\"text\"]", "JSON array, not an object")]
    [InlineData("{\"title\": \"no body\"}", "no \"text\" field")]
    [InlineData("{\"text\": \"   \"}", "no \"text\" field")]
    [InlineData("{\"text\": \"ok\", \"published\": \"le 3 mars\"}", "not a date")]
    public void A_bad_line_is_rejected_alone_with_its_number(string bad, string reason)
    {
        var readings = Read($"{{\"text\":\"Bonne ligne.\"}}\n{bad}\n{{\"text\":\"Autre bonne ligne.\"}}");

        Assert.Equal(3, readings.Count);
        Assert.NotNull(readings[0].Article);
        Assert.NotNull(readings[2].Article);
        var rejection = readings[1].Rejection!;
        Assert.Equal(2, rejection.Line);
        Assert.Equal("wire.jsonl", rejection.Path);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_rejected()
    {
        byte[] bytes = [.. "{\"text\":\"ok\"}\n{\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8];

        var readings = JsonLinesReader.Read("wire.jsonl", new MemoryStream(bytes)).ToList();

        Assert.NotNull(readings[0].Article);
        Assert.Equal(2, readings[1].Rejection!.Line);
        Assert.Contains("UTF-8", readings[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_ends_and_a_bom_are_accepted()
    {
        var readings = Read("\uFEFF{\"text\":\"un\"}\r\n{\"text\":\"deux\"}\r\n");

        Assert.Equal(["un", "deux"], readings.Select(r => r.Article!.Text));
    }

    [Fact]
    public void Any_line_gives_an_article_or_a_rejection() =>
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var reading = JsonLinesReader.ReadLine("x.jsonl", 1, bytes);
            Assert.True(reading.Article is not null ^ reading.Rejection is not null);
        });

    private static List<Reading> Read(string content) =>
        [.. JsonLinesReader.Read("wire.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(content)))];
}
