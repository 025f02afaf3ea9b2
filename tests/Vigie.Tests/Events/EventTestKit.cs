using Vigie.Documents;
using Vigie.Events;
using Vigie.Pipeline;
using Vigie.Text;

namespace Vigie.Tests.Events;

/// <summary>Runs the whole pipeline (quotes included) on a text and describes its events in words.</summary>
internal static class EventTestKit
{
    public static AnalysisPipeline Shared { get; } = AnalysisPipelineBuilder.CreateDefault().Build();

    public static IReadOnlyList<Event> Find(string language, string text, DateOnly? published = null) =>
        Shared.Analyze(Article.Create(text, published, language: language)).Events;

    public static Analysis Analyze(string language, string text, DateOnly? published = null) => Shared.Analyze(Article.Create(text, published, language: language));

    public static (string Type, string Sources, string Targets, EventStatus Status) Describe(string text, Event e) =>
        (e.TypeName, Words(text, e.Sources), Words(text, e.Targets), e.Status);

    public static string Words(string text, IReadOnlyList<TextSpan> spans) => string.Join("; ", spans.Select(s => text[s.Start..s.End]));

    public static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
