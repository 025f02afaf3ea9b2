using Vigie.Documents;
using Vigie.Storage.Records;

namespace Vigie.Storage.Tests;

public sealed class EntityStoreTests
{
    [Fact]
    public void Actors_are_stored_so_that_search_and_quotes_find_them()
    {
        using var temp = new TempStore();
        var nato = Article.Create(
            "Le secrétaire général de l’OTAN, Mark Rutte, a averti que « la défense aérienne doit être renforcée sans attendre ».",
            new DateOnly(2025, 6, 2), "Le Veilleur", "fr", path: "a.txt");
        var other = Article.Create("La défense aérienne de la Finlande a été modernisée cette année.", new DateOnly(2025, 6, 3), "Le Veilleur", "fr", path: "b.txt");
        temp.Store.Store([TempStore.Analyse(nato), TempStore.Analyse(other)]);

        var hit = Assert.Single(temp.Store.Search(new SearchQuery("défense", Actor: "rutte")));
        var quote = Assert.Single(temp.Store.Quotes(new QuoteQuery(Speaker: "Mark Rutte")));

        Assert.Equal(nato.Id, hit.Id);
        Assert.Equal(2, temp.Store.Search(new SearchQuery("défense")).Count);
        Assert.Equal("Mark Rutte", quote.Speaker);
    }
}
