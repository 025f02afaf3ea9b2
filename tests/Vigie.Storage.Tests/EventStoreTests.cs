using Vigie.Documents;
using Vigie.Storage.Records;

namespace Vigie.Storage.Tests;

public sealed class EventStoreTests
{
    [Fact]
    public void Events_are_stored_with_their_words_and_found_by_actor_type_and_date()
    {
        using var temp = new TempStore();
        var article = Article.Create(
            "La Russie et la Chine ont signé un protocole de coopération à Moscou.\n\nLe Japon n’a pas attaqué la Corée.\n\nLa Norvège a condamné la Syrie.",
            new DateOnly(2025, 3, 4), "Le Veilleur", "fr", path: "a.txt");
        temp.Store.Store([TempStore.Analyse(article)]);

        var happened = temp.Store.Events(new EventQuery());
        var all = temp.Store.Events(new EventQuery(AllStatuses: true));
        var agree = Assert.Single(temp.Store.Events(new EventQuery(Actor: "chine")));

        Assert.Equal(["AGREE", "ACCUSE"], happened.Select(e => e.Type).Order().Reverse());
        Assert.Contains(all, e => e.Type == "ASSAULT" && e.Status == "negated");
        Assert.Equal(("AGREE", "La Russie; la Chine", "Moscou", "signé un protocole", "asserted", "publication"),
            (agree.Type, agree.SourceText, agree.PlaceText, agree.Trigger, agree.Status, agree.DateFrom));
        Assert.Equal(new DateOnly(2025, 3, 4), agree.Date);
        Assert.Single(temp.Store.Events(new EventQuery(Type: "accuse", Actor: "SYRIE")));
        Assert.Empty(temp.Store.Events(new EventQuery(From: new DateOnly(2025, 3, 5))));
    }

    [Fact]
    public void An_actors_events_are_those_that_resolve_it_as_source_or_target()
    {
        using var temp = new TempStore();
        var article = Article.Create(
            "La Norvège a condamné la Syrie. La Syrie a accusé la Turquie, selon un diplomate norvégien.",
            new DateOnly(2025, 3, 4), "Le Veilleur", "fr", path: "a.txt");
        temp.Store.Store([TempStore.Analyse(article)]);

        var syria = temp.Store.EventsOf("country:SYR", 10, 0);
        var norway = temp.Store.EventsOf("country:NOR", 10, 0);

        Assert.Equal([("ACCUSE", false, true), ("ACCUSE", true, false)], syria.Select(e => (e.Event.Type, e.AsSource, e.AsTarget)).OrderBy(e => e.AsSource));
        var condemned = Assert.Single(norway, e => e.Event.Trigger == "condamné");
        Assert.Equal(("ACCUSE", true, false), (condemned.Event.Type, condemned.AsSource, condemned.AsTarget));
    }
}
