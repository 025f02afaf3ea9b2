using System.Globalization;
using System.Text.Json;
using Vigie.Documents;

namespace Vigie.Ingest.Readers;

/// <summary>
/// Reads JSON Lines: one article per line, an object with <c>text</c> (required) and optionally
/// <c>title</c>, <c>url</c>, <c>published</c> (YYYY-MM-DD or an ISO date-time), <c>source</c>,
/// <c>language</c>. Blank lines are skipped; a bad line is rejected alone, with its number.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>The longest line accepted: 32 MB, far above any real article.</summary>
    public const int MaxLineBytes = 32 * 1024 * 1024;

    public static IEnumerable<Reading> Read(string path, Stream stream)
    {
        var lineNumber = 0;
        foreach (var line in Lines(stream))
        {
            lineNumber++;
            if (line is null)
            {
                yield return Reading.Rejected(path, lineNumber, $"this line is longer than {MaxLineBytes / (1024 * 1024)} MB",
                    "Split the article, or check that the file really is JSON Lines (one object per line)");
                continue;
            }

            if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return ReadLine(path, lineNumber, line);
        }
    }

    /// <summary>Reads one line's bytes; it must be UTF-8 (JSON's own rule) and one JSON object.</summary>
    public static Reading ReadLine(string path, int lineNumber, ReadOnlySpan<byte> line)
    {
        if (line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return Reading.Rejected(path, lineNumber, "this line is not valid UTF-8", "JSON Lines files must be UTF-8: re-save the file as UTF-8");
        }

        try
        {
            using var document = JsonDocument.Parse(line.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Reading.Rejected(path, lineNumber, $"this line is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object",
                    "Write one object per line, such as {\"text\": \"...\", \"published\": \"2025-09-05\"}");
            }

            return ReadObject(path, lineNumber, document.RootElement);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } position ? $" near byte {position + 1}" : "";
            return Reading.Rejected(path, lineNumber, $"this line is not valid JSON{column} ({FirstSentence(e.Message)})",
                "Fix the line so that it holds one JSON object, such as {\"text\": \"...\"}");
        }
    }

    private static Reading ReadObject(string path, int lineNumber, JsonElement root)
    {
        var text = StringField(root, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return Reading.Rejected(path, lineNumber, "this line has no \"text\" field, or it is empty",
                "Give each line a non-empty string field \"text\" with the article body");
        }

        DateOnly? published = null;
        if (StringField(root, "published") is { Length: > 0 } value)
        {
            if (ParseDate(value) is not { } date)
            {
                return Reading.Rejected(path, lineNumber, $"\"published\" is '{value}', which is not a date",
                    "Write it as YYYY-MM-DD or an ISO 8601 date-time (2025-09-05T08:30:00Z)");
            }

            published = date;
        }

        var article = Article.Create(
            text,
            published,
            StringField(root, "source"),
            StringField(root, "language")?.Trim().ToLowerInvariant(),
            StringField(root, "title"),
            StringField(root, "url"),
            $"{path}:{lineNumber}");
        return Reading.Of(article);
    }

    internal static DateOnly? ParseDate(string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    /// <summary>
    /// Splits a stream into lines of bytes without decoding it, so that each line is checked alone.
    /// A line longer than <see cref="MaxLineBytes"/> comes back as null (and is rejected) without being kept in memory.
    /// </summary>
    private static IEnumerable<byte[]?> Lines(Stream stream)
    {
        var chunk = new byte[1 << 16];
        var pending = new MemoryStream();
        var tooLong = false;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    pending.Write(chunk, start, end - start);
                    tooLong = pending.Length > MaxLineBytes;
                }

                if (newline < 0)
                {
                    break;
                }

                yield return tooLong ? null : pending.ToArray();
                pending.SetLength(0);
                tooLong = false;
                start = newline + 1;
            }
        }

        if (pending.Length > 0 || tooLong)
        {
            yield return tooLong ? null : pending.ToArray();
        }
    }
}
