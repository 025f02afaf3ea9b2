using Vigie.Kb;

namespace Vigie.Tests.Kb;

/// <summary>
/// Facts the shipped knowledge base (models/kb, built by <c>vigie kb build</c>) must hold: what the
/// linker relies on, and what the verification of leaders-wikidata must have fixed.
/// </summary>
public sealed class EmbeddedKnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    private static Actor Only(string name, ActorKind kind) =>
        Assert.Single(Kb.Match(KnowledgeBase.KeyOf(name)).ToArray().Select(h => h.Actor).Where(a => a.Kind == kind).Distinct());

    [Fact]
    public void It_is_embedded_and_large()
    {
        Assert.InRange(Kb.Count, 40_000, 200_000);
        Assert.InRange(Kb.Actors.Count(a => a.Kind == ActorKind.Country), 240, 260);
        Assert.True(Kb.RoleCount > 20_000);
    }

    [Theory]
    [InlineData("russe", "fr")]
    [InlineData("russes", "fr")]
    [InlineData("Russian", "en")]
    [InlineData("russische", "de")]
    [InlineData("rusas", "es")]
    [InlineData("russi", "it")]
    [InlineData("российской", "ru")]
    public void States_have_demonyms_in_six_languages(string demonym, string language) =>
        Assert.Contains(Kb.Match(KnowledgeBase.KeyOf(demonym)).ToArray(), h => h.Actor.Id == "country:RUS" && h.Alias.Kind == AliasKind.Demonym && h.Alias.Language == language);

    [Theory]
    [InlineData("chinoise", "country:CHN")]
    [InlineData("chinoises", "country:CHN")]
    [InlineData("américains", "country:USA")]
    [InlineData("nord-coréenne", "country:PRK")]
    public void French_demonyms_have_their_feminine_and_plural_forms(string demonym, string id) =>
        Assert.Contains(Kb.Match(KnowledgeBase.KeyOf(demonym)).ToArray(), h => h.Actor.Id == id && h.Alias.Kind == AliasKind.Demonym);

    [Theory]
    [InlineData("NATO")]
    [InlineData("OTAN")]
    [InlineData("North Atlantic Treaty Organization")]
    [InlineData("Organisation du traité de l’Atlantique nord")]
    public void Nato_is_one_actor_under_its_names_in_several_languages(string name) =>
        Assert.Equal("Q7184", Only(name, ActorKind.Organization).Id);

    [Theory]
    [InlineData("UE", "Q458")]
    [InlineData("ONU", "Q1065")]
    [InlineData("IISS", "vigie:iiss")]
    [InlineData("AIEA", "Q41984")]
    public void Organisations_have_their_acronyms_in_each_language(string acronym, string id) =>
        Assert.Equal(id, Only(acronym, ActorKind.Organization).Id);

    [Theory]
    [InlineData("JNIM", "vigie:jnim")]
    [InlineData("Groupe de soutien à l’islam et aux musulmans", "vigie:jnim")]
    [InlineData("Rapid Support Forces", "vigie:rapid-support-forces")]
    [InlineData("Forces de soutien rapide", "vigie:rapid-support-forces")]
    [InlineData("FSR", "vigie:rapid-support-forces")]
    [InlineData("shebabs", "vigie:al-shabaab")]
    [InlineData("Mouvement du 23 mars", "vigie:m23")]
    public void Armed_groups_are_known_under_their_names_in_each_language(string name, string id) =>
        Assert.Equal(id, Only(name, ActorKind.Group).Id);

    [Fact]
    public void A_short_group_name_keeps_its_capitals() =>
        Assert.Equal("PKK", Only("PKK", ActorKind.Group).Name);

    [Fact]
    public void Capitals_are_known_to_stand_for_their_state()
    {
        Assert.Equal("country:CHN", Kb.Match(KnowledgeBase.KeyOf("Pékin")).ToArray().Select(h => h.Actor).MaxBy(a => a.Weight)!.CapitalOf);
        Assert.Equal("country:RUS", Kb.Match(KnowledgeBase.KeyOf("Moscou")).ToArray().First(h => h.Actor.Kind == ActorKind.Place).Actor.CapitalOf);
        Assert.Equal(Kb.Find("country:USA")!.Capital, Kb.Match(KnowledgeBase.KeyOf("Washington")).ToArray().Select(h => h.Actor).MaxBy(a => a.Weight)!.Id);
    }

    [Theory]
    [InlineData(Office.Leader, "Q7184", "2019-04-04", "Jens Stoltenberg")]
    [InlineData(Office.Leader, "Q7184", "2025-06-24", "Mark Rutte")]
    [InlineData(Office.HeadOfState, "country:USA", "2023-05-10", "Joe Biden")]
    [InlineData(Office.HeadOfState, "country:USA", "2019-05-10", "Donald Trump")]
    [InlineData(Office.HeadOfState, "country:USA", "2025-05-10", "Donald Trump")]
    [InlineData(Office.HeadOfGovernment, "country:JPN", "2025-11-20", "Sanae Takaichi")]
    [InlineData(Office.HeadOfGovernment, "country:GBR", "2022-10-10", "Liz Truss")]
    [InlineData(Office.ForeignMinister, "country:RUS", "2025-03-11", "Sergey Lavrov")]
    [InlineData(Office.DefenceMinister, "country:CHN", "2024-01-15", "Dong Jun")]
    public void Offices_have_one_holder_at_a_date(Office office, string of, string date, string holder) =>
        Assert.Equal(holder, Assert.Single(Kb.HoldersOn(office, of, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))).Holder.Name);

    [Fact]
    public void The_verification_of_leaders_dropped_rows_that_contradict_the_record()
    {
        // leaders-wikidata lists "Phil Baker" as head of state of the United States from 2018, and an item
        // for the office itself ("The President"): neither may answer « le président américain ».
        Assert.DoesNotContain(Kb.Holders(Office.HeadOfState, "country:USA"), h => h.Holder.Name is "Phil Baker" or "The President");
        Assert.Contains(Kb.Find("Q57792")!.Roles, r => r.Office == Office.HeadOfGovernment && r.End == new DateOnly(2024, 7, 2));
    }

    [Fact]
    public void People_have_English_names_and_their_own_country()
    {
        Assert.Equal("Charles III", Kb.Find("Q43274")!.Name);
        Assert.Equal("Dmitry Medvedev", Kb.Find("Q23530")!.Name);
        Assert.Equal("FRA", Kb.Find("Q157")!.Country);
        Assert.Equal("Vladimir Putin", Only("Vladimir Poutine", ActorKind.Person).Name);
    }

    [Fact]
    public void Military_branches_belong_to_their_state()
    {
        Assert.Equal("vigie:russian-navy", Only("flotte russe du Pacifique", ActorKind.Organization).Parent);
        Assert.Equal("RUS", Only("marine russe", ActorKind.Organization).Country);
        Assert.Equal("CHN", Only("People’s Liberation Army Navy", ActorKind.Organization).Country);
    }
}
