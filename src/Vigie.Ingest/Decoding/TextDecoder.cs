using System.Text;

namespace Vigie.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a file into text. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE);
/// without one, strict UTF-8 is tried first, then Windows-1252 (a superset of Latin-1 for printable
/// text) when the bytes read as plausible Western European text. Binary data is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8(bytes[3..], hasBom: true), "utf-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DecodedText(Strict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "UTF-32"), "utf-32le (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16"), "utf-16le (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16"), "utf-16be (BOM)");
        }

        if (LooksBinary(bytes))
        {
            throw new DecodingException(
                "this is a binary file, not text (it holds NUL or many control bytes)",
                "Give Vigie text, JSON Lines or HTML files; convert PDF or office documents to text first");
        }

        var invalidAt = Utf8Validation.FirstInvalidByte(bytes);
        if (invalidAt < 0)
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }

        if (Windows1252.IsPlausible(bytes))
        {
            return new DecodedText(Windows1252.Decode(bytes), "windows-1252");
        }

        throw InvalidUtf8(bytes, invalidAt);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, bool hasBom)
    {
        var invalidAt = Decoding.Utf8Validation.FirstInvalidByte(bytes);
        return invalidAt < 0 ? StrictUtf8.GetString(bytes) : throw InvalidUtf8(bytes, invalidAt + (hasBom ? 3 : 0));
    }

    private static DecodingException InvalidUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        foreach (var b in bytes[..Math.Min(offset, bytes.Length)])
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        return new DecodingException(
            $"invalid UTF-8 at byte {offset} (line {line}), and the bytes are not Windows-1252 text either",
            "Re-save the file as UTF-8 (for example: iconv -f <its encoding> -t UTF-8)");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DecodingException(
                $"the file starts with a {name} byte-order mark but holds invalid {name} data",
                "Re-save the file in a consistent encoding, preferably UTF-8");
        }
    }

    /// <summary>NUL bytes (without a UTF-16 mark) or more than 5 % of C0 control bytes mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }
}
