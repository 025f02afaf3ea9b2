using CsCheck;
using Vigie.Actors;
using Vigie.Entities;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Tests.Actors;

/// <summary>Invariants of the actor stage on generated text and generated tagger mentions.</summary>
public sealed class ActorPropertyTests
{
    /// <summary>Pieces that exercise every rule, mixed with noise of every kind.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf("Mark Rutte", "M. Rutte", "Rutte", "Rute", "Mme Kallas", "Pékin", "Moscou", "Washington", "l’OTAN", "OTAN", "NATO",
            "le secrétaire général de l’OTAN", "Le président américain", "The US president", "la Russie", "russe", "chinoise", "Chinese",
            "il", "Il", "elle", "He", "she", "a-t-il", "-t-elle", "y a-t-il", "Il y a", "Il faut", "Kremlin", "Alliance", "l’Alliance",
            "Johnson", "Trump", "Donald Trump", "Xi", "Springfield", "à", "en", "de", "et", "and", "in", "'s", "M.", "Mme", "Dr")),
        (6, Gen.OneOf(" ", " ", " ", "\n", "\n\n", ", ", ". ", "! ", " « ", " » ", "“", "”", "\"", "'", "’", "(", ")", " — ", ":")),
        (3, Gen.Char['a', 'z'].Array[1, 8].Select(c => new string(c))),
        (2, Gen.Char['A', 'Z'].Select(c => c.ToString())),
        (1, Gen.OneOf("\u0000", "\u200B", "\uFEFF", "\uD800", "\uDC00", "中", "😀", "\u0301", "\u00A0")),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Text = Piece.Array[0, 60].Select(string.Concat);

    private static readonly Gen<(string Text, EntityMention[] Mentions)> TextWithMentions =
        Text.SelectMany(text => Gen.Select(Gen.Int[0, Math.Max(0, text.Length)], Gen.Int[0, 12], Gen.Enum<EntityType>(), (start, length, type) =>
                new EntityMention(start, Math.Min(text.Length, start + length), type, 0.5))
            .Array[0, 4]
            .Select(mentions => (text, mentions)));

    [Fact]
    public void Every_mention_lies_in_the_text_and_every_entity_is_well_formed() =>
        TextWithMentions.Sample(sample =>
        {
            var (raw, tagged) = sample;
            foreach (var language in new[] { "fr", "en", "de" })
            {
                var run = Linking.Of(raw, "2025-09-05", language, tagged);
                Check(raw, run.Entities);
            }
        }, iter: 400);

    [Fact]
    public void Without_a_date_or_with_an_empty_knowledge_base_nothing_breaks() =>
        Text.Sample(raw =>
        {
            Check(raw, Linking.Of(raw, date: null).Entities);
            Check(raw, Linking.Of(raw, kb: KnowledgeBase.Empty).Entities);
        }, iter: 200);

    [Fact]
    public void Linking_is_deterministic() =>
        Text.Sample(raw =>
        {
            var first = Linking.Of(raw).Entities;
            var second = Linking.Of(raw).Entities;
            Assert.Equal(first.Select(e => (e.Id, e.Name, e.KbId)), second.Select(e => (e.Id, e.Name, e.KbId)));
            Assert.Equal(first.SelectMany(e => e.Mentions), second.SelectMany(e => e.Mentions));
        }, iter: 100);

    internal static void Check(string text, IReadOnlyList<ResolvedEntity> entities)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            Assert.Equal($"e{i + 1}", entity.Id);
            Assert.False(string.IsNullOrWhiteSpace(entity.Name));
            Assert.NotEmpty(entity.Mentions);
            Assert.Equal(entity.Mentions.Count, entity.Mentions.Select(m => (m.Start, m.End)).Distinct().Count());
            foreach (var mention in entity.Mentions)
            {
                Assert.InRange(mention.Start, 0, text.Length - 1);
                Assert.InRange(mention.End, mention.Start + 1, text.Length);
                if (mention.Antecedent is { } antecedent)
                {
                    Assert.Equal(MentionSource.Coref, mention.How);
                    Assert.InRange(antecedent.Start, 0, mention.Start);
                    Assert.InRange(antecedent.End, antecedent.Start + 1, text.Length);
                }
            }

            if (entity.Actor is { } actor)
            {
                Assert.Equal(actor.Id, entity.KbId);
                Assert.Equal(actor.Name, entity.Name);
            }
        }

        Assert.Equal(entities.Count, entities.Select(e => e.KbId ?? e.Id).Distinct().Count());
    }
}
