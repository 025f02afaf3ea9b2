namespace Vigie.Kb;

/// <summary>A person's grammatical gender as far as the knowledge base knows it (for pronouns: il/elle, he/she).</summary>
public enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
