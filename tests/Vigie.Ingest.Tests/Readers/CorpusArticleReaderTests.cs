using Vigie.Ingest.Readers;

namespace Vigie.Ingest.Tests.Readers;

public sealed class CorpusArticleReaderTests
{
    [Fact]
    public void Header_sharing_its_line_with_the_first_sentence_is_taken_out()
    {
        var reading = CorpusArticleReader.Read("a.txt", "  date 2025-03-14 La ministre a quitté Varsovie hier.\n\nDeuxième paragraphe.\n\nSource: Le Veilleur\n");

        var article = Assert.IsType<Documents.Article>(reading.Article);
        Assert.Equal(new DateOnly(2025, 3, 14), article.Published);
        Assert.Equal("Le Veilleur", article.Source);
        Assert.Equal("La ministre a quitté Varsovie hier.\n\nDeuxième paragraphe.", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Header_alone_on_its_line_is_taken_out()
    {
        var article = CorpusArticleReader.Read("a.txt", "date 2024-11-02\nTroops left the base on Monday.\nSource:  Northern Dispatch  ").Article!;

        Assert.Equal(new DateOnly(2024, 11, 2), article.Published);
        Assert.Equal("Troops left the base on Monday.", article.Text);
        Assert.Equal("Northern Dispatch", article.Source);
    }

    [Fact]
    public void Plain_text_without_header_or_footer_is_all_body()
    {
        var article = CorpusArticleReader.Read("a.txt", "The date of the summit was not set.\n\nSources close to the talks said so.").Article!;

        Assert.Null(article.Published);
        Assert.Null(article.Source);
        Assert.Equal("The date of the summit was not set.\n\nSources close to the talks said so.", article.Text);
    }

    [Fact]
    public void The_word_date_at_the_start_of_a_sentence_is_not_a_header()
    {
        var article = CorpusArticleReader.Read("a.txt", "Date limite : le 3 mars pour les candidatures.").Article!;

        Assert.Null(article.Published);
        Assert.StartsWith("Date limite", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_line_inside_the_body_is_kept()
    {
        var article = CorpusArticleReader.Read("a.txt", "date 2025-01-05 Premier paragraphe.\nSource: une fuite interne.\n\nLe texte continue ici.").Article!;

        Assert.Null(article.Source);
        Assert.Contains("Source: une fuite interne.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date 2025-02-30 Le texte.")]
    [InlineData("date 2025-13-01 Le texte.")]
    [InlineData("\n\n date 2025-00-10\nLe texte.")]
    public void Impossible_date_is_rejected_with_its_line(string content)
    {
        var reading = CorpusArticleReader.Read("bad.txt", content);

        Assert.Null(reading.Article);
        var rejection = Assert.IsType<Rejection>(reading.Rejection);
        Assert.Equal("bad.txt", rejection.Path);
        Assert.Equal(content.TakeWhile(c => c != 'd').Count(c => c == '\n') + 1, rejection.Line);
        Assert.Contains("not a real date", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", rejection.Advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("date 2025-01-01")]
    [InlineData("date 2025-01-01\nSource: Le Veilleur")]
    public void Nothing_but_header_and_footer_is_rejected(string content)
    {
        var reading = CorpusArticleReader.Read("empty.txt", content);

        Assert.Null(reading.Article);
        Assert.Contains("no article text", reading.Rejection!.Reason, StringComparison.Ordinal);
    }
}
