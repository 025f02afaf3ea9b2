using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>What keeps the coder from counting events that the text does not assert.</summary>
public sealed class EventPrecisionTests
{
    [Theory]
    [InlineData("fr", "Le ministre bulgare aurait signé en secret un accord avec l’Iran.")]
    [InlineData("fr", "Selon la presse, les rebelles auraient attaqué un convoi près de Goma.")]
    [InlineData("fr", "Faut-il sanctionner la Hongrie ?")]
    [InlineData("en", "Should Canada sanction Hungary?")]
    [InlineData("fr", "Le prochain sommet entre le Japon et la Corée se tiendra à Tokyo.")]
    [InlineData("fr", "Une éventuelle rencontre entre la Norvège et la Suède pourrait avoir lieu à Oslo.")]
    [InlineData("fr", "Une grève des dockers de Marseille est prévue jeudi.")]
    [InlineData("en", "The planned summit between Japan and Korea was postponed.")]
    public void Hearsay_questions_and_prospective_acts_do_not_count(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Chile denied on Monday that its warplanes had bombed the border post.")]
    [InlineData("fr", "Lima dément avoir bombardé le poste-frontière.")]
    [InlineData("fr", "Le ministère péruvien a démenti toute frappe sur le village.")]
    [InlineData("en", "Veterans in Quito commemorated the 1995 shelling of Tiwintza by Peruvian artillery.")]
    [InlineData("en", "Crowds marked on Sunday the anniversary of strikes by Chile on the islands.")]
    [InlineData("fr", "Des centaines de personnes ont commémoré samedi le massacre de Dolores.")]
    [InlineData("en", "Supporters stormed the pitch after the final whistle in Lima.")]
    [InlineData("en", "Hundreds of fans stormed the stage at the end of the concert in Lagos.")]
    [InlineData("en", "Brazil shot down Argentina's hopes of qualification with a late header in Recife.")]
    [InlineData("en", "Uruguay bombarded the Chilean goal for an hour without scoring.")]
    [InlineData("en", "The Norwegian launched a fierce attack on the queen's side in the fourth round of the chess tournament.")]
    [InlineData("fr", "Le pivot lituanien a bombardé le panier adverse dans les dernières minutes.")]
    [InlineData("fr", "Les Lions ont attaqué la Tunisie d’entrée, en match de qualification pour le championnat d’Afrique.")]
    [InlineData("en", "The foreign ministers of Peru and Chile are expected to meet in Lima next month, officials said.")]
    public void Denied_remembered_sporting_and_foreseen_acts_do_not_count(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "CHILEAN NAVY — PRESS RELEASE. The patrol vessel Aldea returned to Valparaíso on Monday.")]
    [InlineData("en", "Peru's defence ministry dismissed as \"lies\" reports that its helicopters had fired on the village.")]
    [InlineData("en", "Bolivia rejected the accusations on Tuesday.")]
    [InlineData("en", "Department store chains launched an all-out offensive on Friday against online sellers.")]
    [InlineData("en", "Chile's central bank launched a fresh attack on inflation on Thursday.")]
    [InlineData("en", "A Lima grocery chain attacked its competitors' prices with a wave of discounts.")]
    [InlineData("en", "Talks between Chile and Bolivia on border delimitation are scheduled to resume next month.")]
    public void Headings_denials_of_reports_trade_wars_and_scheduled_talks_do_not_count(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Peru's pack bulldozed the Chilean forwards from the first scrum in Lima.")]
    [InlineData("fr", "Le XV du Pérou a assiégé l’en-but chilien pendant vingt minutes à Lima.")]
    [InlineData("fr", "Le Chili a capitulé face au Pérou à la 78e minute (24-27).")]
    [InlineData("en", "In Lima, the chef's desserts surrender willingly to Peruvian citrus.")]
    [InlineData("fr", "Le cuivre chilien a capitulé vendredi face aux craintes sur la demande chinoise.")]
    public void A_game_a_kitchen_or_a_market_seizes_and_beats_back_no_one(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Peru's foreign minister thanked Chile for hosting ten thousand refugees.", "SUPPORT")]
    [InlineData("fr", "Le ministre péruvien a remercié le Chili pour avoir accueilli dix mille réfugiés.", "SUPPORT")]
    public void A_gerund_after_for_is_the_reason_of_the_act_not_an_act(string language, string text, string type) =>
        Assert.Equal(type, Assert.Single(Find(language, text), e => e.Counts).TypeName);

    [Theory]
    [InlineData("fr", "Chaque hiver, les garde-côtes chiliens arraisonnent des dizaines de chalutiers péruviens.")]
    [InlineData("en", "Every winter, Chilean coast guards seize dozens of Peruvian trawlers.")]
    [InlineData("fr", "Les anciens d’Arica se souviennent de l’été 1979, quand les avions péruviens bombardaient le port.")]
    public void A_habit_or_a_scene_in_the_imperfect_is_no_act_of_the_news(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void A_protest_in_the_imperfect_of_a_relative_clause_goes_on_with_the_news() =>
        Assert.Contains(Find("fr", "La police chilienne a dispersé mardi des étudiants qui manifestaient devant le Congrès à Valparaíso."), e => e.Counts && e.TypeName == "PROTEST");

    [Fact]
    public void Dates_joined_by_a_dash_are_no_score() =>
        Assert.Contains(Find("en", "Chilean police detained four Peruvian fishermen in Arica on 2-3 September."), e => e.Counts && e.Type == Vigie.Events.EventType.Coerce);

    [Fact]
    public void An_attack_that_no_one_claimed_has_no_author() =>
        Assert.DoesNotContain(Find("en", "No group claimed the attack on the barracks."), e => e.Counts);

    [Theory]
    [InlineData("en", "Thirty arrests were made across the region on Tuesday.")]
    [InlineData("en", "Dozens of arrests were made in Arequipa.")]
    public void A_number_alone_is_no_actor(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Talks between Bolivia and the miners' union have not resumed since the strike.")]
    [InlineData("fr", "Les négociations entre la Bolivie et le syndicat des mineurs n’ont pas repris.")]
    public void A_noun_act_whose_verb_is_negated_did_not_happen(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void A_noun_act_whose_description_is_negated_still_happened() =>
        Assert.Contains(Find("fr", "Le défilé militaire en Bolivie n’était pas une simple mise en scène."), e => e.Counts && e.TypeName == "MOBILIZE");

    [Fact]
    public void A_month_is_no_place_that_stands_for_an_actor() =>
        Assert.DoesNotContain(Find("en", "The accession negotiations formally opened in July after a long delay."), e => e.Counts);

    [Theory]
    [InlineData("fr", "Les relations entre les deux pays sont tendues depuis l’assassinat d’un opposant réfugié au Chili.")]
    [InlineData("en", "Relations have stayed frozen since the bombing of the embassy in Lima.")]
    public void A_noun_act_that_explains_a_state_is_background(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void Talks_that_open_the_sentence_may_be_the_news() =>
        Assert.Contains(Find("en", "After three days of talks in Oslo, Chilean and Bolivian negotiators agreed on a prisoner swap."), e => e.Counts && e.TypeName == "CONSULT");

    [Fact]
    public void Dismissing_a_finding_is_still_a_rejection()
    {
        const string text = "Ecuador dismissed a regional observers' report on its election as biased.";

        Assert.Equal(["REJECT"], Find("en", text).Where(e => e.Counts).Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("en", "The governor resigned on Friday, two days after a journalist was shot dead in the port.")]
    [InlineData("fr", "Le préfet a démissionné vendredi, au lendemain d’une fusillade où deux gendarmes ont été tués.")]
    public void A_death_told_after_the_news_to_explain_it_by_no_one_named_is_background(string language, string text) =>
        Assert.Equal(["RETREAT"], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Fact]
    public void A_death_by_no_one_named_that_is_the_news_counts()
    {
        Assert.Contains(Find("en", "Two soldiers were killed in an ambush near the border on Monday."), e => e.Counts && e.TypeName == "ASSAULT");
    }

    [Fact]
    public void Police_who_charge_fans_at_a_qualifier_still_assault()
    {
        const string text = "Riot police fired tear gas at Peruvian fans outside the stadium after the qualifier in Lima.";

        Assert.Contains(Find("en", text), e => e.Counts && e.TypeName == "ASSAULT");
    }

    [Theory]
    [InlineData("At the end of the session the two ministers agreed to set up a hotline.", "the two ministers")]
    [InlineData("On Tuesday the Bolivian navy seized a fishing boat off Arica.", "the Bolivian navy")]
    public void An_opening_complement_with_no_comma_leaves_the_subject_after_it(string text, string subject)
    {
        var act = Assert.Single(Find("en", text), e => e.Counts);
        Assert.Equal(subject, Words(text, act.Sources));
    }

    [Fact]
    public void A_claim_names_the_author_of_the_attack_told_before()
    {
        const string text = "Gunmen attacked a police post in Tumbes on Sunday, killing two officers, and the Shining Path claimed the attack.";

        var attack = Assert.Single(Find("en", text), e => e.Counts);
        Assert.Equal("the Shining Path", Words(text, attack.Sources));
    }

    [Theory]
    [InlineData("en", "Jets bombed a market in Tumbes overnight, according to a local group, which said 12 people were killed.", "ASSAULT")]
    [InlineData("en", "Former mayor Rosa Quispe was found guilty of fraud by a Lima court on Tuesday and fined 9,000 soles.", "SANCTION")]
    public void The_victims_or_a_second_penalty_of_an_act_told_before_are_that_act(string language, string text, string type) =>
        Assert.Equal([type], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Fact]
    public void A_verb_joined_to_an_act_of_its_kind_tells_it_again()
    {
        const string text = "The Chilean and Peruvian presidents held talks by telephone on Monday, their first since May, and discussed the border dispute.";

        Assert.Equal(["CONSULT"], Find("en", text).Where(e => e.Counts).Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("en", "Tax officials raided the offices of the Lima Herald on Tuesday.", "COERCE")]
    [InlineData("fr", "Des policiers ont mené un raid dans les locaux du journal mardi.", "COERCE")]
    [InlineData("en", "Rebels raided a village near the border on Tuesday.", "ASSAULT")]
    public void A_raid_by_police_or_on_offices_is_a_search_not_an_attack(string language, string text, string type) =>
        Assert.Equal([type], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Theory]
    [InlineData("en", "Chile denied a request by Bolivia to use the port of Arica.")]
    public void Denying_a_request_is_a_rejection(string language, string text) =>
        Assert.Equal(["REJECT"], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Theory]
    [InlineData("fr", "La Suède a accusé la Norvège d’avoir attaqué un navire.", "ACCUSE")]
    [InlineData("fr", "Amnesty International a exhorté le Kenya à libérer les prisonniers.", "REQUEST")]
    [InlineData("en", "Sweden accused Norway of having attacked a ship.", "ACCUSE")]
    public void An_act_reported_by_another_verb_is_not_counted_beside_it(string language, string text, string type)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        Assert.Equal([type], counted.Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("fr", "Le sprinteur a été victime d’une attaque de panique.")]
    [InlineData("fr", "Deux alpinistes ont atteint le sommet de la montagne.")]
    [InlineData("en", "The climbers reached the summit of the mountain.")]
    public void A_noun_takes_an_agent_only_through_a_support_verb(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("fr", "La marine chinoise a mené des exercices conjoints avec la Russie.", "COOPERATE", "La marine chinoise")]
    [InlineData("en", "Thousands of students staged demonstrations in Jakarta.", "PROTEST", "Thousands of students")]
    [InlineData("fr", "Le militant Arjun Mehta a entamé mardi à New Delhi une grève de la faim.", "PROTEST", "Le militant Arjun Mehta")]
    [InlineData("fr", "La marine indienne a entamé lundi en mer d’Arabie des exercices conjoints.", "COOPERATE", "La marine indienne")]
    public void A_support_verb_gives_its_subject_to_the_noun(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }

    [Theory]
    [InlineData("fr", "Attaqué !")]
    [InlineData("en", "Attacked again.")]
    public void A_verb_with_no_actor_in_its_clause_is_no_event(string language, string text) =>
        Assert.Empty(Find(language, text));

    [Theory]
    [InlineData("en", "On September 29, Putin offered to negotiate.", "Putin")]
    [InlineData("fr", "Jeudi, la Norvège a condamné la Syrie.", "la Norvège")]
    public void An_introductory_phrase_is_no_subject_in_apposition(string language, string text, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal(source, Words(text, e.Sources));
    }

    [Fact]
    public void An_according_to_phrase_is_no_subject() =>
        Assert.DoesNotContain(Find("en", "The rebels are holding forty villagers, according to a press release of the Red Cross."), e => e.Counts && e.TypeName == "RETREAT");

    [Theory]
    [InlineData("en", "A violent storm hit the northern coast of Oman on Tuesday.")]
    [InlineData("en", "Cholera killed forty people in the refugee camps last month.")]
    [InlineData("en", "Asian hornets have invaded three valleys in the Pyrenees since spring.")]
    [InlineData("fr", "Des frelons asiatiques ont envahi trois vallées des Pyrénées.")]
    [InlineData("fr", "À Bamako, on réclame désormais la démission du gouverneur.")]
    [InlineData("en", "A shark attacked two swimmers off the coast of Queensland.")]
    [InlineData("fr", "La tempête Ulrike a frappé la côte basque dans la nuit.")]
    [InlineData("fr", "La sécheresse menace les récoltes de blé du Maghreb.")]
    [InlineData("en", "Analysts in Nairobi cautioned that the truce could collapse within weeks.")]
    [InlineData("fr", "Des analystes ont averti que la trêve pourrait ne pas tenir.")]
    [InlineData("en", "Bank economists in Santiago warned on Friday that copper exports would slow.")]
    [InlineData("fr", "Des économistes ont averti que la hausse des tarifs pourrait relancer la contestation.")]
    [InlineData("en", "Copper bulls attacked the $10,000 mark again on Thursday.")]
    [InlineData("en", "A study released on Monday by a Lisbon institute estimates that the fleet has doubled.")]
    public void Nature_disease_animals_commentators_and_the_indefinite_on_are_no_actors(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "A spokesman for the ministry declined to comment on the report.")]
    [InlineData("fr", "Le porte-parole du gouvernement a refusé de commenter ces informations.")]
    [InlineData("en", "A spokesman for the Kenyan ministry declined to say how Nairobi would respond.")]
    [InlineData("fr", "Le porte-parole du gouvernement s’est refusé à tout commentaire.")]
    public void Declining_to_comment_rejects_nothing(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void A_participle_between_a_comma_and_its_agent_tells_no_act() =>
        Assert.DoesNotContain(Find("fr", "Selon le communiqué, l’armée a « neutralisé » une vingtaine d’assaillants lors de la riposte, appuyée par l’aviation."), e => e.TypeName == "SUPPORT");

    [Fact]
    public void A_later_mention_with_no_actor_of_its_own_tells_the_act_again()
    {
        const string text = "Fighters of the ISWAP group ambushed a military convoy near Diffa on Tuesday, local sources said. At least 12 soldiers and two drivers were killed.";

        Assert.Equal("ASSAULT", Assert.Single(Find("en", text), e => e.Counts).TypeName);
    }

    [Fact]
    public void A_noun_that_heads_a_colon_is_the_act_the_clause_after_it_tells()
    {
        var counted = Find("fr", "Bonsoir. Grève à la RATP : les conducteurs ont cessé le travail ce lundi à l’appel de FO.").Where(e => e.Counts).ToList();

        Assert.Equal("PROTEST", Assert.Single(counted).TypeName);
    }

    [Fact]
    public void Insisting_that_something_happened_demands_nothing() =>
        Assert.DoesNotContain(Find("en", "The district official insisted that no ransom had been paid to the kidnappers."), e => e.Counts);

    [Theory]
    [InlineData("en", "CORRECTION: An article on Monday wrongly stated that Peru had expelled the Bolivian consul. We apologise for the error.")]
    [InlineData("fr", "Rectificatif : nous avons écrit par erreur que le Niger avait rappelé son ambassadeur à Alger. Nous prions nos lecteurs de nous excuser.")]
    [InlineData("en", "Brazil's relentless attack finally broke through in the 81st minute with a header from the captain.")]
    [InlineData("fr", "Le XV de France a pris d’assaut la pelouse dès le coup d’envoi et a bombardé la défense galloise de chandelles.")]
    public void Corrections_the_newspapers_own_voice_and_match_reports_tell_no_act(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void Neither_nor_negates_both_acts() =>
        Assert.DoesNotContain(Find("en", "The rebels neither accepted nor rejected the truce offer."), e => e.Counts);

    [Theory]
    [InlineData("en", "Parliament approved a levy on mobile phone calls on Monday.", "REQUEST")]
    [InlineData("en", "The suspect was flown to Madrid to face charges of fraud.", "ACCUSE")]
    public void A_bare_plural_after_a_preposition_is_a_noun_not_a_verb(string language, string text, string type) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts && e.TypeName == type);

    [Theory]
    [InlineData("en", "Reports that Ankara had expelled three Dutch diplomats could not be confirmed.")]
    [InlineData("en", "Rumours that the general had been arrested spread on Friday.")]
    [InlineData("en", "Asked whether Canberra would send troops, the minister said no decision had been made.")]
    [InlineData("en", "The former minister faces corruption charges over a port deal.")]
    [InlineData("en", "Organisers called off the Lagos marathon on Friday because of the heat.")]
    [InlineData("en", "Shares in Seoul retreated on Tuesday.")]
    [InlineData("fr", "Des rumeurs font état d’une rencontre secrète entre émissaires turcs et syriens à Bakou.")]
    [InlineData("en", "Ghana beat Nigeria 2-1 in Accra on Sunday.")]
    [InlineData("en", "A crocodile attacked a fisherman on the Zambezi on Friday.")]
    [InlineData("en", "A leopard attacked and killed a herder near Nakuru on Friday.")]
    [InlineData("fr", "Le buteur sénégalais a ouvert le score d’une frappe du droit.")]
    [InlineData("fr", "Les ministres voteront en juin sur l’ouverture des négociations avec la Géorgie.")]
    [InlineData("en", "European stocks staged a rally on Wednesday.")]
    [InlineData("en", "Thousands of riot police were on the streets of Minsk on Sunday.")]
    public void Reports_questions_nouns_and_other_phrasal_verbs_are_no_acts(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Ankara accused Damascus on Monday of shelling a border town.", "ACCUSE")]
    [InlineData("en", "Farmers blocked the ring road, torching tyres outside the ministry.", "PROTEST")]
    [InlineData("en", "Police deployed 300 officers to the EU-backed mission on Friday.", "MOBILIZE")]
    public void An_alleged_act_a_protest_s_deeds_and_a_compound_adjective_add_no_act(string language, string text, string type)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        Assert.Equal([type], counted.Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("en", "A meeting between the defence ministers of Chile and Peru on the fishing dispute did not take place on Monday.")]
    [InlineData("fr", "La rencontre prévue entre les ministres chilien et péruvien n’a finalement pas eu lieu lundi.")]
    [InlineData("en", "Talks between Chile and Peru were postponed on Monday.")]
    [InlineData("fr", "Les négociations entre le Chili et le Pérou ont été reportées lundi.")]
    [InlineData("fr", "Les pourparlers entre le Chili et le Pérou reprendront en mars à Lima.")]
    public void A_noun_act_said_not_to_happen_or_to_come_does_not_count(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Talks between Chile and Peru took place on Monday in Lima.")]
    [InlineData("fr", "Les négociations entre le Chili et le Pérou ont eu lieu lundi à Lima.")]
    public void A_noun_act_said_to_have_happened_counts(string language, string text) =>
        Assert.Contains(Find(language, text), e => e.Counts && e.TypeName == "CONSULT");

    [Theory]
    [InlineData("en", "Chile resumed gas deliveries to Bolivia on Monday for the first time since talks between Chile and Peru in 1979.", "COOPERATE")]
    [InlineData("en", "Chad and Niger agreed on Friday to reopen their border after three days of talks in Niamey.", "AGREE")]
    [InlineData("fr", "Le Chili a déployé lundi trois bataillons à la frontière, au lendemain d’affrontements entre le Pérou et la Bolivie.", "MOBILIZE")]
    public void A_noun_act_recalled_after_an_act_is_background(string language, string text, string type) =>
        Assert.Equal([type], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Theory]
    [InlineData("en", "Relatives of the victims of last year's attack on a market in Kabul gathered on Sunday.")]
    [InlineData("en", "Monday's deadly strikes on Kharkiv were condemned by Brazil.", "ACCUSE")]
    public void A_noun_act_dated_by_a_possessive_is_background(string language, string text, string? type = null) =>
        Assert.Equal(type is null ? [] : [type], Find(language, text).Where(e => e.Counts).Select(e => e.TypeName));

    [Fact]
    public void A_noun_act_that_is_the_subject_of_a_verb_act_of_its_kind_is_one_act()
    {
        const string Text = "A Kenyan air strike killed four militants near Kismayo on Friday.";

        var counted = Find("en", Text).Where(e => e.Counts).ToList();

        Assert.Equal("killed", Text[counted.Single().Trigger.Start..counted.Single().Trigger.End]);
    }

    [Fact]
    public void A_killing_participle_after_an_attack_told_by_a_verb_is_that_attack_and_gives_it_its_victims()
    {
        const string Text = "Des rebelles ont ouvert le feu mardi sur un convoi près de Gao, tuant trois gendarmes.";

        var attack = Assert.Single(Find("fr", Text), e => e.Counts);

        Assert.Equal("ASSAULT", attack.TypeName);
    }

    [Theory]
    [InlineData("fr", "L’ancien colonel, soupçonné d’avoir participé à l’enlèvement de deux journalistes, vit au Chili.")]
    [InlineData("en", "The former colonel, suspected of taking part in the kidnapping of two reporters, lives in Chile.")]
    [InlineData("en", "Police are questioning a man over the alleged attack on a mosque in Leeds.")]
    public void An_act_one_is_suspected_of_is_not_asserted(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "EU ministers met in Brussels on Monday but stopped short of agreeing on new sanctions.", "AGREE")]
    [InlineData("fr", "Le Conseil s’est abstenu de condamner l’attaque contre le port de Berbera.", "ACCUSE")]
    public void An_act_one_stopped_short_of_or_refrained_from_is_negated(string language, string text, string type) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts && e.TypeName == type);

    [Theory]
    [InlineData("en", "Twenty years after NATO's bombing of the city, the bridge is crowded with tourists again.")]
    [InlineData("fr", "Dix ans après le massacre de la place centrale, les habitants se sont recueillis dimanche.")]
    [InlineData("en", "Analysts expect a summit between the two leaders later this year.")]
    [InlineData("en", "A meeting between the two foreign ministers, tentatively planned for Geneva, did not take place.")]
    public void An_anniversary_an_expectation_or_a_meeting_that_did_not_take_place_is_no_act(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("fr", "Le sommet de l’Union africaine, prévu la semaine prochaine à Addis-Abeba, devrait être dominé par le Soudan.")]
    [InlineData("fr", "La question divise les ministres à la veille du sommet de Bruxelles.")]
    [InlineData("en", "The question divides ministers on the eve of the Brussels summit.")]
    [InlineData("fr", "Des pluies torrentielles ont provoqué des glissements de terrain qui ont coupé la route de Pokhara.")]
    public void A_noun_act_on_the_eve_or_planned_and_an_act_of_nature_are_no_acts(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Theory]
    [InlineData("en", "Unverified posts claimed on Sunday that the general had been arrested in Rostov.")]
    [InlineData("en", "Ebola has now killed more than 2,000 people in the region, the WHO said.")]
    [InlineData("en", "Analysts expect the two blocs to resume trade talks in spring, although no date has been agreed.")]
    public void Unverified_claims_diseases_and_a_subject_that_is_none_make_no_act(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);

    [Fact]
    public void An_ed_participle_after_the_object_of_an_act_qualifies_it() =>
        Assert.Equal(["RETREAT"], Find("en", "Rebels set free 12 fishermen abducted off the coast in May.").Where(e => e.Counts).Select(e => e.TypeName));

    [Fact]
    public void Money_released_is_aid_not_a_release_of_captives()
    {
        var aid = Assert.Single(Find("en", "The World Bank on Monday released a $400 million loan tranche to Ecuador."), e => e.Counts);

        Assert.Equal("AID", aid.TypeName);
    }

    [Theory]
    [InlineData("en", "“Nobody has been arrested over the video,” the regional police commander told reporters on Monday.")]
    [InlineData("en", "Nordic equities retreated for a second day as investors fled energy stocks, and government bond yields were stable.")]
    [InlineData("en", "Traders described the sell-off as an assault on anything exposed to gas.")]
    [InlineData("fr", "« Les vendeurs ont pris d’assaut le marché dès l’ouverture », résume un gérant lyonnais.")]
    public void No_one_acting_and_markets_fighting_make_no_event(string language, string text) =>
        Assert.DoesNotContain(Find(language, text), e => e.Counts);
}
