using System.Globalization;
using Vigie.Contract;
using Vigie.Text;

namespace Vigie.Entities;

/// <summary>
/// Groups an article's mentions into document-local entities until the actor stage links them to
/// actors: mentions with the same folded text (<see cref="TextFold"/>) and type are one entity. Ids
/// are "e1", "e2" … in order of first mention; the name is the longest surface form (the first of
/// equal length); no country, roles or knowledge-base id yet; every mention's <c>how</c> is "ner".
/// </summary>
public static class ProvisionalEntities
{
    public static IReadOnlyList<EntityRecord> Group(string text, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var entities = new List<(string Name, EntityType Type, List<MentionRecord> Mentions)>();
        var byKey = new Dictionary<(string, EntityType), int>();
        foreach (var mention in mentions)
        {
            var surface = text[mention.Start..mention.End];
            var key = (TextFold.Fold(surface), mention.Type);
            if (!byKey.TryGetValue(key, out var index))
            {
                index = entities.Count;
                byKey[key] = index;
                entities.Add((surface, mention.Type, []));
            }

            var entity = entities[index];
            if (surface.Length > entity.Name.Length)
            {
                entities[index] = entity with { Name = surface };
            }

            entity.Mentions.Add(new MentionRecord(mention.Start, mention.End, surface, "ner"));
        }

        return [.. entities.Select((e, i) => new EntityRecord(
            "e" + (i + 1).ToString(CultureInfo.InvariantCulture), e.Name, e.Type.Kind(), null, [], null, e.Mentions))];
    }
}
