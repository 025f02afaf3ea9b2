using Vigie.Text;

namespace Vigie.Tests.Text;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("l’OTAN")]
    [InlineData("l'OTAN")]
    [InlineData("l‘OTAN")]
    [InlineData("lʼOTAN")]
    [InlineData("l′OTAN")]
    [InlineData("l`OTAN")]
    [InlineData("L’otan")]
    public void Typographic_apostrophes_fold_to_the_straight_one(string text)
    {
        Assert.Equal("l'otan", TextFold.Fold(text));
    }

    [Theory]
    [InlineData("1\u00A0500")]
    [InlineData("1\u202F500")]
    [InlineData("1\u2009500")]
    [InlineData("1\u2007500")]
    [InlineData("1\u3000500")]
    [InlineData("1\t500")]
    [InlineData("1 500")]
    public void Every_space_folds_to_a_plain_space(string text)
    {
        Assert.Equal("1 500", TextFold.Fold(text));
    }

    [Theory]
    [InlineData("Jean‐Yves")]
    [InlineData("Jean‑Yves")]
    [InlineData("Jean–Yves")]
    [InlineData("Jean—Yves")]
    [InlineData("Jean-Yves")]
    public void Hyphens_and_dashes_fold_to_the_hyphen_minus(string text)
    {
        Assert.Equal("jean-yves", TextFold.Fold(text));
    }

    [Fact]
    public void Folding_lower_cases_but_keeps_accents()
    {
        Assert.Equal("l'élysée à paris", TextFold.Fold("L’ÉLYSÉE À PARIS"));
        Assert.Equal("russia's army", TextFold.Fold("RUSSIA’S ARMY"));
    }

    [Fact]
    public void Folding_drops_invisible_characters()
    {
        Assert.Equal("international", TextFold.Fold("inter\u00ADnatio\u200Bnal\uFEFF"));
    }

    [Fact]
    public void Folding_keeps_other_scripts_and_emoji()
    {
        Assert.Equal("北京 😀 привет", TextFold.Fold("北京 😀 ПРИВЕТ"));
    }

    [Fact]
    public void Folding_lower_cases_letters_outside_the_basic_plane()
    {
        // DESERET CAPITAL LETTER LONG I and its small letter.
        Assert.Equal("\U00010428", TextFold.Fold("\U00010400"));
    }

    [Fact]
    public void Folding_writes_into_the_callers_buffer()
    {
        Span<char> buffer = stackalloc char[16];
        var written = TextFold.Fold("« L’OTAN »", buffer);
        Assert.Equal("« l'otan »", buffer[..written].ToString());
    }

    [Fact]
    public void Folding_into_a_too_short_buffer_throws()
    {
        var buffer = new char[3];
        Assert.Throws<ArgumentException>(() => TextFold.Fold("l’OTAN", buffer));
    }

    [Fact]
    public void Folding_one_character()
    {
        Assert.Equal('\'', TextFold.Fold('’'));
        Assert.Equal(' ', TextFold.Fold('\u202F'));
        Assert.Equal('-', TextFold.Fold('–'));
        Assert.Equal('é', TextFold.Fold('É'));
        Assert.Equal('«', TextFold.Fold('«'));
    }

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("Ça déçoit", "ca decoit")]
    [InlineData("œuvre et Œdipe", "oeuvre et oedipe")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Zürich", "zurich")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("L’Élysée", "l'elysee")]
    [InlineData("Ærø", "aero")]
    [InlineData("Ἀθῆναι", "αθηναι")]
    public void Folding_without_diacritics_strips_accents_and_spells_ligatures(string text, string expected)
    {
        Assert.Equal(expected, TextFold.FoldWithoutDiacritics(text));
    }

    [Fact]
    public void Folding_without_diacritics_keeps_hangul_syllables_and_ideographs()
    {
        Assert.Equal("서울 北京", TextFold.FoldWithoutDiacritics("서울 北京"));
    }

    [Fact]
    public void Folding_without_diacritics_writes_into_the_callers_buffer()
    {
        var source = "Œuvre à Zürich";
        Span<char> buffer = stackalloc char[TextFold.MaxLengthWithoutDiacritics(source.Length)];
        var written = TextFold.FoldWithoutDiacritics(source, buffer);
        Assert.Equal("oeuvre a zurich", buffer[..written].ToString());
    }

    [Fact]
    public void Folding_without_diacritics_reports_a_too_short_buffer()
    {
        Span<char> buffer = stackalloc char[4];
        Assert.False(TextFold.TryFoldWithoutDiacritics("œœœ", buffer, out _));
        Assert.True(TextFold.TryFoldWithoutDiacritics("œœ", buffer, out var written));
        Assert.Equal("oeoe", buffer[..written].ToString());
    }

    [Fact]
    public void Folded_equality_matches_typographic_variants()
    {
        Assert.True(TextFold.FoldedEquals("l’OTAN", "L'otan"));
        Assert.True(TextFold.FoldedEquals("Jean‑Yves Le\u00A0Drian", "jean-yves le drian"));
        Assert.False(TextFold.FoldedEquals("l’OTAN", "l’ONU"));
        Assert.False(TextFold.FoldedEquals("Élysée", "Elysee"));
    }

    [Fact]
    public void Folded_equality_works_beyond_the_stack_buffer()
    {
        var left = string.Concat(Enumerable.Repeat("L’OTAN ", 100));
        var right = string.Concat(Enumerable.Repeat("l'otan\u00A0", 100));
        Assert.True(TextFold.FoldedEquals(left, right));
        Assert.False(TextFold.FoldedEquals(left, right + "x"));
    }

    [Fact]
    public void Long_texts_fold_through_a_rented_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("Œ’\u00A0", 1000));
        Assert.Equal(string.Concat(Enumerable.Repeat("œ' ", 1000)), TextFold.Fold(text));
        Assert.Equal(string.Concat(Enumerable.Repeat("oe' ", 1000)), TextFold.FoldWithoutDiacritics(text));
    }
}
