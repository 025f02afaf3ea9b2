using System.Collections.Frozen;

namespace Vigie.Text;

/// <summary>
/// The language-specific knowledge the tokenizer and the sentence splitter need, as data.
/// </summary>
public sealed class TextRules
{
    public TextRules(string language, IEnumerable<string> abbreviations)
    {
        Language = language;
        Abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>Abbreviations written without their final period ("M", "Mme", "Dr").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Rules for a language without its own: no abbreviations.</summary>
    public static TextRules Default { get; } = new("und", []);

    public static TextRules For(string language) => Default;
}
