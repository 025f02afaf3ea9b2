using Vigie.Documents;

namespace Vigie.Tests.Documents;

public sealed class ArticleTextTests
{
    [Fact]
    public void Composes_decomposed_accents_to_nfc()
    {
        var decomposed = "e\u0301te\u0301";
        Assert.Equal("\u00e9t\u00e9", ArticleText.Normalize(decomposed));
    }

    [Fact]
    public void Unifies_line_ends_and_trims_line_tails()
    {
        Assert.Equal("un\ndeux\n\ntrois", ArticleText.Normalize("  un  \r\ndeux\r\r\ntrois\t\n\n"));
    }

    [Fact]
    public void Drops_control_characters_but_keeps_tabs()
    {
        Assert.Equal("a\tb c", ArticleText.Normalize("a\tb\u0001 \u0007c\u0000"));
    }

    [Fact]
    public void Replaces_lone_surrogates()
    {
        Assert.Equal("a\uFFFDb", ArticleText.Normalize("a\uD800b"));
    }

    [Fact]
    public void Keeps_typographic_apostrophes_and_non_breaking_spaces_as_written()
    {
        const string Text = "l’OTAN\u00a0: « oui »";
        Assert.Equal(Text, ArticleText.Normalize(Text));
    }

    [Fact]
    public void Same_text_in_any_form_gets_the_same_id()
    {
        var a = Article.Create("Pe\u0301kin\r\n");
        var b = Article.Create("P\u00e9kin");
        Assert.Equal(a.Id, b.Id);
        Assert.StartsWith(ArticleId.Prefix, a.Id, StringComparison.Ordinal);
        Assert.Equal(ArticleId.Prefix.Length + 64, a.Id.Length);
    }
}
