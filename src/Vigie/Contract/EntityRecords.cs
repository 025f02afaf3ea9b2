using Vigie.Actors;
using Vigie.Kb;
using Vigie.Pipeline;

namespace Vigie.Contract;

/// <summary>
/// The contract's <c>entities</c> list, made from the actor stage's result (<see cref="Analysis.Entities"/>):
/// id e1…, canonical English name, kind, ISO3 country, the roles held at the publication date, the
/// knowledge-base id, and every mention with how it was found (ner, kb, alias, fuzzy, role, coref).
/// </summary>
public static class EntityRecords
{
    public static IReadOnlyList<EntityRecord> From(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Article.Text;
        return [.. analysis.Entities.Select(entity => new EntityRecord(
            entity.Id,
            entity.Name,
            KbNames.Of(entity.Kind),
            entity.Country,
            [.. entity.Roles.Select(role => role.Title).Distinct(StringComparer.Ordinal)],
            entity.KbId,
            [.. entity.Mentions.Select(mention => new MentionRecord(mention.Start, mention.End, text[mention.Start..mention.End], How(mention.How)))]))];
    }

    /// <summary>ner, kb, alias, fuzzy, role, coref.</summary>
    public static string How(MentionSource source) => source switch
    {
        MentionSource.Kb => "kb",
        MentionSource.Alias => "alias",
        MentionSource.Fuzzy => "fuzzy",
        MentionSource.Role => "role",
        MentionSource.Coref => "coref",
        _ => "ner",
    };
}
