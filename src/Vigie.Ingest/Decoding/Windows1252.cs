namespace Vigie.Ingest.Decoding;

/// <summary>
/// Windows-1252, the encoding of most legacy Western European text files; for bytes 0xA0–0xFF it
/// equals Latin-1 (ISO 8859-1), and 0x80–0x9F hold typographic marks (’ “ ” – € …).
/// </summary>
internal static class Windows1252
{
    /// <summary>0x80–0x9F; '\0' where Windows-1252 assigns no character.</summary>
    private static ReadOnlySpan<char> High => "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    public static string Decode(ReadOnlySpan<byte> bytes) => string.Create(bytes.Length, bytes, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var b = source[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
    });

    /// <summary>
    /// True when every byte above 0x7F is an assigned Windows-1252 character and most of them are
    /// letters or typographic marks standing next to letters, as in real French, German or Spanish text.
    /// </summary>
    public static bool IsPlausible(ReadOnlySpan<byte> bytes)
    {
        int high = 0, plausible = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            high++;
            var c = b <= 0x9F ? High[b - 0x80] : (char)b;
            if (c == '\0')
            {
                return false;
            }

            var nextToLetter = (i > 0 && IsAsciiLetterOrSpace(bytes[i - 1])) || (i + 1 < bytes.Length && IsAsciiLetterOrSpace(bytes[i + 1]));
            if (char.IsLetter(c) ? nextToLetter : c is '’' or '‘' or '“' or '”' or '«' or '»' or '–' or '—' or '…' or '€' or '°' or '\u00A0')
            {
                plausible++;
            }
        }

        return high > 0 && plausible * 10 >= high * 8;
    }

    private static bool IsAsciiLetterOrSpace(byte b) => char.IsAsciiLetter((char)b) || b == (byte)' ' || b >= 0xC0;
}
