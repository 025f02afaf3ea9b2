using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Quotes;

/// <summary>
/// Who a quote's speaker words resolve to, through the whole pipeline (tagger, actor stage, quotes) on
/// sentences written for each rule.
/// </summary>
public sealed class SpeakerAttributionTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    private static (string? Speaker, string? Words) SpeakerOf(string language, string text, string quoteStart)
    {
        var analysis = Pipeline.Analyze(Article.Create(text, new DateOnly(2025, 6, 3), language: language));
        var quote = Assert.Single(analysis.Quotes, q => text[q.Content.Start..].StartsWith(quoteStart, StringComparison.Ordinal));
        var entity = analysis.Entities.FirstOrDefault(e => e.Id == quote.SpeakerId);
        return (entity?.Name, quote.Speaker is { } s ? text[s.Start..s.End] : null);
    }

    [Theory]
    [InlineData("fr", "« Il nous manque des pièces pour nos avions », a reconnu un officier de l’armée de l’Air sous couvert d’anonymat.", "Il nous manque")]
    [InlineData("en", "“They are probing our radar coverage,” one Western military official said on Monday.", "They are probing")]
    [InlineData("en", "“In some villages nothing is left standing,” a United Nations official in Abéché said.", "In some villages")]
    public void An_unnamed_source_has_no_speaker_even_when_its_words_name_an_organisation(string language, string text, string quoteStart)
    {
        Assert.Null(SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Uganda’s Ruth Achieng won the Lisbon half marathon on Sunday, pulling away from Kenya’s Joyce Wambui and Ethiopia’s Tigist Alemu. The 24-year-old told reporters: “I waited for the last hill.”", "I waited", "Ruth Achieng")]
    [InlineData("fr", "Le skieur Hugo Villard a remporté dimanche le slalom de Méribel. « J’ai enfin skié libéré », a confié le Savoyard de 23 ans.", "J’ai enfin", "Hugo Villard")]
    [InlineData("en", "Ama Mensah, 19, set a national record in the 400 metres on Saturday. The Leeds sprinter told the BBC: “My legs felt different today.”", "My legs", "Ama Mensah")]
    [InlineData("fr", "Le talonneur fidjien Josua Vakarua a marqué deux essais samedi face à Pau. « On a tenu en mêlée », a-t-il dit.", "On a tenu", "Josua Vakarua")]
    public void An_epithet_an_age_or_a_place_before_a_noun_stands_for_the_person_of_the_sentence_before(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "« J’ai promis à ma fille de rester à terre », répond la navigatrice Lise Kervella. Avant d’ajouter, dans un sourire : « L’hiver, ça passe vite. »", "L’hiver, ça passe", "Lise Kervella")]
    [InlineData("en", "“We will rebuild,” the mayor, Tom Ashby, said. Before adding: “It will take years.”", "It will take years", "Tom Ashby")]
    [InlineData("fr", "« J’ai couru », a raconté Yves Morand, 48 ans. Interrogé par l’avocate de la défense, Me Claude Vernier, sur l’heure, il a estimé qu’il était « presque minuit ».", "presque minuit", "Yves Morand")]
    [InlineData("en", "“I loved that shop,” Carl Denning told the court. Questioned by the prosecutor, Dale Mercer, he said he had “no idea” how the fire began.", "no idea", "Carl Denning")]
    [InlineData("en", "Kim Ryder said stocks were normal, while Gail Penrose, an organiser for the Dockers' Union, accused the port of “gambling with jobs”.", "gambling with jobs", "Gail Penrose")]
    [InlineData("fr", "L’entraîneur du FC Morlanne, Hervé Colas, a salué la victoire. Le technicien a confirmé que son gardien était « touché au genou ».", "touché au genou", "Hervé Colas")]
    [InlineData("fr", "Le syndicat Sud-Santé appelle à la grève. Son secrétaire départemental, Loïc Maurel, réclame des renforts. Le syndicaliste a prévenu que la grève durerait « aussi longtemps qu’il faudra ».", "aussi longtemps", "Loïc Maurel")]
    [InlineData("en", "Harlow Brewing reported record sales on Tuesday. The company said it would open a taproom in York.", "it would open", "Harlow Brewing")]
    [InlineData("fr", "Les salariés de l’usine Vernelle ont voté la grève. Selon Vernelle, 30 % des salariés étaient absents mardi.", "30 % des salariés", "Vernelle")]
    public void Who_goes_on_after_an_aside_a_sequel_or_a_broader_noun(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "« Le texte est solide », a déclaré la ministre Aline Roche.\nSelon une source diplomatique, les discussions ont buté sur le carburant. « Chacun voulait que l’autre paie », résume-t-elle.", "Chacun voulait")]
    public void A_pronoun_right_after_an_unnamed_source_is_that_source(string language, string text, string quoteStart)
    {
        Assert.Null(SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_reporters_question_is_the_one_who_answers()
    {
        const string text = "The skier Ines Vogt pulled out on Friday. “Will you race in March?” one reporter asked. “I hope so,” she said.";

        Assert.Equal("Ines Vogt", SpeakerOf("en", text, "I hope so").Speaker);
    }

    [Theory]
    [InlineData("en", "The paramilitary Rapid Support Forces said its fighters had “left the town in good order”.", "left the town", "Rapid Support Forces")]
    [InlineData("fr", "Les Forces de soutien rapide ont affirmé que leurs hommes tenaient « toutes les routes ».", "toutes les routes", "Rapid Support Forces")]
    [InlineData("en", "A spokesman for Hamas said the talks would resume. “We are ready,” he said.", "the talks would", "Hamas")]
    public void An_armed_group_speaks_like_an_organisation(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Chile's Marco Fuentes, 24, beat Peru's Diego Salas in the final. Salas lost in three sets. “I had nothing left,” the Peruvian said.", "I had nothing", "Diego Salas")]
    [InlineData("en", "Chile's trade minister, Marco Fuentes, met his Peruvian counterpart, Diego Salas, in Lima. “We will meet again in May,” the Chilean told reporters.", "We will meet", "Marco Fuentes")]
    [InlineData("fr", "La cinéaste chilienne Ana Fuentes a rencontré la productrice péruvienne Rosa Salas à Cannes. « Nous tournerons à Lima », a déclaré la Péruvienne.", "Nous tournerons", "Rosa Salas")]
    [InlineData("en", "Peru's Diego Salas beat Chile's Marco Fuentes in Lima. Salas was clear. “I was strong today,” he said. Fuentes shook his hand. “He was better,” the Chilean said.", "He was better", "Marco Fuentes")]
    [InlineData("en", "Kenya's foreign minister, Rose Wanjiru, met her Ugandan counterpart, Grace Namara, in Nairobi. “We will open the border,” the Ugandan minister said.", "We will open", "Grace Namara")]
    public void A_demonym_noun_or_a_demonym_before_a_role_stands_for_the_one_person_its_country_was_given_to(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Team manager Julien Macron praised the defence after the draw. “We never panicked,” Macron said.", "We never panicked", "Julien Macron")]
    [InlineData("en", "The reporter, Anna Berg, asked about a patient who waited two days at Bristol’s Queen Mary University Hospital. “Was that a failure?” she asked.", "Was that a failure", "Anna Berg")]
    [InlineData("en", "Defence barrister Thomas Greaves, KC, told the court: “My client was never in Dover that night.”", "My client was never", "Thomas Greaves")]
    public void A_surname_an_honour_and_a_building_are_read_within_the_article(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Les ministres de l’Agriculture se sont réunis lundi à Bruxelles. Selon la délégation irlandaise, les quotas seront revus en mars.", "les quotas seront", "délégation irlandaise")]
    [InlineData("fr", "Le poète Aurélien Masse a reçu jeudi le prix Apollinaire. « Je n’écris que la nuit », a confié l’auteur.", "Je n’écris", "Aurélien Masse")]
    [InlineData("fr", "Un porte-parole de la Croix-Rouge a indiqué que deux convois étaient bloqués. « Nous attendons depuis lundi », a-t-il ajouté.", "Nous attendons", "Croix-Rouge")]
    public void A_delegation_a_broader_noun_and_a_spokespersons_pronoun_find_who_speaks(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "The University of Tartu will close two campuses next year, the university said on Monday.", "The University of Tartu will", "University of Tartu")]
    [InlineData("en", "A spokesman for the Danish embassy said the visit had been postponed. “We regret the delay,” the spokesman added.", "We regret", "Danish embassy")]
    [InlineData("en", "Lithuania’s Ministry of Energy said the line would reopen in May.", "the line would", "Lithuania’s Ministry of Energy")]
    public void An_organisation_named_head_first_and_its_spokesman_speak_again(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Chile's Marco Fuentes, 24, beat Peru's Diego Salas, 31, in Lima. “I was tired,” Salas said. “I kept going,” the 24-year-old said.", "I kept going", "Marco Fuentes")]
    [InlineData("fr", "Le Chilien Marco Fuentes, 24 ans, a battu le Péruvien Diego Salas, 31 ans, à Lima. « J’étais fatigué », a dit Salas. « J’ai tenu », a confié le vainqueur de 24 ans.", "J’ai tenu", "Marco Fuentes")]
    public void An_age_epithet_stands_for_the_person_given_that_age(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Le maire, Paul Guérin, a défendu le projet, tandis que son adversaire, Marc Olivier, le combattait. « Le chantier commence en mai », a assuré le premier. « Personne n’a été consulté », a fulminé le second.", "Personne n’a", "Marc Olivier")]
    [InlineData("en", "The mayor, Paul Grant, backed the plan, while his rival, Mark Oliver, fought it. “Work starts in May,” the former said. “Nobody was asked,” the latter said.", "Nobody was", "Mark Oliver")]
    public void The_former_and_the_latter_are_the_two_people_last_named_together(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_possessor_and_the_name_in_apposition_is_the_named_one()
    {
        const string text = "Judge Ruth Hale jailed Wendy Marsh on Friday. Marsh's lawyer, Carol Penn, said the sentence was harsh. She added that Marsh would appeal.";
        Assert.Equal("Carol Penn", SpeakerOf("en", text, "Marsh would appeal").Speaker);
    }

    [Fact]
    public void The_agent_of_an_aside_in_the_subject_is_not_the_speaker()
    {
        const string text = "The group, led since 2019 by Tomas Whitcombe, said demand had fallen.";
        Assert.NotEqual("Tomas Whitcombe", SpeakerOf("en", text, "demand had fallen").Speaker);
    }

    [Theory]
    [InlineData("en", "Fares will rise by 4% in May. Nordvale Railways said the money would pay for new trains. The operator added that delays had fallen by a third.", "delays had fallen", "Nordvale Railways")]
    [InlineData("fr", "Les tarifs augmenteront en mai. Ferlignes Transports a indiqué que la hausse financerait de nouveaux trains. L’opérateur a ajouté que les retards avaient baissé.", "les retards avaient", "Ferlignes Transports")]
    public void A_company_role_noun_stands_for_the_one_organisation_named_before(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void A_given_name_alone_is_the_one_person_named_in_full_who_bears_it()
    {
        const string text = "Nora Quill runs the bakery with her grandfather, Edwin Quill. “We bake at four,” Nora says. “I taught her everything,” Edwin says.";
        Assert.Equal("Nora Quill", SpeakerOf("en", text, "We bake").Speaker);
    }

    [Fact]
    public void A_described_name_in_apposition_after_an_inverted_cue_is_the_speaker()
    {
        const string text = "The probe went silent on Tuesday. “We are still listening,” said the mission’s flight director, Chilean engineer Rosa Quispe, at a briefing.";
        Assert.Equal("Rosa Quispe", SpeakerOf("en", text, "We are still").Speaker);
    }

    [Fact]
    public void An_epithet_right_after_a_quote_stands_for_the_subject_of_the_last_narrative_sentence()
    {
        const string text = "Peter Otieno, the captain, was furious with the referee, Paolo Ventura. “He dived. Everybody saw it,” the defender said.";
        Assert.Equal("Peter Otieno", SpeakerOf("en", text, "He dived").Speaker);
    }

    [Fact]
    public void An_ordinal_before_a_noun_is_no_one_of_two()
    {
        const string text = "Le maire, Paul Guérin, et son adversaire, Marc Olivier, se sont croisés. « Rien n’est joué », a déclaré le premier ministre.";
        Assert.Null(SpeakerOf("fr", text, "Rien n’est").Speaker);
    }

    [Fact]
    public void A_demonym_before_a_common_noun_stays_its_state()
    {
        const string text = "Chile's trade minister, Marco Fuentes, met officials in Lima. “We will meet again,” the Chilean side said.";
        Assert.NotEqual("Marco Fuentes", SpeakerOf("en", text, "We will meet").Speaker);
    }

    [Theory]
    [InlineData("fr", "Le salon a ouvert ses portes mardi, en présence de la directrice générale de la foire, Odile Marchand. « Nous attendons 80 000 visiteurs », a indiqué la directrice.", "Nous attendons", "Odile Marchand")]
    public void An_introduction_after_a_preposition_gives_its_head_to_the_person(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Rents rose by a fifth in the city last year, according to the Nashik Mahanagar Palika.", "Rents rose", "Nashik Mahanagar Palika")]
    [InlineData("fr", "SNCF Fret a indiqué mardi que la ligne rouvrirait en juin.", "la ligne rouvrirait", "SNCF Fret")]
    public void A_name_read_as_a_place_that_speaks_is_an_organisation(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "State Senator Brenda Okafor introduced a bill on rents. Its main opponent, landlord Victor Hensley, said it would fail. “Tenants cannot wait,” she told reporters.", "Tenants cannot", "Brenda Okafor")]
    [InlineData("fr", "Une équipe menée par Hélène Marchetti a daté les cendres. Elle a travaillé avec le laboratoire de Thomas Keller, à Berne. « C’est une date très précise », ajoute la chercheuse.", "C’est une date", "Hélène Marchetti")]
    public void A_given_name_borne_by_one_sex_rules_out_the_other_pronoun_or_role_noun(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Brahim Ouazzani, président d’une coopérative d’oliviers près de Meknès, a montré mardi ses arbres secs. Son constat : « Sans pluie en mars, la récolte est perdue. »", "Sans pluie", "Brahim Ouazzani")]
    [InlineData("fr", "La juge Claire Moutier, qui quitte le tribunal administratif de Nantes après vingt ans de carrière, se souvient d’un dossier en particulier : « Un père m’a supplié de garder sa fille. »", "Un père", "Claire Moutier")]
    public void A_colon_introduction_with_a_possessive_or_a_long_subject_gives_its_person(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void A_chief_medical_officer_is_not_the_chief_of_the_state()
    {
        const string text = "Australia's chief medical officer, Professor Leo Marchal, said the outbreak had peaked. “Two doses protect,” he said.";

        Assert.Equal("Leo Marchal", SpeakerOf("en", text, "Two doses").Speaker);
    }

    [Fact]
    public void A_quotation_paragraph_with_no_cue_belongs_to_the_person_who_opens_the_paragraph_before()
    {
        const string text = "La présidente de l’agence régionale de l’eau, Odile Ferrand, a ouvert mardi le congrès par un long plaidoyer.\n\n« Nos nappes baissent depuis dix ans, et personne ne veut payer les réseaux. Il est temps d’agir. »";

        Assert.Equal("Odile Ferrand", SpeakerOf("fr", text, "Nos nappes").Speaker);
    }

    [Fact]
    public void A_quotation_with_no_cue_after_narrative_about_one_person_in_its_paragraph_is_theirs()
    {
        const string text = "The lifts of Harlow Court have been broken for a month.\n\nMavis Okoro, who has lived on the top floor since 1981, is 79. “I climb twelve floors with my shopping. Some days I rest on every landing.”";

        Assert.Equal("Mavis Okoro", SpeakerOf("en", text, "I climb").Speaker);
    }

    [Fact]
    public void A_quotation_with_no_cue_after_narrative_about_two_people_in_its_paragraph_has_no_speaker()
    {
        const string text = "Mavis Okoro and her neighbour Ruth Ames have lived there since 1981. “We climb twelve floors with our shopping. Some days we rest on every landing.”";

        Assert.Null(SpeakerOf("en", text, "We climb").Speaker);
    }

    [Fact]
    public void A_quotation_paragraph_after_a_paragraph_with_two_people_has_no_speaker()
    {
        const string text = "Odile Ferrand et Claire Aubrac ont ouvert mardi le congrès par un long plaidoyer.\n\n« Nos nappes baissent depuis dix ans, et personne ne veut payer les réseaux. Il est temps d’agir. »";

        Assert.Null(SpeakerOf("fr", text, "Nos nappes").Speaker);
    }

    [Fact]
    public void A_company_noun_is_not_an_organisation_introduced_as_something_else()
    {
        const string text = "Workers at the Fenwick shell plant walked out on Tuesday. The Unite union said pay had fallen. In a statement, the company said: “Our offer is fair.”";

        Assert.NotEqual("Unite", SpeakerOf("en", text, "Our offer is fair").Speaker);
    }

    [Fact]
    public void A_body_noun_that_describes_another_noun_names_no_body()
    {
        var speaker = SpeakerOf("en", "Chile’s army chief said the drills would go ahead.", "the drills would").Speaker;

        Assert.DoesNotContain("army", speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_after_two_people_gives_no_one()
    {
        const string text = "Brahim Ouazzani et Karim Alaoui ont montré mardi leurs arbres secs. Son constat : « Sans pluie en mars, la récolte est perdue. »";

        Assert.Null(SpeakerOf("fr", text, "Sans pluie").Speaker);
    }

    [Theory]
    [InlineData("en", "Shares in Chilean salmon producer Marevia fell on Tuesday after a parasite outbreak. “We expect the farms to recover within months,” the company said in a statement.", "We expect the farms", "Marevia")]
    [InlineData("en", "“The customers and the money are in Germany,” Finnish startup Ruuvilo explained in a statement.", "The customers", "Ruuvilo")]
    [InlineData("fr", "Le club Castelnau Rugby a suspendu son talonneur samedi. Dans un communiqué, le club a précisé : « Nous ne tolérerons aucune violence. »", "Nous ne tolérerons", "Castelnau Rugby")]
    [InlineData("en", "The Australian Grain Growers Council said the new rules were unworkable. “We will fight them,” the council said.", "We will fight", "Australian Grain Growers Council")]
    [InlineData("en", "The Tasman Wool and Mohair Association said prices would fall. “Buyers have vanished,” the association said.", "Buyers have", "Tasman Wool and Mohair Association")]
    [InlineData("en", "The Coastal Fishers' Federation said the quotas were too low. “Boats will stay in port,” the federation said.", "Boats will stay", "Coastal Fishers' Federation")]
    [InlineData("en", "Kestrel Orbital Semiconductor said it would open a plant. “We need engineers,” the chipmaker said.", "We need", "Kestrel Orbital Semiconductor")]
    [InlineData("en", "The Alberta Nurses' Federation called a strike for Monday. In a statement, the union wrote: “Patients are paying the price.”", "Patients are", "Alberta Nurses' Federation")]
    [InlineData("fr", "Le fabricant de batteries Voltanor a annoncé lundi la fermeture d’une usine. « Nous n’avons plus de commandes », a expliqué l’entreprise dans un communiqué.", "Nous n’avons plus", "Voltanor")]
    public void A_noun_that_introduced_an_organisation_stands_for_it_later(string language, string text, string quoteStart, string organization)
    {
        Assert.Equal(organization, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "“The crew is safe,” the space agency's spokeswoman, Anjali Rao-Varma, wrote on social media.", "The crew is safe", "Anjali Rao-Varma")]
    [InlineData("en", "The Tasmanian Salmon Farmers Federation said on Monday that the quotas were “reckless” and urged Hobart to act.", "reckless", "Tasmanian Salmon Farmers Federation")]
    [InlineData("en", "In a garage near Dnipro, Iryna Bondar-Leshchenko repairs radios for the army. “We fix forty a week,” she says.", "We fix forty", "Iryna Bondar-Leshchenko")]
    [InlineData("en", "Trade envoy Takeshi Moriyama landed in Ottawa on Monday. “We came to listen,” said Mr. Moriyama at the airport.", "We came to listen", "Takeshi Moriyama")]
    [InlineData("fr", "La directrice de l’usine, Claire Montbrun-Sauval, a reçu les syndicats lundi. Trois cents emplois sont menacés. La production a baissé de moitié en un an. Interrogée sur l’avenir, elle a assuré que « le site ne fermera pas ».", "le site ne fermera", "Claire Montbrun-Sauval")]
    [InlineData("en", "“We cannot wait for another season,” said Chilean opposition senator Ximena Araya-Fuentes on Tuesday.", "We cannot wait", "Ximena Araya-Fuentes")]
    [InlineData("en", "The Greek government said on Friday it would double the number of coastguard patrols in the Aegean.", "it would double", "Greece")]
    [InlineData("fr", "Le gouvernement portugais a assuré mardi qu’il ne relèverait pas la TVA sur l’énergie.", "il ne relèverait", "Portugal")]
    [InlineData("fr", "Deux navires ont quitté Split dans la nuit, a précisé le ministère croate de la Défense.", "Deux navires", "ministère croate de la Défense")]
    [InlineData("fr", "Le ministère chilien des Affaires étrangères a rappelé son ambassadeur. Le ministère a dénoncé « une ingérence inacceptable ».", "une ingérence", "ministère chilien des Affaires étrangères")]
    [InlineData("fr", "M. Karim Ben Youssef, président de la chambre de commerce, estime que l’année sera bonne. « Les commandes reviennent », affirme M. Ben Youssef.", "Les commandes", "Karim Ben Youssef")]
    [InlineData("en", "Transport spokesman Owen Hale-Morgan dismissed the plan as “a timetable without trains”.", "a timetable without", "Owen Hale-Morgan")]
    [InlineData("fr", "L’Autorité de régulation des transports a infligé une amende à l’exploitant. « Les retards ne sont plus acceptables », a précisé l’Autorité dans un communiqué.", "Les retards", "Autorité de régulation des transports")]
    [InlineData("fr", "Le Fonds monétaire international a relevé sa prévision de croissance pour le Maroc. L’institution juge « durable » la reprise des exportations.", "durable", "International Monetary Fund")]
    [InlineData("en", "Beijing on Friday accused Manila of “deliberately provoking” a collision near the shoal.", "deliberately provoking", "China")]
    [InlineData("en", "The port authority will close two berths next week, its director, Wanjiku Otieno-Marsh, told reporters. “No ship will be turned away,” said Ms Otieno-Marsh.", "No ship will be", "Wanjiku Otieno-Marsh")]
    [InlineData("fr", "Le groupe chimique Norvalis Industries (NVI) a fermé deux usines. « Nous n’avons plus le choix », a déclaré NVI dans un communiqué.", "Nous n’avons plus", "Norvalis Industries")]
    [InlineData("fr", "L’ONG Sea-Watch a dénoncé jeudi l’immobilisation de son navire. Selon l’ONG, le bateau a été bloqué pour vingt jours au port.", "le bateau a été", "Sea-Watch")]
    [InlineData("en", "The Chilean mining ministry said it would review the permits. The ministry added that the review would take a month.", "the review would take", "Chilean mining ministry")]
    [InlineData("en", "Danish shipping group Nordhavn Lines said on Tuesday it would resume sailings next week.", "it would resume", "Nordhavn Lines")]
    [InlineData("en", "Prices will keep rising until the summer, Ana Ruiz, chief economist at Banco Sol, said on Thursday.", "Prices will keep", "Ana Ruiz")]
    [InlineData("fr", "L’avocate des familles, Me Claire Vidal, a réclamé mardi « la vérité sur vingt ans de silence ».", "la vérité sur", "Claire Vidal")]
    [InlineData("en", "Shares in Tasman Airlines fell 9% after the carrier cut its forecast. The company said it expected the strike to end within a week.", "it expected the strike", "Tasman Airlines")]
    [InlineData("en", "At least 300 families were evicted last year, according to a report published on Monday by the rights group Delta Watch.", "At least 300 families", "Delta Watch")]
    [InlineData("en", "Police in Leeds arrested two men on Friday. Detective Sergeant Nia Ashworth-Kemp said the pair had been “watching the shop for weeks”.", "watching the shop", "Nia Ashworth-Kemp")]
    [InlineData("en", "Brightline Telecom was fined £2m, the Communications Fairness Authority (CFA) said on Thursday. The regulator said the company had ignored warnings for years.", "the company had ignored", "Communications Fairness Authority")]
    [InlineData("fr", "Le gestionnaire du réseau de transport d’électricité RTE a assuré jeudi que l’hiver serait sans coupure. « Les marges sont suffisantes », indique le gestionnaire.", "Les marges", "RTE")]
    [InlineData("fr", "Au moins douze personnes ont été blessées, selon un bilan provisoire du ministère de l’Intérieur.", "Au moins douze", "ministère de l’Intérieur")]
    [InlineData("fr", "« Le toit s’est effondré d’un coup », a raconté Karim Sefrioui, un habitant du quartier. Les recherches se poursuivaient dans la nuit, a-t-on indiqué de source policière.", "Les recherches", null)]
    [InlineData("fr", "« Nous ne céderons pas », a déclaré M. Ahmed ould Sidi Mahmoud. Le ministre Ahmed ould Sidi Mahmoud a ajouté que « le dialogue reste ouvert ».", "le dialogue reste", "Ahmed ould Sidi Mahmoud")]
    [InlineData("en", "Telecoms group Carrow Mobile was fined £3m on Monday. Carrow said it accepted the findings.", "it accepted the findings", "Carrow Mobile")]
    [InlineData("en", "“We can hold the line for weeks, not months,” Major General Ilse Brandtner-Voss, the head of Austria's air defence command, told lawmakers on Tuesday.", "We can hold the line", "Ilse Brandtner-Voss")]
    [InlineData("fr", "La Norvège « regrette profondément » cette décision, a indiqué mardi le ministère norvégien de la Pêche dans un communiqué, appelant Bruxelles à « revenir à la table ».", "revenir à la table", "ministère norvégien de la Pêche")]
    [InlineData("en", "Peru's trade minister, Lucía Fernanda Quispe, met her Chilean counterpart, Tomás Herrera Lagos, in Lima on Monday. Herrera said the two sides had agreed to meet again in May.", "the two sides had agreed", "Tomás Herrera Lagos")]
    [InlineData("en", "Danish dairy cooperative Mælkeland said on Wednesday that revenue fell 4% in the first half.", "revenue fell", "Mælkeland")]
    [InlineData("fr", "Karim Sadoun, délégué CGT du site, a dénoncé la proposition. « On nous demande des efforts depuis dix ans », a lancé le syndicaliste devant l’usine.", "On nous demande", "Karim Sadoun")]
    [InlineData("en", "Canada's energy minister, Lachlan Brody, and his Chilean counterpart, Marta Quiroga, met in Ottawa. “This is a good day,” Brody said. She said the accord would “change the market”.", "change the market", "Marta Quiroga")]
    [InlineData("fr", "La ministre belge de l’Énergie, Sofie Vermeulen, et son homologue néerlandais, Pieter Hoekstra-Smit, ont signé lundi un accord. Son homologue a jugé que le texte ouvrait « une nouvelle étape ».", "une nouvelle étape", "Pieter Hoekstra-Smit")]
    [InlineData("en", "Storms flooded the coast overnight. The regional civil protection agency said 40 homes had been evacuated.", "40 homes had been", "regional civil protection agency")]
    [InlineData("en", "Northwind Genomics, a clinical-stage company developing treatments for rare kidney diseases, today said its trial had met its primary endpoint.", "its trial had met", "Northwind Genomics")]
    [InlineData("en", "Judge Miriam Okafor on Thursday jailed the former director for four years, saying his conduct had been “calculated and sustained”.", "calculated and", "Miriam Okafor")]
    [InlineData("en", "In the village of Dunmore, where the river burst its banks overnight, mayor Aoife Brennan said rescuers were still reaching families by boat.", "rescuers were", "Aoife Brennan")]
    [InlineData("en", "“We will fill every berth by June,” Tamsin Kealoha, chief executive of Pelorus Harbour Marine, said on Monday.", "We will fill", "Tamsin Kealoha")]
    [InlineData("en", "“The corridor must reopen,” Hanna Lysenko, Ukraine’s deputy infrastructure minister, said on Thursday after a strike on the port.", "The corridor must", "Hanna Lysenko")]
    [InlineData("en", "“Walls are cheaper than wars,” said Tiit Kaljuvee, the official overseeing the project. Mr Kaljuvee added that work would begin in April.", "work would begin", "Tiit Kaljuvee")]
    [InlineData("en", "Norway's fisheries protection agency said on Monday it had “no record” of the trawler.", "no record", "Norway's fisheries protection agency")]
    [InlineData("en", "Wilson Maréchal, who leads the coalition, said in a video posted on social media that his fighters would “defend every street” against foreign troops.", "defend every", "Wilson Maréchal")]
    [InlineData("en", "“We lose a neighborhood a week,” Mireille Aubry said, urging member states to fund the force “without further delay.”", "without further", "Mireille Aubry")]
    [InlineData("en", "Tariffs will fall next year, Trade Undersecretary Ramon Dizon Cruz told reporters. The undersecretary said exporters would gain.", "exporters would", "Ramon Dizon Cruz")]
    [InlineData("fr", "Le ministre arménien des Affaires étrangères, Aram Vardanian, est arrivé à Bruxelles. Le chef de la diplomatie a jugé l’accord « à portée de main ».", "à portée", "Aram Vardanian")]
    [InlineData("fr", "« Le dialogue continue, a assuré la porte-parole du ministère serbe des Affaires étrangères, Ivana Petrović. Mais nous ne céderons rien. »", "Le dialogue continue", "Ivana Petrović")]
    [InlineData("fr", "Le PDG de Vellane Industries, Bastien Rocher, a présenté jeudi son plan. Selon lui, la demande restera soutenue jusqu’en 2040.", "la demande restera", "Bastien Rocher")]
    [InlineData("fr", "Bastien Rocher et Claire Mounier ont présenté jeudi leur plan. Selon lui, la demande restera soutenue jusqu’en 2040.", "la demande restera", null)]
    [InlineData("fr", "« Chaque nuit, ils visent les mêmes lignes », témoigne auprès de l’AFP Olena Kravets, ingénieure du réseau.", "Chaque nuit", "Olena Kravets")]
    [InlineData("fr", "La rapporteure du budget, Nadia Berthier, lui a rétorqué que chaque euro serait « fléché vers les munitions ».", "fléché vers", "Nadia Berthier")]
    [InlineData("fr", "« Nous protégeons notre frontière », lui a répondu le représentant rwandais, Emmanuel Ndayisaba.", "Nous protégeons", "Emmanuel Ndayisaba")]
    [InlineData("en", "The army’s spokesman, Brig. Gen. Osman Kheir al-Sayed, said the army would respect the truce.", "the army would", "Osman Kheir al-Sayed")]
    [InlineData("en", "Saudi Arabia’s foreign ministry, which co-hosts the talks, announced on Thursday that both sides had agreed to a truce.", "both sides had", "Saudi Arabia’s foreign ministry")]
    [InlineData("en", "The commander of the army, Gen. Andrus Tamm, spoke on Sunday. “Afraid, no. Prepared, yes,” the general answered.", "Afraid, no", "Andrus Tamm")]
    [InlineData("fr", "Son avocat, Me Antoine Berthelot, a plaidé l’acquittement. « Mon client n’a rien commandé », a ajouté l’avocat devant la presse.", "Mon client", "Antoine Berthelot")]
    [InlineData("fr", "« Les victimes sont des bergers », a rétorqué le porte-parole du Front de libération du Nord (FLN), Bilal Ag Intalla, joint par téléphone.", "Les victimes", "Bilal Ag Intalla")]
    [InlineData("fr", "« Nous changeons d’échelle », a commenté sa directrice générale, Anne-Sophie Kervella. La dirigeante a précisé que l’usine serait financée « à parts égales ».", "à parts", "Anne-Sophie Kervella")]
    [InlineData("en", "“We will strike,” the union said on Monday. Adaeze Nwankwo, the vice-chancellor, defended the cuts, saying the university faced a deficit.", "the university faced", "Adaeze Nwankwo")]
    [InlineData("en", "Adaeze Okorafor-Grant, the university’s vice-chancellor, defended the cuts. “Nobody takes this lightly,” the vice-chancellor said.", "Nobody takes", "Adaeze Okorafor-Grant")]
    [InlineData("fr", "À Bruxelles, la ministre Kadri Tamm a jugé que « les sanctions ne suffisent plus ».", "les sanctions", "Kadri Tamm")]
    [InlineData("en", "Czech arms maker Moravska Zbrojovka said it had an order. The company called the deal “the largest in our history” and said it would hire 400 workers.", "it would hire", "Moravska Zbrojovka")]
    [InlineData("en", "Swedish shipbuilder Baltic Varvet AB announced on Tuesday that it had won a contract.", "it had won", "Baltic Varvet AB")]
    [InlineData("fr", "L’astrophysicienne Camille Orlandi, qui a participé aux calculs, parle d’une « fausse alerte utile ». La chercheuse estime que le réseau a bien réagi.", "le réseau a", "Camille Orlandi")]
    [InlineData("fr", "Le constructeur naval Ouessant Marine a annoncé des suppressions de postes. « C’est une trahison », a réagi Gwenaëlle Le Bihan, déléguée du site.", "C’est une trahison", "Gwenaëlle Le Bihan")]
    [InlineData("fr", "Le ministre tchadien des Affaires étrangères, Mahamat Ali Kodi, a été reçu à Paris. « Nous voulons une coopération d’égal à égal », a insisté le chef de la diplomatie tchadienne.", "Nous voulons", "Mahamat Ali Kodi")]
    [InlineData("fr", "Le ministre français du Commerce extérieur, Thibault de Sarcé, a signé l’accord. « C’est un texte équilibré », a estimé le ministre français.", "C’est un texte", "Thibault de Sarcé")]
    [InlineData("en", "The electoral tribunal will count the ballots by hand, its president, Ximena Rocaberti, said on Monday. “There is no room for doubt,” the tribunal president told reporters.", "There is no room", "Ximena Rocaberti")]
    [InlineData("fr", "Le tribunal administratif de Nantes a suspendu mardi l’arrêté préfectoral. « L’urgence est caractérisée », a estimé le tribunal dans son ordonnance.", "L’urgence est", "tribunal administratif de Nantes")]
    [InlineData("fr", "Le parquet de Marseille a ouvert une enquête. Selon le parquet, le suspect était connu des services de police.", "le suspect était", "parquet de Marseille")]
    [InlineData("fr", "La chambre de commerce de Bordeaux juge que les travaux « pénalisent » les commerçants.", "pénalisent", "chambre de commerce de Bordeaux")]
    [InlineData("en", "Chile’s navy said on Monday that two fishing boats had been towed to port. The navy added that no one was hurt.", "no one was hurt", "Chile’s navy")]
    [InlineData("en", "The Tasman Dairy Board said on Friday it had tested 300 farms. It warned that prices would rise in winter.", "prices would rise", "Tasman Dairy Board")]
    [InlineData("fr", "La régie des eaux de Grenoble a reconnu lundi une erreur de facturation. Elle a assuré que les abonnés seraient remboursés.", "les abonnés seraient", "régie des eaux de Grenoble")]
    [InlineData("fr", "Le ministère de la Santé a confirmé lundi deux cas de rougeole. Elle a ajouté que la situation était sous contrôle.", "la situation était", null)]
    [InlineData("fr", "Le ministère de la Santé a confirmé lundi deux cas de rougeole à Lyon, selon Claire Dubois. Il a ajouté que la situation était sous contrôle.", "la situation était", "Claire Dubois")]
    [InlineData("fr", "Les pourparlers ont repris lundi. Un membre de la délégation de l’ONU a tempéré : « Rien n’est acquis. »", "Rien n’est acquis", null)]
    [InlineData("fr", "L’ancienne maire de Lagrasse (Aude) Josiane Berthomieu a été relaxée jeudi. « Justice est faite », a déclaré l’élue devant le tribunal.", "Justice est faite", "Josiane Berthomieu")]
    [InlineData("en", "Halden Steel will close its rolling mill in March, the company said on Monday.", "Halden Steel will close", "Halden Steel")]
    [InlineData("fr", "Le sous-traitant ferroviaire Brivanor va fermer son usine de Tulle, a annoncé mardi l’entreprise.", "Le sous-traitant ferroviaire", "Brivanor")]
    [InlineData("fr", "Julien Ferrat, économiste de la banque Solvéa, a relevé sa prévision. Les investissements des entreprises resteront, selon lui, freinés par les taux.", "Les investissements des", "Julien Ferrat")]
    [InlineData("fr", "Deux fusils ont été saisis mardi à Nîmes, a indiqué mercredi la police nationale.", "Deux fusils ont été", "police nationale")]
    [InlineData("fr", "Surnommée « la reine des cols », Amandine Rouvel met fin à sa carrière à Albi. « Je pars heureuse », a-t-elle confié.", "Je pars heureuse", "Amandine Rouvel")]
    [InlineData("fr", "Les syndicats dénoncent la réforme. La CPME, elle, juge le texte « trop timide ».", "trop timide", "CPME")]
    [InlineData("fr", "« Les filières changent chaque mois », a confié sous couvert d’anonymat un responsable de la police aux frontières à Nice.", "Les filières changent", null)]
    [InlineData("fr", "L’état-major des armées a annoncé lundi que trois avions ravitailleurs seraient envoyés en Roumanie.", "trois avions ravitailleurs", "état-major des armées")]
    [InlineData("fr", "« Nos serveurs ont été piratés », a reconnu jeudi Meridial Santé, groupe qui gère six cliniques. L’entreprise a précisé que les patients seraient prévenus. Elle assure que les soins continuent.", "les soins continuent", "Meridial Santé")]
    [InlineData("en", "Larkfield Energy said on Monday that it would close two plants. “We regret the decision,” the company said. It said workers would be offered new posts.", "workers would be", "Larkfield Energy")]
    [InlineData("en", "Velora Air cancelled 80 flights on Friday. Its chief executive, Aidan Cole, was furious. “The strike is absurd,” the airline boss told reporters.", "The strike is absurd", "Aidan Cole")]
    [InlineData("en", "The Tamar LNG consortium, which runs the terminal, said the tanks were intact. “Nobody was hurt,” the consortium said.", "Nobody was hurt", "Tamar LNG")]
    [InlineData("fr", "Les ventes des Fromageries du Léon ont reculé de 6 % au premier semestre, a annoncé jeudi le groupe coopératif basé à Morlaix.", "Les ventes des Fromageries", "Fromageries du Léon")]
    [InlineData("fr", "L’armée a revendiqué une frappe. Un élu local joint par l’AFP a affirmé que des bergers figuraient parmi les victimes.", "des bergers figuraient", null)]
    [InlineData("fr", "« Nous ne céderons pas », a prévenu lundi à Dakar Mamadou Sarr-Ndiaye, secrétaire général du syndicat des taxis.", "Nous ne céderons pas", "Mamadou Sarr-Ndiaye")]
    [InlineData("fr", "Le PDG du groupe minier Ferravia, Julien Castaing, a confirmé le report du chantier. « Nous avons été trop optimistes », a-t-il reconnu.", "Nous avons été trop", "Julien Castaing")]
    [InlineData("fr", "Le syndicat autonome SUD-Ports s’est dit inquiet du projet de la région. Il estime que le texte « menace » les dockers.", "menace", "SUD-Ports")]
    [InlineData("fr", "Le distributeur, la Société des eaux de l’océan Indien, a expliqué que la retenue était presque vide.", "la retenue était", "Société des eaux de l’océan Indien")]
    [InlineData("fr", "Le député Paul Ferrand et le syndicaliste Marc Roux ont débattu mardi sur la radio publique. « Ce débat mérite mieux », a-t-il lancé.", "Ce débat mérite", null)]
    [InlineData("en", "Norwegian truckmaker Fjelltrans said on Monday it would close a plant. The company said the decision was “painful.”", "painful", "Fjelltrans")]
    [InlineData("en", "Riot officers fired tear gas near the station. Brussels police said 14 people had been detained.", "14 people had", "Brussels police")]
    [InlineData("en", "Dockers will strike next week, the ports union Havenbond said on Wednesday.", "Dockers will strike", "Havenbond")]
    [InlineData("en", "Kalle Ruus, an Estonian lawmaker who chairs the defence committee, spoke on Monday. The lawmaker told ERR that Tallinn would ask for more patrols.", "Tallinn would ask", "Kalle Ruus")]
    [InlineData("en", "Exports of raw cobalt will stop next year, the Ministry of Energy and Mineral Resources said.", "Exports of raw cobalt", "Ministry of Energy and Mineral Resources")]
    [InlineData("en", "Two ferries collided off Cebu on Sunday, the Philippine Institute of Maritime Safety and Navigation said.", "Two ferries collided", "Philippine Institute of Maritime Safety and Navigation")]
    [InlineData("en", "“No damage was reported,” the General Staff of the Armed Forces of Moldova said.", "No damage was", "General Staff of the Armed Forces of Moldova")]
    [InlineData("fr", "La préfecture de Seine-Maritime a indiqué que le barrage serait levé « tant que la situation reste calme ».", "tant que la situation", "préfecture de Seine-Maritime")]
    [InlineData("fr", "Le député irakien Karim al-Jabouri, membre de la commission des finances, a assuré mardi qu’« aucun dinar ne sera perdu ».", "aucun dinar", "Karim al-Jabouri")]
    [InlineData("en", "The Norwegian Embassy in Nairobi said the visa office would reopen in May.", "the visa office", "Norwegian Embassy in Nairobi")]
    [InlineData("fr", "Le pont restera fermé jusqu’à lundi, a indiqué le maire, Alain Kervella. Aucun blessé n’est à déplorer, selon la même source.", "Aucun blessé", "Alain Kervella")]
    [InlineData("en", "The border crossing will reopen on Friday, customs chief Mara Holt said. No trucks were turned back, according to the same source.", "No trucks were", "Mara Holt")]
    [InlineData("en", "Kestrel Water cut supplies to 9,000 homes. “We are working around the clock,” a spokeswoman for Kestrel Water said.", "We are working", "Kestrel Water")]
    [InlineData("fr", "La consommation de sel a baissé de 8 %, a annoncé jeudi l’Anses, qui a suivi 3 000 foyers.", "La consommation", "Anses")]
    [InlineData("en", "Nine people were missing after the floods, Peru’s National Emergency Operations Centre said.", "Nine people", "National Emergency Operations Centre")]
    [InlineData("en", "Médecins Sans Frontières, which runs two clinics in the camp, said its teams were “exhausted”.", "exhausted", "Médecins Sans Frontières")]
    [InlineData("fr", "La ministre Aline Mbarga s’est dite préoccupée par l’afflux de réfugiés dans l’Est.", "par l’afflux", "Aline Mbarga")]
    [InlineData("en", "Logistics group Meridian Haulage said on Friday that hackers had shut its tracking systems. “We are working around the clock,” the company said.", "We are working", "Meridian Haulage")]
    [InlineData("en", "Delta Creek Petroleum said on Monday that it had halted exports from its terminal.", "it had halted", "Delta Creek Petroleum")]
    [InlineData("en", "Three men were arrested in Leeds, West Yorkshire Police said. “There is no wider threat,” the force added.", "There is no wider", "West Yorkshire Police")]
    [InlineData("en", "Delta Rights Observatory, a Geneva-based watchdog, said on Tuesday that 40 villages had been burned.", "40 villages had", "Delta Rights Observatory")]
    [InlineData("en", "Turnout reached 71 percent, the National Office of Electoral Processes said.", "Turnout reached", "National Office of Electoral Processes")]
    [InlineData("fr", "Selon l’Agence nationale de la sécurité des systèmes d’information, une vague d’attaques a visé lundi plusieurs préfectures.", "une vague d’attaques", "Agence nationale de la sécurité des systèmes d’information")]
    [InlineData("fr", "Le fabricant de drones Aérovane, basé à Toulouse, a reconnu vendredi qu’il avait été victime d’une intrusion.", "il avait été", "Aérovane")]
    [InlineData("en", "The Chadian armed forces said in a statement that they had “repelled” the attack.", "repelled", "Chadian armed forces")]
    [InlineData("en", "Rail workers will strike on Monday, according to the rail safety authority RSSA.", "Rail workers will", "RSSA")]
    [InlineData("fr", "Un accord a été trouvé avec l’exploitant Centrélec sur la prolongation du barrage. Mais la turbine restera à l’arrêt « jusqu’à l’été », a prévenu l’entreprise.", "jusqu’à l’été", "Centrélec")]
    [InlineData("fr", "Hugo Lemarchand a remporté mercredi la 5e étape. Au micro de France Télévisions, le coureur de 22 ans a savouré : « Je n’y crois pas encore. »", "Je n’y crois pas", "Hugo Lemarchand")]
    [InlineData("fr", "La pièce est une création de la metteuse en scène suisse Anna Keller. La metteuse en scène a expliqué avoir travaillé deux ans avec des marins.", "avoir travaillé", "Anna Keller")]
    [InlineData("fr", "L’armée a commandé des drones à la société nantaise Drovia. La PME, qui emploie 90 personnes, n’a pas commenté. Elle a indiqué qu’elle doublerait ses effectifs.", "elle doublerait", "Drovia")]
    [InlineData("fr", "Météo-France a placé mercredi dix départements en vigilance orange. L’organisme a averti que les orages pourraient être violents.", "les orages pourraient", "Météo-France")]
    [InlineData("en", "Shares in Norrvik Foods fell on Wednesday in Oslo after chief executive Pieter van Dam told analysts that sales had dropped by a fifth.", "sales had dropped", "Pieter van Dam")]
    [InlineData("en", "Kestrel Air, the Danish regional carrier, said it would drop 14 routes. The airline has been hit by rising charges. It added that no staff would be laid off.", "no staff would", "Kestrel Air")]
    [InlineData("en", "Kenyan runner Mary Wanjiku broke the record on Saturday. Her coach, the former champion Paul Kiprop, was already looking ahead: “Next year, the senior record.”", "Next year", "Paul Kiprop")]
    [InlineData("fr", "Dans un communiqué, les douanes camerounaises ont affirmé que la mesure serait « levée en mai ».", "levée en mai", "douanes camerounaises")]
    [InlineData("en", "Copper miner Ndola Resources will cut 900 jobs at its Kitwe mine, the group said on Tuesday.", "Copper miner Ndola", "Ndola Resources")]
    [InlineData("fr", "Josette Lemarchal, 71 ans, ancienne conseillère régionale, ne cache pas sa colère. L’ancienne élue juge que le projet « manque d’ambition ».", "manque d’ambition", "Josette Lemarchal")]
    [InlineData("en", "Chile’s Ministry of National Defence said it had signed a deal for 20 radars. The ministry added that deliveries would begin in 2027.", "deliveries would", "Chile’s Ministry of National Defence")]
    [InlineData("en", "Vantor Therapeutics said its pill helped patients lose weight in a late-stage trial.", "its pill helped", "Vantor Therapeutics")]
    [InlineData("fr", "Le CHU de Rennes a fait savoir qu’il « prendrait le temps du dialogue » avant toute décision.", "prendrait le temps", "CHU de Rennes")]
    [InlineData("en", "Manila protested on Monday. Hanoi rejected the complaint, saying the ship was doing “routine research in Vietnamese waters.”", "routine research", "Vietnam")]
    [InlineData("fr", "Le milieu de terrain Yanis Ferhat, 24 ans, auteur du but de la victoire, a résumé : « On n’a jamais lâché. »", "On n’a jamais", "Yanis Ferhat")]
    [InlineData("fr", "La réalisatrice Awa Sarr a reçu samedi le Grand Prix du festival pour « Les Marées ». « Ce prix revient aux pêcheurs », a-t-elle dit.", "Ce prix revient", "Awa Sarr")]
    [InlineData("en", "Kestrel Water said on Wednesday it would invest £1 billion in new sewers. The company said the plan “goes further than any regulator asked”.", "goes further", "Kestrel Water")]
    [InlineData("en", "Sen. Ada Brandt questioned Gen. Otto Varga on Tuesday. “Why is the plant still idle?” the senator asked.", "Why is the plant", "Ada Brandt")]
    [InlineData("en", "A NATO spokesperson said the alliance was “watching the border closely”.", "watching the border", "NATO")]
    [InlineData("en", "Councilwoman Ruth Adeyemi and Councilman Leo Brandt argued over the zoning plan. The councilwoman said the first permits would be issued in May.", "the first permits", "Ruth Adeyemi")]
    [InlineData("en", "An ECOWAS spokesman said the summit was “constructive and frank”.", "constructive and frank", "ECOWAS")]
    [InlineData("en", "Sen. Rhea Calloway opened her campaign on Saturday.\n\n“I grew up on a farm near Tomah. I saw my parents lose it.\n\n“So I tell people: nobody in that building remembers,” the 49-year-old said.", "I grew up", "Rhea Calloway")]
    [InlineData("fr", "Réélu dimanche, Gilles Marnier a clos le congrès à Blois.\n\n« Nous ne serons la béquille de personne. Nous voterons contre ce budget.\n\n« Et à ceux qui nous trouvent trop petits, je dis : regardez les municipales », a lancé le quinquagénaire.", "Nous ne serons", "Gilles Marnier")]
    [InlineData("en", "The Harwood Museum in Leeds said on Friday that it would return 12 bronze figures to Nigeria.", "it would return", "Harwood Museum")]
    [InlineData("en", "Prices will keep falling, according to Ingrid Vasskog, a director at the Norges Bank, who told lawmakers on Monday that wages were “still too hot.”", "still too hot", "Ingrid Vasskog")]
    [InlineData("en", "The Peruvian coast guard said a tanker had run aground near Callao.", "a tanker had", "Peruvian coast guard")]
    [InlineData("en", "Norway’s embassy in Nairobi said the visa office would reopen in May.", "the visa office", "Norway’s embassy in Nairobi")]
    [InlineData("fr", "L’état-major chilien a indiqué que deux patrouilleurs avaient été déployés. L’armée chilienne a ajouté que la zone restait fermée.", "la zone restait", "armée chilienne")]
    [InlineData("fr", "Selon l’armée de l’air péruvienne, l’appareil volait sans transpondeur.", "l’appareil volait", "armée de l’air péruvienne")]
    [InlineData("en", "Winger Tobias Lunde said the squad had never given up.\nThe Leeds coach, Marco Vidal, was less pleased. “We gave away two soft goals. That cannot happen,” the 51-year-old said.", "We gave away", "Marco Vidal")]
    [InlineData("fr", "« Nous venons montrer notre travail », explique l’éleveuse Josiane Ferrand.\nSa voisine de stand, Hélène Cabrol, est plus amère. « Les prix ne couvrent rien. Je vendrai le troupeau », prévient la quinquagénaire.", "Les prix ne couvrent", "Hélène Cabrol")]
    [InlineData("fr", "Un patrouilleur a intercepté un chalutier au large de Lorient, a annoncé l’état-major des armées. Selon l’état-major, le navire pêchait sans licence.", "le navire pêchait", "état-major des armées")]
    [InlineData("fr", "Le maire, Yves Gourmelon (divers gauche), a défendu « un chantier attendu depuis dix ans ».", "un chantier attendu", "Yves Gourmelon")]
    [InlineData("fr", "Le maire de Plouzané (Finistère), Odile Kerbrat, a présenté lundi son budget.\nLe maire a répondu que la hausse serait « compensée par la baisse des tarifs ».", "compensée par", "Odile Kerbrat")]
    [InlineData("fr", "Deux lots de reblochon sont rappelés en raison d’une possible contamination, a indiqué mardi la direction générale de l’alimentation.", "Deux lots", "direction générale de l’alimentation")]
    [InlineData("fr", "La direction régionale de l’environnement a autorisé l’extension de la Fromagerie du Morvan. « Nous embaucherons vingt personnes », a fait savoir l’entreprise.", "Nous embaucherons", "Fromagerie du Morvan")]
    [InlineData("en", "Brendan Coyle, the outgoing vice-president, opened the meeting and told members the stand would be rebuilt by spring.", "the stand would", "Brendan Coyle")]
    [InlineData("en", "Analyst Maria Lund of Fjordhavn Securities said the sell-off in shipping stocks was overdone.", "the sell-off", "Maria Lund")]
    [InlineData("en", "The Ministry of Fisheries said the quota would be cut by a tenth. A spokesperson added that no vessel would be scrapped.", "no vessel would", "Ministry of Fisheries")]
    [InlineData("en", "Three trawlers were seized, the Coastal Fisheries Agency said.\n“The crews are safe,” an agency spokeswoman told reporters.", "The crews are safe", "Coastal Fisheries Agency")]
    [InlineData("en", "“Prices will rise,” said Tomas Ek, an economist at the Baltic Trade Institute. The ferry services would stop on Friday, a spokesman said.", "The ferry services", null)]
    [InlineData("fr", "Le cycliste Loïc Barbeau change de maillot. Dans un communiqué, Cordaline salue « un équipier généreux ».", "un équipier généreux", "Cordaline")]
    [InlineData("fr", "Le groupe Valdor supprimera 300 postes. La CGT, majoritaire dans le groupe, a dénoncé « un projet écrit d’avance ».", "un projet écrit", "CGT")]
    [InlineData("fr", "La pédiatre Claire Ombredane alerte sur les urgences. Son diagnostic, livré lundi sur Radio Brume, est net : « Nous saturons dès octobre. »", "Nous saturons", "Claire Ombredane")]
    [InlineData("fr", "Interrogée mardi par Radio Brume, la présidente de l’association, Lucie Varenne, a dénoncé « un combat perdu d’avance ». « Nous irons en justice », a ajouté la présidente.", "Nous irons", "Lucie Varenne")]
    public void Speaker_words_resolve_to_the_person_organisation_or_state_they_name(string language, string text, string quoteStart, string? speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Le chef de file de l’opposition, Hervé Lassalle, 52 ans, conseiller régional de Tulle, a critiqué le budget. Le rapporteur Bruno Caze l’a défendu. « Ce budget oublie nos villages », a lancé l’élu.", "Ce budget oublie", "Hervé Lassalle")]
    [InlineData("fr", "L’adjointe aux sports, Claire Morin, a présenté le projet. Le maire, Paul Roux, a salué son travail. L’adjointe a répliqué : « Je suis prête à tout étudier. »", "Je suis prête", "Claire Morin")]
    [InlineData("fr", "Le lieutenant-colonel Marc Vidal a dirigé les secours. « L’eau est montée d’un mètre en une heure », a poursuivi l’officier.", "L’eau est montée", "Marc Vidal")]
    public void A_person_is_known_by_what_the_apposition_after_the_name_or_a_rank_says(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void A_role_noun_after_an_unnamed_person_of_that_noun_stands_for_no_named_one()
    {
        const string Text = "Ivan Petrenko, a spokesman for the southern command, said the line held. A Western military official said supplies were short. “We are seeing a war of drones now,” the official said.";

        Assert.Null(SpeakerOf("en", Text, "We are seeing").Speaker);
    }

    [Theory]
    [InlineData("en", "Chad Hollister said the team would recover by spring.", "the team would", "Chad Hollister")]
    [InlineData("fr", "Le curé du village, le père Dominique Riom, s’est dit « profondément ému » par ce retour.", "profondément ému", "Dominique Riom")]
    public void A_state_name_that_is_a_given_name_before_a_surname_is_a_person(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Les guichets de Ferrovale fermeront lundi. La direction de Ferrovale assure que les trains « circuleront normalement ».", "circuleront normalement", "Ferrovale")]
    [InlineData("fr", "Le président du directoire, Luc Arnal, a salué une année record. Le directeur financier, Rémi Sorel, s’est montré prudent. Le patron du groupe a jugé une cotation « prématurée ».", "prématurée", "Luc Arnal")]
    public void A_company_speaks_through_its_management_and_its_boss_is_its_president(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("en", "Potter Anwen Hughes, 71, is closing her kiln in Llanfair after forty years. She spoke to our reporter Gareth Pryce at the wheel.\n“Why close the kiln now?”\n“Because the clay is heavier every winter, and my shoulders know it.”\n“What will you keep?”\n“The blue glaze. Nobody else can have that recipe.”", "Because the clay", "What will you", "Anwen Hughes")]
    [InlineData("fr", "Après quarante ans de métier, le cordonnier Yannick Le Goff, 70 ans, baisse le rideau. Il a reçu notre journaliste dans son atelier.\n« Pourquoi arrêter maintenant ? »\n« Parce que plus personne ne fait ressemeler ses chaussures. Les gens les jettent. »\n« Que garderez-vous de cet atelier ? »\n« Mon enclume. Elle était à mon père. »", "Parce que plus", "Que garderez", "Yannick Le Goff")]
    public void Answers_of_an_interview_in_question_and_answer_paragraphs_are_the_one_presented_before(string language, string text, string answer, string question, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, answer).Speaker);
        Assert.Null(SpeakerOf(language, text, question).Speaker);
    }

    [Theory]
    [InlineData("en", "Fenna Brouwer, 58, has coached the national rowing eight since 2019. She spoke to us before the final.\nQ: You lost the heat by a second. What went wrong?\nA: Nothing went wrong, the Germans were simply faster. My coxswain told me, ‘Stay patient,’ and we did.\nQ: Will you change the crew?\nA: Not one seat. They have earned the final together.", "Nothing went wrong", "Fenna Brouwer")]
    [InlineData("fr", "À 63 ans, le luthier Aurélien Castagnet ouvre son atelier de Mirecourt au public. Entretien.\nQu’est-ce qui vous a donné envie d’ouvrir vos portes ?\nLes visiteurs croient que nos violons sortent d’une usine. Je veux leur montrer le bois, la colle, les gestes.\nVous formez encore des apprentis ?\nDeux chaque année. Sans eux, le métier disparaît avec moi.", "Deux chaque année", "Aurélien Castagnet")]
    public void Answers_of_an_interview_printed_without_quotation_marks_are_the_one_presented_before(string language, string text, string answer, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, answer).Speaker);
    }

    [Fact]
    public void A_quotation_inside_an_interview_answer_belongs_to_the_answer()
    {
        const string Text = "Fenna Brouwer, 58, has coached the national rowing eight since 2019. She spoke to us before the final.\nQ: You lost the heat by a second. What went wrong?\nA: Nothing went wrong, the Germans were simply faster. My coxswain told me, ‘Stay patient,’ and we did.\nQ: Will you change the crew?\nA: Not one seat. They have earned the final together.";
        var analysis = Pipeline.Analyze(Article.Create(Text, new DateOnly(2025, 6, 3), language: "en"));

        Assert.Equal(2, analysis.Quotes.Count);
        Assert.DoesNotContain(analysis.Quotes, q => Text[q.Content.Start..].StartsWith("Stay patient", StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_without_a_second_answer_make_no_interview()
    {
        const string Text = "Le conseil municipal de Vernoux a voté mardi la fermeture de la piscine.\nFaut-il vous rappeler le prix de l’énergie ?\nLe maire, Paul Sarrazin, a défendu une décision « douloureuse mais nécessaire ».";
        var analysis = Pipeline.Analyze(Article.Create(Text, new DateOnly(2025, 6, 3), language: "fr"));

        Assert.DoesNotContain(analysis.Quotes, q => Text[q.Content.Start..].StartsWith("Le maire", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Minister Anouk de Vries presented the plan on Tuesday. “We are building for water levels we have never measured,” said Ms de Vries.", "We are building", "Anouk de Vries")]
    [InlineData("fr", "La ministre Anouk de Vries a présenté le plan mardi. « Nous construisons pour des crues jamais mesurées », a déclaré Mme de Vries.", "Nous construisons", "Anouk de Vries")]
    public void A_form_of_address_before_a_surname_opened_by_a_particle_is_the_person_named_in_full(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Theory]
    [InlineData("fr", "Les TER circuleront peu jeudi en Bourgogne, a annoncé SNCF Voyageurs.", "Les TER", "SNCF Voyageurs")]
    [InlineData("fr", "Les cas de grippe ont doublé en une semaine en Occitanie, selon l’ARS Occitanie.", "Les cas", "ARS Occitanie")]
    [InlineData("en", "“We expect the crews to be released without delay,” a spokesperson for the Portuguese foreign ministry said.", "We expect", "Portuguese foreign ministry")]
    [InlineData("en", "“We expect the crews to be released without delay,” a spokesperson for the foreign ministry said.", "We expect", "foreign ministry")]
    public void An_organisation_speaks_after_its_cue_through_an_acronym_a_source_marker_or_a_spokesperson(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart).Speaker);
    }

    [Fact]
    public void Selon_lui_points_to_the_one_person_named_since_the_quote_before()
    {
        const string Text = "Son voisin, Bastien Lemoine, a installé des patous. « Depuis qu’ils sont là, je n’ai plus perdu une bête », dit-il. Jérôme Vallet, lui, n’y croit pas. Les chiens mordent les randonneurs, selon lui.";

        Assert.Equal("Jérôme Vallet", SpeakerOf("fr", Text, "Les chiens mordent").Speaker);
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_before_a_relative_clause_set_off_by_commas()
    {
        const string Text = "Union leader Sian Prosser left first. “We came with a compromise,” she said.\nMinister Eleri Vaughan, who stayed behind with officials, later issued a statement saying the offer was “the best this budget can bear”.";

        Assert.Equal("Eleri Vaughan", SpeakerOf("en", Text, "the best this budget").Speaker);
    }

    [Fact]
    public void The_surname_of_a_person_named_in_full_wins_over_a_town_of_that_name()
    {
        const string Text = "Health minister Eleri Vaughan met the nurses' union on Monday. Vaughan said the offer was final.";

        Assert.Equal("Eleri Vaughan", SpeakerOf("en", Text, "the offer was").Speaker);
    }

    [Fact]
    public void A_ministry_named_by_two_complements_joined_by_et_is_one_organisation()
    {
        const string Text = "« Les équipes disposaient de toutes les autorisations », a déclaré une porte-parole du ministère de l’Europe et des Affaires étrangères.";

        Assert.Equal("ministère de l’Europe et des Affaires étrangères", SpeakerOf("fr", Text, "Les équipes").Speaker);
    }
}
