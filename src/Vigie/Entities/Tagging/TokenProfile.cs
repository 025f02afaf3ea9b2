using System.Runtime.CompilerServices;
using Vigie.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// What the features need to know of one token, computed once from its span of the text (no
/// string is made): hashes of its folded form, exact form, shapes and affixes, and what the
/// lexicon and the gazetteer say of it.
/// </summary>
internal struct TokenProfile
{
    public const int AffixLength = 4;

    /// <summary>Hash of the folded (lower-case, apostrophes and dashes unified) form: the lexicon key.</summary>
    public ulong Word;

    /// <summary>Hash of the form exactly as written.</summary>
    public ulong Form;

    /// <summary>Hash of the shape ("Xxxx-Xxxx", "dd", "XXX"), runs longer than four cut to four.</summary>
    public ulong Shape;

    /// <summary>Hash of the short shape: every run of one class written once ("Xx-Xx", "d", "X").</summary>
    public ulong ShortShape;

    /// <summary>Hashes of the folded prefixes of 1 to <see cref="AffixLength"/> characters (0 when the word is not longer).</summary>
    public Affixes Prefixes;

    /// <summary>Hashes of the folded suffixes of 1 to <see cref="AffixLength"/> characters (0 when the word is not longer).</summary>
    public Affixes Suffixes;

    /// <summary><see cref="WordInfo"/> bits, 0 when the lexicon does not know the word.</summary>
    public uint Info;

    /// <summary>For each <see cref="GazetteerList"/>, 3 bits: the token's <see cref="LabelPart"/> in the longest entry of that list covering it.</summary>
    public uint Gazetteer;

    public TokenKind Kind;

    /// <summary><see cref="DocumentContext.CaseOf"/> flags of the word in its document.</summary>
    public byte DocumentCase;

    /// <summary>0 no letter, 1 starts lower case, 2 starts with a capital, 3 all capitals (two letters or more).</summary>
    public byte Capitals;

    public byte Length;

    [InlineArray(AffixLength)]
    public struct Affixes
    {
        private ulong _element;
    }
}
