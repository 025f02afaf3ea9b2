using Vigie.Text;

namespace Vigie.Actors;

/// <summary>How a mention was tied to its entity; the contract writes these names in lower case as <c>how</c>.</summary>
public enum MentionSource : byte
{
    /// <summary>A span the named-entity tagger (or the name detector standing in for it) found, tied to no knowledge-base name.</summary>
    Ner,

    /// <summary>A name, acronym, demonym or metonym of the knowledge base: « Russie », « OTAN », « chinoise », "the Kremlin".</summary>
    Kb,

    /// <summary>A short form that only the article makes certain: a surname alone (« Rutte »), « l’Alliance » once NATO is named.</summary>
    Alias,

    /// <summary>A misspelling of a name of the same article: « Rute » for Rutte.</summary>
    Fuzzy,

    /// <summary>A role phrase resolved at the publication date: « le secrétaire général de l’OTAN ».</summary>
    Role,

    /// <summary>A pronoun or role noun tied to an earlier mention: « il », "she", « le président ».</summary>
    Coref,
}

/// <summary>For a mention of a state: whether the state acts (« Pékin a annoncé ») or is a place (« à Pékin », « en Chine »).</summary>
public enum MentionSense : byte
{
    /// <summary>Not a state, or not told.</summary>
    None,

    /// <summary>The state as an actor.</summary>
    State,

    /// <summary>The territory, as a place.</summary>
    Place,

    /// <summary>The state through its government: « le gouvernement néerlandais », "the Irish government".</summary>
    Government,
}

/// <summary>
/// One mention of an entity: a span of the article's text (UTF-16 offsets, end exclusive), how it was
/// tied to the entity, and, for a coreference, the span of the mention it was tied through.
/// </summary>
public readonly record struct ActorMention(int Start, int End, MentionSource How, MentionSense Sense = MentionSense.None, TextSpan? Antecedent = null)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
