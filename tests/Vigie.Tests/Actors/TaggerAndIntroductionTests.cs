using Vigie.Actors;
using Vigie.Entities;
using Vigie.Kb;
using Vigie.Tests.Kb;

namespace Vigie.Tests.Actors;

/// <summary>
/// How the actor linker takes the named-entity tagger's mentions, and how it reads the phrases that
/// introduce people (« la gouverneure de la région, Olena Marchenko »). Tagger mentions are given by
/// hand, so each test shows one rule whatever the shipped model says.
/// </summary>
public sealed class TaggerAndIntroductionTests
{
    private static EntityMention Tagged(string text, string words, EntityType type)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new EntityMention(start, start + words.Length, type, 0.9);
    }

    [Fact]
    public void A_tagged_type_does_not_overrule_the_knowledge_base()
    {
        const string text = "Moscow has accused the rebels.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Moscow", EntityType.Person)]);

        Assert.Equal("country:RUS", run.IdAt("Moscow"));
    }

    [Fact]
    public void A_tagged_span_that_only_joins_known_names_is_left_to_them()
    {
        const string text = "Talks between Washington and Moscow resumed.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Washington and Moscow", EntityType.Organization)]);

        Assert.Null(run.At("Washington and Moscow"));
        Assert.Equal("country:RUS", run.IdAt("Moscow"));
    }

    [Fact]
    public void A_title_at_the_start_of_a_tagged_name_is_not_part_of_it()
    {
        const string text = "Secretary of State Jonah Pell was sworn in on Tuesday.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "State Jonah Pell", EntityType.Person)]);

        var entity = run.At("Jonah Pell");
        Assert.NotNull(entity);
        Assert.Equal(ActorKind.Person, entity.Kind);
        Assert.Null(run.At("State Jonah Pell"));
    }

    [Fact]
    public void Names_after_a_title_are_read_even_when_the_tagger_missed_them()
    {
        const string text = "Le général Étienne Varlan a inspecté la base. Mme Odile Ferrand a visité Varsovie.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Odile Ferrand", EntityType.Person)]);

        Assert.Equal(ActorKind.Person, run.At("Étienne Varlan")?.Kind);
        Assert.Equal(ActorKind.Person, run.At("Odile Ferrand")?.Kind);
    }

    [Fact]
    public void A_pronoun_after_a_long_quotation_still_finds_the_speaker_introduced_before_it()
    {
        const string text = "La députée Odile Ferrand a défendu l’accord. « Il ouvre des marchés. Il protège nos éleveurs. Il comporte des garanties. » a-t-elle insisté.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Odile Ferrand", EntityType.Person)]);

        var mention = run.MentionAt("elle");
        Assert.Equal(MentionSource.Coref, mention.How);
        Assert.Same(run.At("Odile Ferrand"), run.Entities.Single(e => e.Mentions.Contains(mention)));
    }

    [Theory]
    [InlineData("fr", "La gouverneure de la région frontalière, Olena Varga, a visité les abris. La gouverneure a promis des travaux.", "Olena Varga", "La gouverneure")]
    [InlineData("fr", "Le vice-ministre polonais de la Défense, Jan Rudzki, a reçu une délégation. Le vice-ministre a parlé du corridor.", "Jan Rudzki", "Le vice-ministre")]
    [InlineData("en", "Ambassador Kari Lunde presented the plan in Oslo. The ambassador said it was ready.", "Kari Lunde", "The ambassador")]
    [InlineData("fr", "L’ambassadrice Agnès Morvan a reçu les exportateurs. La diplomate a promis un soutien.", "Agnès Morvan", "La diplomate")]
    [InlineData("fr", "Le procès s’est ouvert sous la présidence de la juge Hélène Corvel. La magistrate a rappelé les règles.", "Hélène Corvel", "La magistrate")]
    [InlineData("fr", "Le médiateur nommé par l’Union africaine, le Russe Oleg Varin, a rencontré les délégués. Le diplomate a salué leur esprit.", "Oleg Varin", "Le diplomate")]
    [InlineData("en", "Port authority chief Ada Nwachukwu pleaded not guilty. The former official told reporters the case was political.", "Ada Nwachukwu", "The former official")]
    [InlineData("en", "Club treasurer Rhys Morgan was jailed on Friday. The ex-official told the court he was sorry.", "Rhys Morgan", "The ex-official")]
    [InlineData("en", "Chile's foreign minister, Ana Tello, met his Peruvian counterpart in Lima. The minister said talks went well.", "Ana Tello", "The minister")]
    [InlineData("en", "Admiral Tove Lindqvist inspected the frigate in Karlskrona. The officer said the repairs were done.", "Tove Lindqvist", "The officer")]
    public void A_head_noun_that_introduced_a_person_stands_for_that_person(string language, string text, string name, string noun)
    {
        var run = Linking.Of(text, language: language, mentions: [Tagged(text, name, EntityType.Person)]);

        // The noun of the second sentence, not the words that introduced the person.
        var entity = run.At(noun, text.IndexOf('.', StringComparison.Ordinal));
        Assert.NotNull(entity);
        Assert.Equal(name, entity.Name);
    }

    [Fact]
    public void The_capitalised_words_after_an_inverted_said_are_a_persons_name()
    {
        const string text = "“The reservoirs are at a record low,” said Temba Mvula, who runs the utility.";
        var run = Linking.Of(text, language: "en");

        Assert.Equal(ActorKind.Person, run.At("Temba Mvula")?.Kind);
    }

    /// <summary>People whose surnames are common English words, given names, and a town named like a given name.</summary>
    private static readonly Lazy<KnowledgeBase> SurnameWords = new(() => TestKnowledgeBase.Load("""
        actor	p:young	person	Helen Young	GBR
        alias	p:young	*	Young	surname
        actor	p:bell	person	Ralph Bell	GBR
        alias	p:bell	*	Bell	surname
        actor	p:church	person	Ada Church	GBR
        alias	p:church	*	Church	surname
        actor	p:park	person	Park Min-jun	KOR
        alias	p:park	*	Park	surname
        actor	town:austin	place	Austin	USA
        alias	town:austin	*	Austin
        words	en	young bell church park energy the
        words	given	marcus sarah grace victoria austin
        """));

    [Theory]
    [InlineData("The harbour master, Marcus Bell, closed the quay on Friday.", "Marcus Bell")]
    [InlineData("Officials said Sarah Young would chair the inquiry.", "Sarah Young")]
    public void A_surname_that_is_also_a_common_word_still_ends_a_persons_name(string text, string name)
    {
        var run = Linking.Of(text, language: "en", kb: SurnameWords.Value);

        Assert.Equal(ActorKind.Person, run.At(name)?.Kind);
    }

    [Theory]
    [InlineData("Hundreds gathered in Victoria Park on Sunday.", "Victoria Park")]
    [InlineData("The choir sang at Grace Church before the vote.", "Grace Church")]
    [InlineData("Shares of Austin Young rose on Monday.", "Austin Young")]
    public void A_given_name_before_a_street_or_building_word_or_naming_a_town_makes_no_person(string text, string words)
    {
        var run = Linking.Of(text, language: "en", kb: SurnameWords.Value);

        Assert.NotEqual(ActorKind.Person, run.At(words)?.Kind);
    }

    [Fact]
    public void The_surname_alone_of_a_person_named_in_full_is_that_person_even_when_the_tagger_missed_it()
    {
        const string text = "Aid worker Lucas Ferreyra was freed on Monday. “I am tired,” Ferreyra told reporters.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Lucas Ferreyra", EntityType.Person)]);

        var full = run.At("Lucas Ferreyra");
        Assert.NotNull(full);
        Assert.Same(full, run.At("Ferreyra", text.IndexOf('“', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_pronoun_that_told_a_persons_gender_keeps_it_for_later_pronouns()
    {
        const string text = "The head of Russia's Paralympic committee, Olga Varnova, toured the village with her team's doctor, Ivan Sokolin. He said three athletes were treated.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Olga Varnova", EntityType.Person), Tagged(text, "Ivan Sokolin", EntityType.Person)]);

        Assert.Equal("Ivan Sokolin", run.At("He")?.Name);
        Assert.DoesNotContain(run.Entities, e => e.Kind == ActorKind.Person && e.KbId is not null);
    }

    [Theory]
    [InlineData("fr", "Me Clara Vidal a déposé plainte jeudi à Rennes. La pénaliste dénonce une enquête bâclée.", "Clara Vidal", "La pénaliste")]
    [InlineData("en", "Wheat grower Amrit Gill joined the blockade on Monday. The 52-year-old said the fines were unfair.", "Amrit Gill", "The 52-year-old")]
    [InlineData("fr", "Yves Kerbrat a fermé samedi sa boulangerie de Lannion. L’artisan part à la retraite.", "Yves Kerbrat", "L’artisan")]
    [InlineData("fr", "Le premier film de Lou Garnier a été primé samedi à Annecy. La réalisatrice prépare déjà le suivant.", "Lou Garnier", "La réalisatrice")]
    [InlineData("en", "Full-back Owain Pryce scored twice on Saturday. The winger said the crowd carried him.", "Owain Pryce", "The winger")]
    public void An_epithet_stands_for_the_one_person_of_the_last_sentences(string language, string text, string name, string epithet)
    {
        var run = Linking.Of(text, language: language, mentions: [Tagged(text, name, EntityType.Person)]);

        Assert.Equal(name, run.At(epithet)?.Name);
    }

    [Fact]
    public void An_epithet_after_two_people_names_no_one()
    {
        const string text = "Coach Tom Reyes and striker Ali Baro met fans on Monday. The billionaire said nothing.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Tom Reyes", EntityType.Person), Tagged(text, "Ali Baro", EntityType.Person)]);

        Assert.Null(run.At("The billionaire"));
    }

    [Fact]
    public void A_head_noun_shared_by_two_people_names_no_one()
    {
        const string text = "La députée Odile Ferrand et la députée Claire Aubrac ont voté contre. La députée a expliqué son choix.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Odile Ferrand", EntityType.Person), Tagged(text, "Claire Aubrac", EntityType.Person)]);

        Assert.Null(run.At("La députée", text.LastIndexOf('.', text.Length - 2)));
    }

    [Fact]
    public void A_french_determiner_tells_the_gender_of_an_unknown_person()
    {
        const string text = "Le ministre croate de l’Énergie, Marko Ilić, a reçu à Zagreb la députée finlandaise Anneli Rask. « Le terminal sera agrandi », a-t-il assuré.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Marko Ilić", EntityType.Person), Tagged(text, "Anneli Rask", EntityType.Person)]);

        var il = run.MentionAt("il", text.IndexOf("-t-il", StringComparison.Ordinal));
        Assert.Equal("Marko Ilić", run.Entities.Single(e => e.Mentions.Contains(il)).Name);
    }

    [Fact]
    public void An_english_object_pronoun_stands_for_a_person_too()
    {
        const string text = "Negotiator Ines Carvo struck a cautious tone. According to her, a deal remains within reach.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Ines Carvo", EntityType.Person)]);

        Assert.Equal("Ines Carvo", run.At("her")?.Name);
    }

    [Fact]
    public void The_one_person_known_to_have_the_pronouns_gender_is_preferred_to_people_of_unknown_gender()
    {
        const string text = "La négociatrice Naoko Ishiro et son homologue Liam Harte ont achevé un cycle de discussions. Elle a salué des progrès, tandis qu’il a parlé de difficultés.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Naoko Ishiro", EntityType.Person), Tagged(text, "Liam Harte", EntityType.Person)]);

        Assert.Equal("Naoko Ishiro", run.At("Elle")?.Name);
        Assert.Equal("Liam Harte", run.At("il", text.IndexOf("qu’il", StringComparison.Ordinal))?.Name);
    }

    [Fact]
    public void An_english_possessive_after_a_name_tells_its_gender()
    {
        const string text = "Negotiator Aiko Tanabe and her counterpart Ben Carrow wrapped up the talks. She said progress had been made.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Aiko Tanabe", EntityType.Person), Tagged(text, "Ben Carrow", EntityType.Person)]);

        Assert.Equal("Aiko Tanabe", run.At("She")?.Name);
    }

    [Fact]
    public void Capitalised_words_that_introduce_a_name_leave_it_the_subject_of_its_sentence()
    {
        const string text = "Energy Minister Luka Horvath hosted Finnish lawmaker Anneli Virta in Zagreb. He said the terminal would grow.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Luka Horvath", EntityType.Person), Tagged(text, "Anneli Virta", EntityType.Person)]);

        Assert.Equal("Luka Horvath", run.At("He")?.Name);
    }

    [Theory]
    [InlineData("en", "A federal judge in Seattle, Evelyn Lianne, blocked the sale. The judge wrote that it would harm the river.", "Evelyn Lianne", "The judge")]
    [InlineData("en", "Kwame Osei, Ghana's chief negotiator in the talks, met officials. The negotiator said more time was needed.", "Kwame Osei", "The negotiator")]
    [InlineData("fr", "Karim Belhadi, infectiologue au CHU de Montpellier, a témoigné mardi. L’infectiologue a parlé des antibiotiques.", "Karim Belhadi", "L’infectiologue")]
    public void A_head_noun_before_a_comma_or_in_apposition_after_the_name_stands_for_the_person(string language, string text, string name, string noun)
    {
        var run = Linking.Of(text, language: language, mentions: [Tagged(text, name, EntityType.Person)]);

        Assert.Equal(name, run.At(noun, text.IndexOf('.', StringComparison.Ordinal))?.Name);
    }

    [Fact]
    public void An_inverted_pronoun_between_commas_inside_a_quotation_is_the_speakers()
    {
        const string text = "La procureure Camille Vassal a parlé mardi. « Les éléments, a-t-elle souligné, sont accablants. »";
        var run = Linking.Of(text, mentions: [Tagged(text, "Camille Vassal", EntityType.Person)]);

        Assert.Equal("Camille Vassal", run.At("elle")?.Name);
    }

    [Fact]
    public void Only_a_noun_that_names_what_a_person_is_introduces_them()
    {
        const string text = "Le président Jan Korel a parlé. Il a évoqué la vidéo montrant Jan Korel à Prague. La vidéo a circulé.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Jan Korel", EntityType.Person)]);

        Assert.Null(run.At("La vidéo"));
        Assert.Null(run.At("la vidéo"));
    }

    [Fact]
    public void A_name_the_tagger_took_for_an_organisation_is_a_person_when_a_person_noun_introduces_it()
    {
        const string text = "Special envoy Ingrid Bakken met both sides in Jeddah. The envoy said the corridors must open.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Ingrid Bakken", EntityType.Organization)]);

        Assert.Equal(ActorKind.Person, run.At("Ingrid Bakken")?.Kind);
        Assert.Equal("Ingrid Bakken", run.At("The envoy")?.Name);
    }

    [Fact]
    public void The_complement_of_a_title_is_not_the_person_it_introduces()
    {
        const string text = "« Aucune modification des frontières », a martelé la vice-présidente du Parlement moldave, Doina Cebanu.";
        var run = Linking.Of(text, mentions: [Tagged(text, "Parlement moldave", EntityType.Organization), Tagged(text, "Doina Cebanu", EntityType.Person)]);

        Assert.NotEqual(ActorKind.Person, run.At("Parlement moldave")?.Kind);
    }

    [Theory]
    [InlineData("fr", "Le gouvernement chinois a assuré mardi qu’il ne relèverait pas ses droits de douane.", "gouvernement chinois", "country:CHN")]
    [InlineData("fr", "Les autorités russes ont fermé le port.", "autorités russes", "country:RUS")]
    [InlineData("en", "The American government said on Friday it would double the patrols.", "American government", "country:USA")]
    public void A_demonym_with_a_noun_for_the_government_is_one_mention_of_the_state(string language, string text, string phrase, string kbId)
    {
        var run = Linking.Of(text, language: language);

        Assert.Equal(kbId, run.IdAt(phrase));
    }

    [Fact]
    public void A_french_ministry_named_after_its_head_noun_and_an_adjective_is_one_organisation()
    {
        const string text = "Deux navires ont quitté le port, a précisé le ministère russe de la Défense. Le ministère a ajouté qu’un troisième suivrait.";
        var run = Linking.Of(text, language: "fr");

        var ministry = run.At("ministère russe de la Défense");
        Assert.NotNull(ministry);
        Assert.Null(run.At("russe"));
        Assert.Contains("Le ministère", run.Texts(ministry));
    }

    [Theory]
    [InlineData("Le parquet de Moscou a ouvert une enquête. Le parquet a précisé que la victime était seule.", "parquet de Moscou", "Moscou", "Le parquet")]
    [InlineData("La cour administrative d’appel de Pékin a annulé l’arrêté. La cour a jugé l’étude incomplète.", "cour administrative d’appel de Pékin", "Pékin", "La cour")]
    public void A_french_institution_named_after_a_place_is_one_organisation_its_head_noun_stands_for(string text, string name, string place, string noun)
    {
        var run = Linking.Of(text, language: "fr");

        var institution = run.At(name);
        Assert.NotNull(institution);
        Assert.Null(run.At(place));
        Assert.Contains(noun, run.Texts(institution));
    }

    [Theory]
    [InlineData("L’agence régionale de santé a répondu aux élus.", "agence régionale de santé")]
    [InlineData("Le parquet général a salué un arrêt courageux.", "parquet général")]
    [InlineData("L’Office national des digues a estimé le coût des travaux.", "Office national des digues")]
    public void A_french_organisation_described_in_lower_case_words_before_a_verb_is_one_organisation(string text, string name)
    {
        var run = Linking.Of(text, language: "fr");

        Assert.Equal(name, run.At(name)?.Name);
    }

    [Theory]
    [InlineData("La commission a estimé le coût des travaux.", "commission")]
    [InlineData("L’agence de Paul a ouvert mardi.", "agence de")]
    public void A_french_head_noun_alone_or_before_de_and_a_name_is_no_described_organisation(string text, string words)
    {
        var run = Linking.Of(text, language: "fr");

        Assert.Null(run.At(words));
    }

    [Fact]
    public void A_particle_joined_by_a_hyphen_after_a_tagged_name_belongs_to_it()
    {
        const string text = "The spokesman, Osman Kheir al-Sayed, said the army would respect the truce.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Osman Kheir", EntityType.Person)]);

        Assert.Equal("Osman Kheir al-Sayed", run.At("Osman Kheir al-Sayed")?.Name);
    }

    [Theory]
    [InlineData("fr", "Forges de Bourges Défense (FBD) a annoncé jeudi un plan. FBD embauchera.", "Forges de Bourges Défense", "Défense")]
    [InlineData("en", "The Baltic Fibre Link Company (BFLC) said traffic was rerouted.", "Baltic Fibre Link Company", "Link Company")]
    public void Words_whose_initials_spell_the_acronym_in_brackets_after_them_are_one_organisation(string language, string text, string name, string tagged)
    {
        var run = Linking.Of(text, language: language, mentions: [Tagged(text, tagged, EntityType.Organization)]);

        var organisation = run.At(name);
        Assert.Equal(name, organisation?.Name);
        Assert.Contains(run.Texts(organisation!), t => t is "FBD" or "BFLC");
    }

    [Fact]
    public void The_surname_of_a_person_the_tagger_took_for_a_place_joins_the_person()
    {
        const string text = "A former official, Corneliu Vasilache, was sentenced on Wednesday. Vasilache, 58, was led away.";
        var alone = text.IndexOf("Vasilache, 58", StringComparison.Ordinal);
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "Corneliu Vasilache", EntityType.Person), new EntityMention(alone, alone + 9, EntityType.Location, 0.9)]);

        Assert.Same(run.At("Corneliu Vasilache"), run.At("Vasilache", alone));
    }

    [Fact]
    public void A_tagged_span_of_lower_case_words_names_no_one()
    {
        const string text = "Local elder Abdirahman Jama told reporters the dead were herders.";
        var run = Linking.Of(text, language: "en", mentions: [Tagged(text, "elder", EntityType.Person), Tagged(text, "Abdirahman Jama", EntityType.Person)]);

        Assert.Null(run.At("elder"));
        Assert.NotNull(run.At("Abdirahman Jama"));
    }

    [Fact]
    public void A_capitalised_french_demonym_after_the_is_the_one_person_of_that_country_named_before()
    {
        var run = Linking.Of("Vladimir Poutine a reçu Xi Jinping au Kremlin. Interrogé sur la guerre, le Russe a balayé la question.", language: "fr");

        Assert.Equal("Q7747", run.IdAt("Russe"));
    }

    [Fact]
    public void A_capitalised_french_demonym_stays_the_state_when_no_one_or_several_of_that_country_were_named()
    {
        var run = Linking.Of("Xi Jinping est arrivé à Moscou. Le Russe a répondu aux journalistes.", language: "fr");

        Assert.Equal("country:RUS", run.IdAt("Russe"));
    }

    [Theory]
    [InlineData("Le secrétaire général de l’Otan est arrivé à Moscou.", "Otan")]
    [InlineData("La Nato a tenu son sommet.", "Nato")]
    public void A_long_acronym_written_with_one_capital_is_still_the_organisation(string text, string words)
    {
        var run = Linking.Of(text, language: "fr");

        Assert.Equal("Q7184", run.IdAt(words));
    }

    [Fact]
    public void A_french_institution_head_before_a_name_that_is_no_place_makes_no_organisation()
    {
        var run = Linking.Of("La commission de Jean Moreau a rendu son avis.", language: "fr");

        Assert.Null(run.At("commission de Jean Moreau"));
    }

    [Theory]
    [InlineData("L’Observatoire alpin du changement climatique a publié mardi son rapport.", "Observatoire alpin", "Observatoire alpin du changement climatique")]
    [InlineData("L’Union syndicale des agents portuaires a dénoncé la fermeture.", "Union syndicale", "Union syndicale des agents portuaires")]
    [InlineData("La Commission électorale nationale indépendante a publié les résultats.", "Commission électorale nationale", "Commission électorale nationale indépendante")]
    [InlineData("La Fédération internationale de voile et de surf a reporté les épreuves.", "Fédération internationale de voile", "Fédération internationale de voile et de surf")]
    public void A_french_organisation_name_the_tagger_ended_early_goes_on_over_its_complement(string text, string tagged, string name)
    {
        var run = Linking.Of(text, mentions: [Tagged(text, tagged, EntityType.Organization)]);

        Assert.Equal(name, run.At(name)?.Name);
    }

    [Theory]
    [InlineData("fr", "La Confédération paysanne a appelé jeudi à bloquer les routes du Gers. Le syndicat dénonce la baisse des aides.", "Confédération paysanne", "Le syndicat")]
    [InlineData("en", "Nurses will strike on Monday, the Scottish Nurses Association said. The union said talks had failed.", "Scottish Nurses Association", "The union")]
    public void A_union_noun_stands_for_the_one_organisation_named_as_a_union(string language, string text, string name, string noun)
    {
        var run = Linking.Of(text, language: language, mentions: [Tagged(text, name, EntityType.Organization)]);

        var union = run.At(name);
        Assert.NotNull(union);
        Assert.Same(union, run.At(noun));
    }

    [Fact]
    public void A_month_is_no_town_of_its_name()
    {
        var kb = TestKnowledgeBase.Load("""
            actor	town:march	place	March	GBR
            alias	town:march	*	March
            """);
        var run = Linking.Of("The line will close on four weekends in March.", language: "en", kb: kb);

        Assert.Null(run.At("March"));
    }
}
