using Vigie.Ingest.Decoding;
using Vigie.Ingest.Readers;

namespace Vigie.Ingest.Sources;

/// <summary>
/// Reads one file into articles, whatever its format: picks the reader by extension (or by content
/// when the extension says nothing), decodes the bytes, and turns every failure into a rejection
/// that names the file and says what to do. It never throws for bad input.
/// </summary>
public static class DocumentReader
{
    /// <summary>The largest single-article file read: 32 MB (JSON Lines files may be any size).</summary>
    public const long MaxDocumentBytes = 32L * 1024 * 1024;

    public static DocumentFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => DocumentFormat.JsonLines,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        _ => DocumentFormat.Article,
    };

    public static IEnumerable<Reading> Read(string path)
    {
        var format = FormatOf(path);
        if (format == DocumentFormat.JsonLines)
        {
            return ReadJsonLinesFile(path);
        }

        return [ReadSingle(path, format)];
    }

    /// <summary>Reads JSON Lines from a stream such as standard input, named <paramref name="name"/> in messages.</summary>
    public static IEnumerable<Reading> ReadJsonLines(string name, Stream stream) => JsonLinesReader.Read(name, stream);

    private static IEnumerable<Reading> ReadJsonLinesFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(path, e)];
        }

        return Stream(path, stream);

        static IEnumerable<Reading> Stream(string path, FileStream stream)
        {
            using (stream)
            {
                foreach (var reading in JsonLinesReader.Read(path, stream))
                {
                    yield return reading;
                }
            }
        }
    }

    private static Reading ReadSingle(string path, DocumentFormat format)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxDocumentBytes)
            {
                return Reading.Rejected(path, null, $"the file is {length / (1024.0 * 1024):0.#} MB, over the {MaxDocumentBytes / (1024 * 1024)} MB limit for one article",
                    "Split it into one file per article, or give many articles as JSON Lines (.jsonl)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes);
        }
        catch (DecodingException e)
        {
            return Reading.Rejected(path, null, e.Message, e.Advice);
        }

        if (format == DocumentFormat.Article && LooksLikeHtml(decoded.Text))
        {
            format = DocumentFormat.Html;
        }

        return format == DocumentFormat.Html
            ? HtmlArticleReader.Read(path, decoded.Text)
            : CorpusArticleReader.Read(path, decoded.Text);
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static Reading Unreadable(string path, Exception e) => Reading.Rejected(path, null, $"the file cannot be read ({e.Message.TrimEnd('.')})",
        "Check that it exists and that you may read it");
}
