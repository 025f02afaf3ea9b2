namespace Vigie.Ingest.Decoding;

/// <summary>Text decoded from bytes, with the name of the encoding that was recognised.</summary>
public readonly record struct DecodedText(string Text, string Encoding);
