using Vigie.Actors;
using Vigie.Entities;
using Vigie.Kb;

namespace Vigie.Tests.Actors;

/// <summary>One test per rule of the actor linker, on the small test knowledge base.</summary>
public sealed class ActorLinkerTests
{
    // ---- Dictionary matching ---------------------------------------------------------------------

    [Fact]
    public void Names_acronyms_and_demonyms_resolve_to_one_actor_each()
    {
        var run = Linking.Of("La Russie, l’OTAN et les industries russe et chinoise.");

        Assert.Equal("country:RUS", run.IdAt("Russie"));
        Assert.Equal("Q7184", run.IdAt("OTAN"));
        Assert.Equal("country:RUS", run.IdAt("russe"));
        Assert.Equal("country:CHN", run.IdAt("chinoise"));
        Assert.Equal(MentionSource.Kb, run.MentionAt("russe").How);
        Assert.Equal(["Russie", "russe"], run.Texts(run.Entity("country:RUS")));
    }

    [Fact]
    public void The_longest_name_wins()
    {
        var run = Linking.Of("Mark Rutte a parlé.");

        Assert.Equal("Q57792", run.IdAt("Mark Rutte"));
        Assert.Null(run.At("Rutte"));
    }

    [Fact]
    public void Acronyms_keep_their_case_and_demonyms_their_language()
    {
        Assert.Null(Linking.Of("Let us go.", language: "en").IdAt("us"));
        Assert.Equal("country:USA", Linking.Of("The US said no.", language: "en").IdAt("US"));
        Assert.Null(Linking.Of("The russe label.", language: "en").IdAt("russe"));
        Assert.Null(Linking.Of("Le label Chinese.").IdAt("Chinese"));
    }

    [Fact]
    public void A_name_inside_a_longer_unknown_name_is_left_alone()
    {
        var run = Linking.Of("The Washington Post and the Moscow Times reported it.", language: "en");

        Assert.Empty(run.Entities);
    }

    [Fact]
    public void A_small_town_named_like_a_common_word_needs_a_place_cue()
    {
        // The party's name ("Alliance for Democracy") may be an organisation of the article; it is no town.
        Assert.DoesNotContain(Linking.Of("The Alliance for Democracy marched.", language: "en").Entities, e => e.KbId == "geonames:1");
        Assert.Equal("geonames:1", Linking.Of("The farmers met in Alliance on Monday.", language: "en").IdAt("Alliance"));
    }

    [Fact]
    public void A_place_named_only_by_an_alternate_name_needs_a_cue()
    {
        Assert.Null(Linking.Of("Baptisé « Trident côtier », l’exercice commence.").IdAt("Trident"));
        Assert.Equal("geonames:3165243", Linking.Of("Les ministres se retrouvent à Trident.").IdAt("Trident"));
        Assert.Equal("geonames:3165243", Linking.Of("Le sommet de Trento a commencé.").IdAt("Trento"));
    }

    [Fact]
    public void A_town_named_like_a_common_word_is_no_town_after_an_article() =>
        Assert.Empty(Linking.Of("A researcher at the University of the Philippines said so.", language: "en").Entities);

    [Fact]
    public void A_rank_is_a_form_of_address_and_the_name_after_it_stays_whole()
    {
        var run = Linking.Of("Côté philippin, le général Marcos Tavares a annoncé des renforts. Il a précisé le calendrier.");

        var general = run.At("Marcos Tavares");
        Assert.NotNull(general);
        Assert.Null(general.Actor);
        Assert.DoesNotContain(run.Entities, e => e.KbId == "Q983324");
        Assert.Same(general, run.At("Il"));
    }

    [Fact]
    public void Places_of_the_same_name_stay_unresolved_unless_one_dominates()
    {
        Assert.Null(Linking.Of("Springfield voted on Tuesday.", language: "en").IdAt("Springfield"));
    }

    // ---- Titles and names ------------------------------------------------------------------------

    [Fact]
    public void Forms_of_address_and_titles_are_stripped_and_tell_the_gender()
    {
        var run = Linking.Of("M. Rutte et le président Xi Jinping se sont parlé. Mme Dupont aussi.");

        Assert.Equal("Q57792", run.IdAt("Rutte"));
        Assert.Equal("Q15031", run.IdAt("Xi Jinping"));
        var dupont = run.At("Dupont");
        Assert.NotNull(dupont);
        Assert.Null(dupont.Actor);
        Assert.Equal(ActorKind.Person, dupont.Kind);
        Assert.Equal("Dupont", dupont.Name);
    }

    [Fact]
    public void A_given_name_and_a_surname_are_a_person_unless_a_place_or_a_common_word_says_otherwise()
    {
        var run = Linking.Of("Treasury Secretary Scott Bessent told reporters. He added that the Marine Corps would stay.", language: "en");

        var bessent = run.At("Scott Bessent");
        Assert.NotNull(bessent);
        Assert.Equal(ActorKind.Person, bessent.Kind);
        Assert.Same(bessent, run.At("He"));
        Assert.Null(run.At("Marine Corps"));
        Assert.Equal(ActorKind.Person, Linking.Of("Jordan Smith, an analyst, said so.", language: "en").At("Jordan Smith")?.Kind);
        Assert.Null(Linking.Of("Jordan Valley farmers said so.", language: "en").At("Jordan Valley"));
    }

    [Theory]
    [InlineData("en", "Ofgem said on Thursday that it would cap standing charges.", "Ofgem")]
    [InlineData("en", "Calder Estates, which owned the car park, said it had acted on every recommendation.", "Calder Estates")]
    [InlineData("fr", "Vellanor a indiqué jeudi qu’il fermerait son usine de Lorient.", "Vellanor")]
    public void Capitalised_words_nobody_took_before_a_reporting_verb_name_an_organisation(string language, string text, string name)
    {
        var speaker = Linking.Of(text, language: language).At(name);

        Assert.NotNull(speaker);
        Assert.Equal(ActorKind.Organization, speaker.Kind);
    }

    [Theory]
    [InlineData("en", "Charities said conditions in the camps had deteriorated.")]
    [InlineData("en", "A researcher at the University of the Philippines said so.")]
    public void A_plural_noun_or_the_end_of_a_longer_name_before_a_reporting_verb_names_no_one(string language, string text) =>
        Assert.Empty(Linking.Of(text, language: language).Entities);

    [Fact]
    public void A_pronoun_after_a_name_nobody_recognised_stays_unresolved()
    {
        var run = Linking.Of("Donald Trump spoke first. Then Bessent Quincy told reporters. He added more.", language: "en");
        var named = Linking.Of("Donald Trump spoke first. Then Treasury Secretary Bessent Quincy told reporters. He added more.", language: "en");

        Assert.Null(run.At("He"));
        Assert.Equal("Bessent Quincy", named.At("He")?.Name);
    }

    [Fact]
    public void A_known_name_after_a_particle_of_an_unknown_name_is_part_of_it() =>
        Assert.Null(Linking.Of("L’Olympique de Moscou a gagné.").At("Moscou"));

    [Fact]
    public void A_surname_alone_joins_the_full_name_of_the_same_article()
    {
        var run = Linking.Of("Boris Johnson a parlé. Johnson a ensuite quitté la salle.");

        Assert.Equal("p:1", run.IdAt("Johnson", 20));
        Assert.Equal(MentionSource.Alias, run.MentionAt("Johnson", 20).How);
    }

    [Fact]
    public void A_surname_alone_names_the_one_person_in_office_at_the_date_and_no_one_when_many_share_it()
    {
        Assert.Equal("Q22686", Linking.Of("Trump a signé.").IdAt("Trump"));
        Assert.Equal("Q57665", Linking.Of("Stoltenberg a parlé.", "2019-04-04").IdAt("Stoltenberg"));
        Assert.Null(Linking.Of("Johnson a signé.").IdAt("Johnson"));
        Assert.Null(Linking.Of("Kallas a signé.").IdAt("Kallas"));
    }

    [Fact]
    public void A_surname_alone_without_a_date_names_only_the_one_person_who_has_it()
    {
        Assert.Equal("Q22686", Linking.Of("Trump a signé.", date: null).IdAt("Trump"));
        Assert.Null(Linking.Of("Johnson a signé.", date: null).IdAt("Johnson"));
        Assert.Equal("p:1", Linking.Of("Boris Johnson est arrivé. Johnson a signé.", date: null).IdAt("Johnson", 20));
    }

    // ---- Misspellings ----------------------------------------------------------------------------

    [Fact]
    public void A_misspelling_joins_a_person_of_the_same_article()
    {
        var run = Linking.Of("Mark Rutte a averti. Rute s’est dit préoccupé.");

        Assert.Equal("Q57792", run.IdAt("Rute"));
        Assert.Equal(MentionSource.Fuzzy, run.MentionAt("Rute").How);
    }

    [Theory]
    [InlineData("Rute s’est dit préoccupé.")]
    [InlineData("Mark Rutte a averti. Route fermée.")]
    [InlineData("Mark Rutte a averti. Rutter Smith a répondu.")]
    [InlineData("Mark Rutte a averti. Ruttenberg a répondu.")]
    public void A_misspelling_never_joins_across_unrelated_names(string text) =>
        Assert.DoesNotContain(Linking.Of(text).Entities.SelectMany(e => e.Mentions), m => m.How == MentionSource.Fuzzy);

    // ---- Role phrases ----------------------------------------------------------------------------

    [Theory]
    [InlineData("2019-04-04", "Q57665")]
    [InlineData("2025-06-24", "Q57792")]
    public void A_role_phrase_names_the_holder_at_the_publication_date(string date, string id)
    {
        var run = Linking.Of("Le secrétaire général de l’OTAN a parlé.", date);

        Assert.Equal(id, run.IdAt("Le secrétaire général de l’OTAN"));
        Assert.Equal(MentionSource.Role, run.MentionAt("Le secrétaire général de l’OTAN").How);
        Assert.Equal("Q7184", run.IdAt("OTAN"));
    }

    [Theory]
    [InlineData("2023-05-10", "Q6279")]
    [InlineData("2025-05-10", "Q22686")]
    public void The_american_president_depends_on_the_date(string date, string id)
    {
        Assert.Equal(id, Linking.Of("Le président américain a signé.", date).IdAt("Le président américain"));
        Assert.Equal(id, Linking.Of("The American president signed.", date, "en").IdAt("The American president"));
        Assert.Equal(id, Linking.Of("The US president signed.", date, "en").IdAt("The US president"));
    }

    [Fact]
    public void A_role_phrase_without_a_date_or_a_holder_stays_unresolved()
    {
        Assert.Null(Linking.Of("Le président américain a signé.", date: null).IdAt("Le président américain"));
        Assert.Null(Linking.Of("Le secrétaire général de l’OTAN a parlé.", "2010-01-01").IdAt("Le secrétaire général de l’OTAN"));
        Assert.Null(Linking.Of("Le président de l’OTAN a parlé.").IdAt("Le président de l’OTAN"));
    }

    [Fact]
    public void A_role_phrase_followed_by_a_name_describes_that_person()
    {
        var run = Linking.Of("Le secrétaire général de l’OTAN, Mark Rutte, a averti.", "2019-04-04");

        Assert.Equal("Q57792", run.IdAt("Le secrétaire général de l’OTAN"));
        Assert.Equal("Q57792", run.IdAt("Mark Rutte"));
    }

    [Fact]
    public void A_role_phrase_whose_gender_contradicts_the_holder_stays_unresolved() =>
        Assert.Null(Linking.Of("La présidente américaine a signé.", "2025-05-10").IdAt("La présidente américaine"));

    // ---- States and places -----------------------------------------------------------------------

    [Fact]
    public void A_capital_is_its_state_when_it_acts_and_a_place_otherwise()
    {
        var run = Linking.Of("Moscou et Pékin investissent. Les images diffusées à Pékin ont choqué. Pékin a annoncé des exercices.");

        Assert.Equal("country:RUS", run.IdAt("Moscou"));
        Assert.Equal("country:CHN", run.IdAt("Pékin"));
        Assert.Equal(MentionSense.State, run.MentionAt("Pékin").Sense);
        Assert.Equal("geonames:1816670", run.IdAt("Pékin", run.Text.IndexOf("à Pékin", StringComparison.Ordinal)));
        Assert.Equal("country:CHN", run.IdAt("Pékin", run.Text.IndexOf("Pékin a", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_state_named_after_a_locative_is_a_place()
    {
        var run = Linking.Of("Le défilé en Chine a impressionné la Russie.");

        Assert.Equal(MentionSense.Place, run.MentionAt("Chine").Sense);
        Assert.Equal(MentionSense.State, run.MentionAt("Russie").Sense);
    }

    [Fact]
    public void A_metonym_is_its_state() =>
        Assert.Equal("country:RUS", Linking.Of("Le Kremlin a démenti.").IdAt("Kremlin"));

    [Fact]
    public void English_possessives_and_verbs_make_capitals_states()
    {
        var run = Linking.Of("Beijing's position is clear. The delegation landed in Beijing. Washington has warned Moscow.", language: "en");

        Assert.Equal("country:CHN", run.IdAt("Beijing"));
        Assert.Equal("geonames:1816670", run.IdAt("Beijing", run.Text.IndexOf("in Beijing", StringComparison.Ordinal)));
        Assert.Equal("country:USA", run.IdAt("Washington"));
        Assert.Equal("country:RUS", run.IdAt("Moscow"));
    }

    // ---- Anaphors --------------------------------------------------------------------------------

    [Fact]
    public void An_anaphor_names_its_actor_only_once_it_is_named()
    {
        Assert.Equal("Q7184", Linking.Of("L’OTAN se réunit. Les membres de l’Alliance sont inquiets.").IdAt("Alliance"));
        Assert.Null(Linking.Of("Les membres de l’Alliance sont inquiets.").IdAt("Alliance"));
    }

    // ---- Pronouns and role nouns -------------------------------------------------------------------

    [Fact]
    public void A_pronoun_names_the_most_recent_compatible_person_and_says_through_which_mention()
    {
        var run = Linking.Of("M. Rutte a noté que la menace grandit. Il a poursuivi sur la Chine.");

        var il = run.MentionAt("Il");
        Assert.Equal("Q57792", run.IdAt("Il"));
        Assert.Equal(MentionSource.Coref, il.How);
        Assert.Equal(run.Text.IndexOf("Rutte", StringComparison.Ordinal), il.Antecedent!.Value.Start);
    }

    [Fact]
    public void An_inverted_pronoun_is_the_pronoun_alone()
    {
        var run = Linking.Of("Mark Rutte a parlé. « Nous tiendrons », a-t-il déclaré.");

        var mention = run.Entity("Q57792").Mentions.Single(m => m.How == MentionSource.Coref);
        Assert.Equal("il", run.Text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Mark Rutte est arrivé. Il y a eu un débat.")]
    [InlineData("Mark Rutte est arrivé. Il faut agir.")]
    [InlineData("Mark Rutte est arrivé. Il est clair que rien ne change.")]
    [InlineData("Mark Rutte est arrivé. « Il nous faut agir », dit-on.")]
    [InlineData("Mark Rutte est arrivé. Y a-t-il un accord ?")]
    public void Impersonal_pronouns_and_pronouns_in_quotations_name_no_one(string text) =>
        Assert.DoesNotContain(Linking.Of(text).Entities.SelectMany(e => e.Mentions), m => m.How == MentionSource.Coref);

    [Fact]
    public void Pronouns_follow_gender()
    {
        var run = Linking.Of("Kaja Kallas a rencontré Mark Rutte. Elle a salué ses efforts. Il a répondu.");

        Assert.Equal("Q11869065", run.IdAt("Elle"));
        Assert.Equal("Q57792", run.IdAt("Il"));
    }

    [Fact]
    public void Two_people_of_the_same_gender_leave_a_pronoun_to_the_subject_or_to_no_one()
    {
        Assert.Equal("Q22686", Linking.Of("Donald Trump a reçu Mark Rutte. Il a annoncé un accord.").IdAt("Il"));
        Assert.Null(Linking.Of("Donald Trump et Mark Rutte se sont vus. Il a annoncé un accord.").IdAt("Il"));
        Assert.Null(Linking.Of("He said so.", language: "en").IdAt("He"));
    }

    [Fact]
    public void A_role_noun_names_the_last_person_holding_such_an_office()
    {
        Assert.Equal("Q22686", Linking.Of("Donald Trump est arrivé. Le président a salué la foule.").IdAt("Le président"));
        Assert.Null(Linking.Of("Le président a salué la foule.").IdAt("Le président"));
        Assert.Null(Linking.Of("Donald Trump a reçu Vladimir Poutine. Le président a salué la foule.").IdAt("Le président"));
    }

    // ---- Tagger mentions ---------------------------------------------------------------------------

    [Fact]
    public void A_tagged_name_the_knowledge_base_does_not_know_is_an_entity_of_the_article()
    {
        const string text = "Jean-Pierre Martin a rencontré Mark Rutte.";
        var run = Linking.Of(text, mentions: [new EntityMention(0, 18, EntityType.Person, 0.9), new EntityMention(31, 41, EntityType.Person, 0.95)]);

        var local = run.At("Jean-Pierre Martin");
        Assert.NotNull(local);
        Assert.Null(local.Actor);
        Assert.Equal(MentionSource.Ner, local.Mentions.Single().How);
        Assert.Equal("Q57792", run.IdAt("Mark Rutte"));
    }

    [Fact]
    public void A_tagged_span_holding_a_known_name_stays_whole()
    {
        const string text = "Le club Paris Foot Moscou a gagné.";
        var run = Linking.Of(text, mentions: [new EntityMention(8, 25, EntityType.Organization, 0.8)]);

        var club = run.At("Paris Foot Moscou");
        Assert.NotNull(club);
        Assert.Equal(ActorKind.Organization, club.Kind);
        Assert.Null(run.At("Moscou"));
    }

    [Fact]
    public void A_tagged_surname_joins_the_person_of_the_article()
    {
        const string text = "Mark Rutte a parlé. Rutte a conclu.";
        var run = Linking.Of(text, mentions: [new EntityMention(0, 10, EntityType.Person, 0.9), new EntityMention(20, 25, EntityType.Person, 0.9)]);

        Assert.Equal("Q57792", run.IdAt("Rutte", 15));
    }

    // ---- Entities ----------------------------------------------------------------------------------

    [Fact]
    public void Entities_come_in_the_order_of_their_first_mention_with_roles_at_the_date()
    {
        var run = Linking.Of("La Chine et Mark Rutte. Rutte encore.", "2025-09-05");

        Assert.Equal(["e1", "e2"], run.Entities.Select(e => e.Id));
        Assert.Equal("China", run.Entities[0].Name);
        var rutte = run.Entities[1];
        Assert.Equal("Secretary General of NATO", Assert.Single(rutte.Roles).Title);
        Assert.Equal("NLD", rutte.Country);
        Assert.Equal(2, rutte.Mentions.Count);
    }

    [Fact]
    public void Nothing_in_nothing_out()
    {
        Assert.Empty(Linking.Of("").Entities);
        Assert.Empty(Linking.Of("Il pleut.").Entities);
    }
}
