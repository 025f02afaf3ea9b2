using Vigie.Entities;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

/// <summary>
/// The actor stage: ties every named-entity mention, every knowledge-base name found in the text, every
/// role phrase and every subject pronoun of an article to one actor of the knowledge base, or to a
/// document-local entity when the knowledge base does not know it. Precision first: what cannot be
/// told for sure stays unresolved. Immutable and thread-safe: one linker per language, shared.
/// </summary>
/// <remarks>
/// Rules, in order (docs/KB.md has the details): dictionary matching over tokens, longest match first
/// (names, acronyms, demonyms such as « russe », metonyms such as "the Kremlin"); names after a form of
/// address or a title (« M. Rutte », "President Putin"), titles stripped; surnames alone joined to the full
/// name of the same article, or to the one person who held office at the date; misspellings joined to a
/// person of the same article within a small edit distance (« Rute »); role phrases resolved at the
/// publication date (« le secrétaire général de l’OTAN »); capitals told apart as states (« Pékin a
/// annoncé ») or places (« à Pékin »); subject pronouns and role nouns tied to the most recent compatible
/// person.
/// </remarks>
public sealed class ActorLinker
{
    public ActorLinker(KnowledgeBase knowledgeBase, ActorRules rules, ActorLinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(rules);
        KnowledgeBase = knowledgeBase;
        Rules = rules;
        Options = options ?? ActorLinkerOptions.Default;
    }

    public KnowledgeBase KnowledgeBase { get; }

    public ActorRules Rules { get; }

    public ActorLinkerOptions Options { get; }

    /// <summary>
    /// The entities of one article, in the order of their first mention, with ids e1, e2, …
    /// </summary>
    /// <param name="text">The article's text; every offset points into it.</param>
    /// <param name="published">The publication date: role phrases and roles are resolved at it; null leaves role phrases unresolved.</param>
    /// <param name="tokens">The article's tokens, in text order.</param>
    /// <param name="sentences">The article's sentences, in text order.</param>
    /// <param name="mentions">Named-entity mentions from the tagger (may be empty: names are then found from the knowledge base and forms of address).</param>
    public IReadOnlyList<ResolvedEntity> Link(string text, DateOnly? published, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens.Count == 0)
        {
            return [];
        }

        return new LinkingRun(this, text, published, tokens, sentences, mentions).Run();
    }
}

/// <summary>Knobs of the actor linker; the defaults are what the evaluation measures.</summary>
public sealed record ActorLinkerOptions
{
    public static ActorLinkerOptions Default { get; } = new();

    /// <summary>Whether names after a form of address or a title (« M. Dupont ») are entities when the tagger gave no mention at all.</summary>
    public bool DetectNames { get; init; } = true;

    /// <summary>How many sentences back a pronoun looks for its antecedent (0: its own sentence only).</summary>
    public int PronounWindow { get; init; } = 3;

    /// <summary>A surname alone names a person whose role ended at most this many years before the date, when no other fits.</summary>
    public int RecentYears { get; init; } = 15;

    /// <summary>Among places of the same name, the most populous wins when it is this many times larger than the next.</summary>
    public double PlaceDominance { get; init; } = 5;
}
