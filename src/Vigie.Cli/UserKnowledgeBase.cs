using Vigie.Cli.Output;
using Vigie.Kb;
using Vigie.Pipeline;
using Vigie.Storage;

namespace Vigie.Cli;

/// <summary>The embedded knowledge base with the user's overlay applied (docs/KB.md), for every command that analyses or looks up actors.</summary>
internal static class UserKnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static KnowledgeBase Value => Instance.Value;

    /// <summary>The default pipeline, its knowledge base with the overlay, loaded on the first article.</summary>
    public static AnalysisPipeline Pipeline() => AnalysisPipelineBuilder.CreateDefault().UseKnowledgeBase(() => Value).Build();

    /// <summary>The embedded knowledge base with the overlay at <paramref name="path"/> applied (when the file exists); problems go to standard error.</summary>
    public static KnowledgeBase Load(string path)
    {
        if (!File.Exists(path))
        {
            return KnowledgeBase.Default;
        }

        using var reader = new StreamReader(path);
        var knowledgeBase = KnowledgeBase.Default.WithOverlay(reader, path, out var problems);
        foreach (var problem in problems)
        {
            Terminal.Warning($"{problem}. Fix or remove the line (format: docs/KB.md).");
        }

        return knowledgeBase;
    }

    private static KnowledgeBase Load() => Load(KbOverlayLocation.Resolve());
}
