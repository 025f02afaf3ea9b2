using System.Text;
using Vigie.Ingest.Sources;

namespace Vigie.Ingest.Tests.Sources;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Picks_the_reader_by_extension()
    {
        Assert.Equal(DocumentFormat.JsonLines, DocumentReader.FormatOf("a/b.JSONL"));
        Assert.Equal(DocumentFormat.JsonLines, DocumentReader.FormatOf("b.ndjson"));
        Assert.Equal(DocumentFormat.Html, DocumentReader.FormatOf("b.htm"));
        Assert.Equal(DocumentFormat.Article, DocumentReader.FormatOf("b.txt"));
        Assert.Equal(DocumentFormat.Article, DocumentReader.FormatOf("README"));
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        using var folder = new TempFolder();
        var rejection = Single(folder.File("empty.txt", ""));

        Assert.Contains("no article text", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_rejected()
    {
        using var folder = new TempFolder();
        var rejection = Single(folder.File("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]));

        Assert.Contains("binary", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit_is_rejected_without_being_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024);
        }

        var rejection = Single(path);

        Assert.Contains("200 MB", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("JSON Lines", rejection.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_place()
    {
        using var folder = new TempFolder();
        var rejection = Single(folder.File("broken.txt", [.. "Texte correct.\nPuis "u8, 0xC3, 0x28, 0x90]));

        Assert.Contains("invalid UTF-8 at byte 20 (line 2)", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_rejected_as_unreadable()
    {
        using var folder = new TempFolder();
        var rejection = Single(folder.Path);

        Assert.Contains("cannot be read", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(folder.Path, rejection.Path);
    }

    [Fact]
    public void Html_content_in_a_text_file_is_read_as_html()
    {
        using var folder = new TempFolder();
        var body = string.Concat(Enumerable.Repeat("<p>Le Conseil s’est réuni mardi à Bruxelles pour examiner le budget de la défense commune et les livraisons de munitions.</p>", 4));
        var path = folder.File("saved-page.txt", $"<!DOCTYPE html><html lang=\"fr\"><head><title>Conseil</title></head><body><article>{body}</article></body></html>");

        var article = DocumentReader.Read(path).Single().Article!;

        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
        Assert.Equal("fr", article.Language);
    }

    [Fact]
    public void Same_text_in_two_encodings_gets_the_same_id()
    {
        using var folder = new TempFolder();
        const string Text = "date 2025-05-05 Le chef d’état-major a visité Brest.";
        var utf8 = DocumentReader.Read(folder.File("a.txt", Text)).Single().Article!;
        var utf16 = DocumentReader.Read(folder.File("b.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)])).Single().Article!;
        // Windows-1252 by hand (the runtime knows it only once a code-page provider is registered): Latin-1, and ’ is 0x92.
        var windows1252 = Text.Select(c => c == '’' ? (byte)0x92 : checked((byte)c)).ToArray();
        var latin = DocumentReader.Read(folder.File("c.txt", windows1252)).Single().Article!;

        Assert.Equal(utf8.Id, utf16.Id);
        Assert.Equal(utf8.Id, latin.Id);
    }

    private static Rejection Single(string path)
    {
        var reading = Assert.Single(DocumentReader.Read(path));
        Assert.Null(reading.Article);
        return reading.Rejection!;
    }
}
