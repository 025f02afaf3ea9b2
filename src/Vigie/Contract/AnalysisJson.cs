using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigie.Pipeline;

namespace Vigie.Contract;

/// <summary>Writes analyses in the output contract, one compact JSON object per line.</summary>
public static class AnalysisJson
{
    public static AnalysisRecord ToRecord(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var article = analysis.Article;
        return new AnalysisRecord(
            article.Id,
            article.Path,
            article.Url,
            article.Source,
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            analysis.Language.Code,
            Math.Round(analysis.Language.Confidence, 4),
            article.Title,
            article.Text,
            [.. analysis.Sentences.Select(span => new SpanRecord(span.Start, span.End))],
            EntityRecords.From(analysis),
            QuoteRecords.From(analysis),
            [.. analysis.Times.Select(time => TimeRecords.Of(time, article.Text))],
            EventRecords.From(analysis));
    }

    /// <summary>The record as one line of JSON (no line breaks inside; non-ASCII letters kept as they are).</summary>
    public static string Serialize(AnalysisRecord record) => JsonSerializer.Serialize(record, Context.AnalysisRecord);

    public static AnalysisRecord? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.AnalysisRecord);

    /// <summary>Options for all contract-shaped output: lower camel case, compact, non-ASCII letters unescaped.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly ContractJsonContext Context = new(new JsonSerializerOptions(Options));
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(AnalysisRecord))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
