using System.Text;
using CsCheck;
using Vigie.Ingest.Decoding;

namespace Vigie.Ingest.Tests.Decoding;

public sealed class TextDecoderTests
{
    private const string French = "Le ministre a quitté Pékin – « nous reviendrons » à l’été, a-t-il dit. Coût : 3,5 € ; naïveté, cœur.";

    [Fact]
    public void Utf8_without_bom() => AssertDecodes(Encoding.UTF8.GetBytes(French), "utf-8");

    [Fact]
    public void Utf8_with_bom() => AssertDecodes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)], "utf-8 (BOM)");

    [Fact]
    public void Utf16_little_endian_with_bom() => AssertDecodes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(French)], "utf-16le (BOM)");

    [Fact]
    public void Utf16_big_endian_with_bom() => AssertDecodes([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(French)], "utf-16be (BOM)");

    [Fact]
    public void Windows_1252_with_typographic_marks()
    {
        // "Pékin – « oui » à l’été, 3 €" in Windows-1252: é=E9 –=96 «=AB »=BB à=E0 ’=92 €=80
        byte[] bytes = [.. "P"u8, 0xE9, .. "kin "u8, 0x96, .. " "u8, 0xAB, .. " oui "u8, 0xBB, .. " "u8, 0xE0, .. " l"u8, 0x92, 0xE9, .. "t"u8, 0xE9, .. ", 3 "u8, 0x80];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Equal("Pékin – « oui » à l’été, 3 €", decoded.Text);
    }

    [Fact]
    public void Latin1_accents()
    {
        var latin1 = Encoding.Latin1.GetBytes("Défense européenne : réunion à Bruxelles, décision reportée.");

        Assert.Equal("Défense européenne : réunion à Bruxelles, décision reportée.", TextDecoder.Decode(latin1).Text);
    }

    [Fact]
    public void Invalid_utf8_that_is_not_windows_1252_is_refused_with_its_place()
    {
        byte[] bytes = [.. "line one\nline "u8, 0xC3, 0x28, 0x81, 0x8D, .. " two"u8];

        var error = Assert.Throws<DecodingException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("invalid UTF-8 at byte 14 (line 2)", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bom_followed_by_invalid_bytes_is_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ok "u8, 0xE9, .. "t"u8, 0xE9];

        Assert.Throws<DecodingException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var error = Assert.Throws<DecodingException>(() => TextDecoder.Decode(png));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_bytes_decode_or_fail_with_a_decoding_error() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            try
            {
                TextDecoder.Decode(bytes);
            }
            catch (DecodingException)
            {
            }
        });

    private static void AssertDecodes(byte[] bytes, string encoding)
    {
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(French, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }
}
