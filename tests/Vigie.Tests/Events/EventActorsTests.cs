using Vigie.Events;
using Vigie.Pipeline;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventActorsTests
{
    [Theory]
    [InlineData("fr", "La Norvège a condamné la Syrie.", "Norway", "Syria")]
    [InlineData("fr", "La Russie et la Chine ont signé un accord de coopération.", "Russia; China", "")]
    [InlineData("fr", "Le Japon a imposé de nouvelles sanctions contre la Corée du Nord.", "Japan", "North Korea")]
    [InlineData("en", "Russia and China signed a cooperation agreement.", "Russia; China", "")]
    [InlineData("en", "Norway condemned Syria on Monday.", "Norway", "Syria")]
    public void Actor_words_resolve_to_the_entities_of_the_actor_stage(string language, string text, string sources, string targets)
    {
        var analysis = Analyze(language, text);

        var e = Assert.Single(analysis.Events);

        Assert.Equal((sources, targets), (Names(analysis, e.SourceIds), Names(analysis, e.TargetIds)));
    }

    [Theory]
    [InlineData("en", "Lithuania's parliament on Tuesday adopted a resolution backing Georgia's bid to join NATO and condemning Russia's occupation of Abkhazia.", "SUPPORT", "Lithuania")]
    [InlineData("en", "Lithuania's parliament on Tuesday adopted a resolution backing Georgia's bid to join NATO and condemning Russia's occupation of Abkhazia.", "ACCUSE", "Lithuania")]
    [InlineData("fr", "Le Sénat a adopté jeudi une proposition de résolution soutenant la souveraineté de la Moldavie.", "SUPPORT", "Sénat")]
    public void A_text_adopted_speaks_for_the_one_who_adopted_it(string language, string text, string type, string source)
    {
        var analysis = Analyze(language, text);

        Assert.Equal(source, Names(analysis, Assert.Single(analysis.Events, e => e.TypeName == type && e.Counts).SourceIds));
    }

    [Theory]
    [InlineData("en", "A Chilean patrol boat was struck by Peruvian drones off Arica overnight.", "Peru")]
    [InlineData("en", "The hospital in Tacna was hit by a Chilean missile on Monday.", "Chile")]
    public void The_weapon_after_by_names_the_attacker_of_a_passive_strike(string language, string text, string sources)
    {
        var analysis = Analyze(language, text);

        var e = Assert.Single(analysis.Events, e => e.TypeName == "ASSAULT" && e.Counts);

        Assert.Equal(sources, Names(analysis, e.SourceIds));
    }

    [Fact]
    public void A_participle_joined_to_an_act_shares_that_acts_own_subject()
    {
        const string Text = "Lithuania's parliament on Tuesday adopted a resolution backing Georgia's bid to join NATO and condemning Russia's occupation of Abkhazia.";

        var accuse = Assert.Single(Find("en", Text), e => e.TypeName == "ACCUSE");

        Assert.Equal("Lithuania's parliament", Words(Text, accuse.Sources));
    }

    [Theory]
    [InlineData("fr", "Le Groupe de soutien à l’islam et aux musulmans a attaqué un camp militaire près de Kayes.", "JNIM")]
    [InlineData("en", "Bosnia and Herzegovina expelled two Serbian diplomats.", "Bosnia and Herzegovina")]
    public void A_conjunction_inside_one_actors_name_splits_nothing(string language, string text, string sources)
    {
        var analysis = Analyze(language, text);

        Assert.Equal(sources, Names(analysis, Assert.Single(analysis.Events).SourceIds));
    }

    [Theory]
    [InlineData("fr", "Le tribunal de Rennes a condamné mardi Malik Besson, 27 ans, à quatre ans de prison.", "Malik Besson")]
    [InlineData("en", "A jury in Cardiff found Owen Price, 33, guilty of arson.", "Owen Price")]
    [InlineData("en", "The Ugandan president warned Nairobi that Uganda would close the border.", "Nairobi")]
    public void The_one_acted_on_ends_before_an_age_or_a_clause(string language, string text, string targets) =>
        Assert.Contains(Find(language, text), e => e.Counts && Words(text, e.Targets) == targets);

    [Theory]
    [InlineData("en", "Sweden expelled three Iranian diplomats on Wednesday.", "Sweden", "Iran")]
    [InlineData("en", "Turkish drones struck Syrian army positions overnight.", "Turkey", "Syria")]
    [InlineData("en", "Lithuania summoned the Belarusian chargé d'affaires.", "Lithuania", "Belarus")]
    [InlineData("fr", "La Suède a expulsé trois diplomates iraniens mercredi.", "Sweden", "Iran")]
    [InlineData("en", "Poland expelled three diplomats on Wednesday.", "Poland", "")]
    public void The_object_a_pattern_holds_names_the_target_when_it_names_an_actor(string language, string text, string sources, string targets)
    {
        var analysis = Analyze(language, text);

        var e = Assert.Single(analysis.Events);

        Assert.Equal((sources, targets), (Names(analysis, e.SourceIds), Names(analysis, e.TargetIds)));
    }

    [Theory]
    [InlineData("en", "Turkish jets bombed a fuel depot near Qamishli on Friday. The Kurdish administration condemned the raid.", "Turkey")]
    [InlineData("en", "Hungary vetoed the new aid package. Poland criticised the decision on Tuesday.", "Hungary")]
    [InlineData("en", "Russia struck a hospital in Kherson on Monday. Germany condemned the attack.", "Russia")]
    [InlineData("fr", "La Turquie a bombardé un dépôt de carburant près de Qamichli vendredi. Le Danemark a dénoncé cette décision.", "Turkey")]
    [InlineData("fr", "Le Mali a expulsé vingt ressortissants nigériens. Le Niger a condamné ces expulsions.", "Mali")]
    public void A_reaction_to_an_act_named_by_a_noun_targets_the_one_who_did_it(string language, string text, string target)
    {
        var analysis = Analyze(language, text);

        var reaction = analysis.Events[^1];

        Assert.Equal(target, Names(analysis, reaction.TargetIds));
    }

    [Fact]
    public void An_act_named_by_a_generic_noun_is_looked_for_in_the_sentence_before_only()
    {
        var analysis = Analyze("en", "Hungary vetoed the new aid package. Its envoy left early. Three years later, Poland criticised the decision.");

        Assert.Equal("", Names(analysis, analysis.Events[^1].TargetIds));
    }

    [Theory]
    [InlineData("en", "Riot police fired rubber bullets at striking dockers in Antwerp.", "striking dockers")]
    [InlineData("en", "The rebels released three Peruvian engineers on Sunday.", "three Peruvian engineers")]
    [InlineData("fr", "Le JNIM a libéré dimanche le ressortissant péruvien Carlos Quispe.", "Carlos Quispe")]
    [InlineData("fr", "La Lituanie a fermé le consulat biélorusse de Klaipėda.", "le consulat biélorusse")]
    [InlineData("fr", "La gendarmerie a interpellé douze militants à Rennes.", "douze militants")]
    public void The_words_of_the_one_an_act_is_done_to(string language, string text, string target)
    {
        var e = Analyze(language, text).Events[^1];

        Assert.Equal(target, Words(text, e.Targets));
    }

    [Fact]
    public void A_role_and_the_name_in_apposition_give_one_person_who_acts_for_the_roles_organisation()
    {
        const string Text = "Le secrétaire général de l’OTAN, Mark Rutte, a condamné la Russie.";
        var analysis = Analyze("fr", Text, new DateOnly(2025, 9, 5));

        var e = Assert.Single(analysis.Events);

        Assert.Equal(("Mark Rutte; NATO", "Russia"), (Names(analysis, e.SourceIds), Names(analysis, e.TargetIds)));
    }

    [Fact]
    public void The_place_resolves_to_a_place()
    {
        const string Text = "Le ministre des Affaires étrangères, Anna Lind, a rencontré son homologue à Prague.";
        var analysis = Analyze("fr", Text);

        var e = Assert.Single(analysis.Events);

        Assert.Equal("Prague", Names(analysis, e.PlaceId is { } id ? [id] : []));
    }

    [Fact]
    public void Words_that_name_no_entity_stay_words_only()
    {
        const string Text = "Les deux pays ont signé un accord de coopération.";
        var analysis = Analyze("fr", Text);

        var e = Assert.Single(analysis.Events);

        Assert.Equal(("Les deux pays", 0), (Words(Text, e.Sources), e.SourceIds.Count));
    }

    [Theory]
    [InlineData("fr", "Des navires russes et des avions chinois ont patrouillé ensemble la semaine dernière. Les deux pays ont signé un accord de coopération.", "Russia; China")]
    [InlineData("en", "Russian ships and Chinese aircraft patrolled together last week. Both countries signed a cooperation agreement.", "Russia; China")]
    [InlineData("fr", "La Norvège, la Suède et la Finlande ont patrouillé ensemble. Les deux pays ont signé un accord de coopération.", "")]
    public void The_two_countries_are_the_two_states_of_the_sentences_before_when_there_are_exactly_two(string language, string text, string sources)
    {
        var analysis = Analyze(language, text);

        var e = Assert.Single(analysis.Events, e => e.Type == EventType.Agree);

        Assert.Equal(sources, Names(analysis, e.SourceIds));
    }

    [Fact]
    public void Mentions_whose_words_differ_but_name_one_entity_are_merged()
    {
        const string Text = "Mark Rutte a condamné la Russie. Le secrétaire général de l’OTAN a de nouveau condamné la Russie.";
        var analysis = Analyze("fr", Text, new DateOnly(2025, 9, 5));

        var e = Assert.Single(analysis.Events);

        Assert.Equal((2, "Mark Rutte"), (e.Mentions.Count, Names(analysis, e.SourceIds)));
    }

    private static string Names(Analysis analysis, IReadOnlyList<string> ids) =>
        string.Join("; ", ids.Select(id => analysis.Entities.Single(entity => entity.Id == id).Name));
}
