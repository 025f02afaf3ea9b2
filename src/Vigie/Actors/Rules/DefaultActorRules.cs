namespace Vigie.Actors.Rules;

/// <summary>The actor rules for a language Vigie has none for: knowledge-base names only, no role phrases or pronouns.</summary>
public static class DefaultActorRules
{
    public static ActorRulesData Data { get; } = new()
    {
        Language = "und",
        NameParticles = ["de", "da", "di", "van", "von", "der", "al", "el", "bin", "ben", "ibn", "ould"],
    };
}
