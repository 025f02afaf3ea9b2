namespace Vigie.Kb;

/// <summary>One name of an actor in one language (<c>*</c>: any language).</summary>
public readonly record struct ActorAlias(string Text, string Language, AliasKind Kind, AliasFlags Flags = AliasFlags.None)
{
    /// <summary>The language code of aliases used in every language.</summary>
    public const string AnyLanguage = "*";

    public bool IsCommonWord => (Flags & AliasFlags.CommonWord) != 0;

    public bool IsAlternate => (Flags & AliasFlags.Alternate) != 0;
}
