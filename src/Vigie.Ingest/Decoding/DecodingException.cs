namespace Vigie.Ingest.Decoding;

/// <summary>Raised when bytes are not text Vigie can read; the message says why and what to do.</summary>
public sealed class DecodingException(string reason, string advice) : Exception(reason)
{
    public string Advice { get; } = advice;
}
