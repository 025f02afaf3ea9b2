using Vigie.Documents;
using Vigie.Storage.Records;

namespace Vigie.Storage.Tests;

public sealed class QuoteStoreTests
{
    [Fact]
    public void Quotes_are_stored_with_their_words_and_found_by_speaker_and_subject()
    {
        using var temp = new TempStore();
        var article = Article.Create(
            "La ministre Claire Vasseur a averti que « la flotte restera en Baltique tout l’hiver ».\n\nLe général Paul Brun a estimé que la Chine accélérait ses constructions navales.",
            new DateOnly(2025, 3, 4), "Le Veilleur", "fr", path: "a.txt");
        temp.Store.Store([TempStore.Analyse(article)]);

        var all = temp.Store.Quotes(new QuoteQuery());
        var byVasseur = Assert.Single(temp.Store.Quotes(new QuoteQuery(Speaker: "vasseur")));
        var aboutChina = Assert.Single(temp.Store.Quotes(new QuoteQuery(About: "CHINE")));

        Assert.Equal(2, all.Count);
        Assert.Equal(("direct", "la flotte restera en Baltique tout l’hiver", "La ministre Claire Vasseur", "a averti", "subject"),
            (byVasseur.Kind, byVasseur.Text, byVasseur.SpeakerText, byVasseur.Cue, byVasseur.SpeakerClue));
        Assert.Equal("indirect", aboutChina.Kind);
        Assert.Equal(new DateOnly(2025, 3, 4), aboutChina.Published);
        Assert.Empty(temp.Store.Quotes(new QuoteQuery(From: new DateOnly(2025, 3, 5))));
        Assert.Empty(temp.Store.Quotes(new QuoteQuery(Language: "en")));
    }

    [Fact]
    public void A_quote_is_found_by_the_day_it_was_said()
    {
        using var temp = new TempStore();
        var article = Article.Create("La ministre Claire Vasseur a averti lundi que « la flotte restera en mer ».", new DateOnly(2025, 3, 7), "Le Veilleur", "fr", path: "a.txt");
        temp.Store.Store([TempStore.Analyse(article)]);

        var said = Assert.Single(temp.Store.Quotes(new QuoteQuery(From: new DateOnly(2025, 3, 3), To: new DateOnly(2025, 3, 3))));
        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7)), (said.Said, said.Published));
        Assert.Empty(temp.Store.Quotes(new QuoteQuery(From: new DateOnly(2025, 3, 4))));
    }
}
