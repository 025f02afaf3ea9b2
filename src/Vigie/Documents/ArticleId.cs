using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Vigie.Documents;

/// <summary>
/// The identity of an article: the SHA-256 of its normalised text. Two readings of the same text,
/// whatever file, encoding or format they came from, get the same id, which makes ingestion idempotent.
/// </summary>
public static class ArticleId
{
    public const string Prefix = "sha256:";

    public static string Of(string normalisedText)
    {
        var byteCount = Encoding.UTF8.GetByteCount(normalisedText);
        var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = Encoding.UTF8.GetBytes(normalisedText, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Prefix + Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
