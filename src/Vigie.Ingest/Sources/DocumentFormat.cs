namespace Vigie.Ingest.Sources;

/// <summary>The formats Vigie reads; each has its own reader, and all produce the same articles.</summary>
public enum DocumentFormat
{
    /// <summary>Vigie's corpus format or plain text (.txt, .text, .md, or anything else that is text).</summary>
    Article,

    /// <summary>JSON Lines, one article per line (.jsonl, .ndjson).</summary>
    JsonLines,

    /// <summary>An HTML page (.html, .htm, .xhtml).</summary>
    Html,
}
