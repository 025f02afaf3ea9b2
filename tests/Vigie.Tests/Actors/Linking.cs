using Vigie.Actors;
using Vigie.Entities;
using Vigie.Kb;
using Vigie.Tests.Kb;
using Vigie.Text;

namespace Vigie.Tests.Actors;

/// <summary>Runs the actor linker on one text with the test knowledge base, and reads its result.</summary>
internal sealed class Linking
{
    private Linking(string text, IReadOnlyList<ResolvedEntity> entities)
    {
        Text = text;
        Entities = entities;
    }

    public string Text { get; }

    public IReadOnlyList<ResolvedEntity> Entities { get; }

    public static Linking Of(string text, string? date = "2025-09-05", string language = "fr", IReadOnlyList<EntityMention>? mentions = null, KnowledgeBase? kb = null)
    {
        var rules = TextRules.For(language);
        var tokens = new List<Token>();
        new Tokenizer(rules).Tokenize(text, tokens);
        var sentences = new List<TextSpan>();
        new SentenceSplitter(rules).Split(text, tokens, sentences);
        var linker = new ActorLinker(kb ?? TestKnowledgeBase.Value, ActorRules.For(language));
        var published = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new Linking(text, linker.Link(text, published, tokens, sentences, mentions ?? []));
    }

    /// <summary>The entity with a mention of exactly these words (the first occurrence from <paramref name="from"/>), or null.</summary>
    public ResolvedEntity? At(string words, int from = 0)
    {
        var start = Text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the text");
        return Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Start == start && m.End == start + words.Length));
    }

    public ActorMention MentionAt(string words, int from = 0)
    {
        var start = Text.IndexOf(words, from, StringComparison.Ordinal);
        return Entities.SelectMany(e => e.Mentions).Single(m => m.Start == start && m.End == start + words.Length);
    }

    /// <summary>The knowledge-base id of the entity on these words, or null when none or document-local.</summary>
    public string? IdAt(string words, int from = 0) => At(words, from)?.KbId;

    public ResolvedEntity Entity(string kbId) => Assert.Single(Entities, e => e.KbId == kbId);

    public IEnumerable<string> Texts(ResolvedEntity entity) => entity.Mentions.Select(m => Text[m.Start..m.End]);
}
