using Vigie.Events;
using Vigie.Training;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>
/// The seed article and its gold events (../shared/gold): a check of the coder, not a target it was
/// written for — nothing in the lexicons names the seed's actors.
/// </summary>
public sealed class SeedEventTests
{
    [Fact]
    public void The_seed_gives_its_five_gold_events_and_at_most_one_more()
    {
        var shared = SharedData.Find() ?? throw new DirectoryNotFoundException("../shared missing: the seed article is in ../shared/seeds.");
        var path = Path.Combine(Path.GetDirectoryName(shared)!, "seeds", "000_c75f2f8ed8d84f52.txt");
        Assert.True(File.Exists(path), $"../shared missing: {path} not found.");
        var analysis = Analyze("fr", File.ReadAllText(path), new DateOnly(2025, 9, 5));
        var text = analysis.Article.Text;
        var events = analysis.Events.Where(e => e.Counts).ToList();

        Expect(EventType.Accuse, ["Rutte"], ["Russie", "Chine"]);
        Expect(EventType.Mobilize, ["Chine"], []);
        Expect(EventType.Consult, ["Xi Jinping", "Modi", "Poutine"], []);
        Expect(EventType.Cooperate, ["marine russe", "Armée populaire de libération"], []);
        Expect(EventType.Agree, ["Les deux pays"], []);
        ExpectEntities(EventType.Accuse, "Mark Rutte; NATO", "Russia; China");
        ExpectEntities(EventType.Mobilize, "China", "");
        ExpectEntities(EventType.Consult, "Xi Jinping; Narendra Modi; Vladimir Putin", "");
        ExpectEntities(EventType.Cooperate, "Russian Navy; People's Liberation Army Navy", "");
        ExpectEntities(EventType.Agree, "Russia; China", "");
        Assert.Equal("military", Assert.Single(events, e => e.Type == EventType.Cooperate).Mode);
        Assert.InRange(events.Count, 5, 6);

        void ExpectEntities(EventType type, string sources, string targets)
        {
            var e = Assert.Single(events, e => e.Type == type);
            Assert.Equal((sources, targets), (Names(e.SourceIds), Names(e.TargetIds)));
        }

        string Names(IReadOnlyList<string> ids) => string.Join("; ", ids.Select(id => analysis.Entities.Single(entity => entity.Id == id).Name));

        void Expect(EventType type, string[] sources, string[] targets)
        {
            var e = Assert.Single(events, e => e.Type == type);
            var sourceWords = Words(text, e.Sources);
            var targetWords = Words(text, e.Targets);
            Assert.All(sources, s => Assert.Contains(s, sourceWords, StringComparison.Ordinal));
            Assert.All(targets, t => Assert.Contains(t, targetWords, StringComparison.Ordinal));
        }
    }
}
