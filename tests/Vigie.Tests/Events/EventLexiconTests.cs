using Vigie.Events;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>Verb families of the lexicons, one sentence written by the team for each (the type and the source words).</summary>
public sealed class EventLexiconTests
{
    [Theory]
    [InlineData("en", "A Lisbon court issued an arrest warrant on Monday for the former mayor.", "THREATEN", "A Lisbon court")]
    [InlineData("fr", "Un juge belge a émis un mandat d’arrêt international contre l’ancien ministre.", "THREATEN", "Un juge belge")]
    [InlineData("en", "The government withdrew a draft law on foreign funding on Tuesday.", "CONCEDE", "The government")]
    [InlineData("en", "Peru declared the Colombian consul persona non grata on Monday.", "SANCTION", "Peru")]
    [InlineData("en", "Japan cancelled $200 million of Laos's debt on Friday.", "AID", "Japan")]
    [InlineData("fr", "Le Club de Paris a effacé 900 millions de dollars de la dette du Tchad.", "AID", "Le Club de Paris")]
    [InlineData("en", "Estonia called up 5,000 reservists for snap drills.", "MOBILIZE", "Estonia")]
    [InlineData("fr", "Les garde-côtes marocains ont saisi au large de Tanger un cargo transportant des armes.", "COERCE", "Les garde-côtes marocains")]
    [InlineData("fr", "La ministre tchèque de la Défense s’est rendue mardi à Vilnius pour des entretiens.", "CONSULT", "La ministre tchèque de la Défense")]
    [InlineData("fr", "Le régulateur a suspendu pour un mois la diffusion de la chaîne Kanal 9.", "COERCE", "Le régulateur")]
    [InlineData("en", "Police fired tear gas at students outside the parliament.", "ASSAULT", "Police")]
    [InlineData("fr", "Le gouvernement malgache a donné lundi son feu vert à une mission de l’Union africaine.", "AGREE", "Le gouvernement malgache")]
    [InlineData("fr", "Niamey a sommé mardi l’ONG de quitter le pays sous peine d’expulsion.", "THREATEN", "Niamey")]
    [InlineData("fr", "Le Conseil de coopération du Golfe a exprimé sa « pleine solidarité » avec Oman.", "SUPPORT", "Le Conseil de coopération du Golfe")]
    [InlineData("fr", "Un tribunal de Minsk a infligé une amende de deux millions de roubles au journal.", "SANCTION", "Un tribunal de Minsk")]
    [InlineData("en", "Tamil Tiger rebels shelled an army camp near Jaffna on Tuesday.", "ASSAULT", "Tamil Tiger rebels")]
    [InlineData("fr", "La Grèce a une nouvelle fois menacé mardi de fermer sa frontière.", "THREATEN", "La Grèce")]
    [InlineData("fr", "Le président sénégalais et son homologue malien se sont parlé au téléphone dimanche.", "CONSULT", "Le président sénégalais; son homologue malien")]
    [InlineData("fr", "L’opposant Karim Ndiaye a été écroué lundi à Dakar.", "COERCE", "")]
    [InlineData("fr", "La Cour suprême a banni vendredi le Parti du renouveau.", "COERCE", "La Cour suprême")]
    [InlineData("fr", "Le Front de libération a appelé à un cessez-le-feu immédiat.", "AGREE", "Le Front de libération")]
    [InlineData("en", "Mali ordered the Danish ambassador on Tuesday to leave within 72 hours.", "SANCTION", "Mali")]
    [InlineData("fr", "Bamako a ordonné mardi à l’ambassadeur danois de quitter le pays sous 72 heures.", "SANCTION", "Bamako")]
    [InlineData("fr", "Londres a frappé jeudi trois banques iraniennes de nouvelles sanctions.", "SANCTION", "Londres")]
    [InlineData("fr", "Le Chili a repris lundi ses livraisons de gaz à l’Argentine.", "COOPERATE", "Le Chili")]
    [InlineData("en", "Tax inspectors searched the offices of a Lagos newspaper on Monday.", "COERCE", "Tax inspectors")]
    [InlineData("fr", "Les rebelles ont mis le siège devant la ville de Kidal.", "COERCE", "Les rebelles")]
    [InlineData("en", "Militants detonated a roadside bomb near a police post in Peshawar.", "ASSAULT", "Militants")]
    [InlineData("fr", "La Banque mondiale a versé lundi au Niger une nouvelle tranche de 40 millions de dollars.", "AID", "La Banque mondiale")]
    [InlineData("fr", "La Norvège a livré jeudi un premier lot de chasseurs à la Pologne.", "AID", "La Norvège")]
    [InlineData("fr", "Les cheminots de Tunis ont cessé le travail lundi à l’appel de leur syndicat.", "PROTEST", "Les cheminots de Tunis")]
    [InlineData("fr", "Le Canada a imposé mardi des droits de douane de 10 % sur l’acier chinois.", "SANCTION", "Le Canada")]
    [InlineData("en", "Mexico slapped tariffs of 20 percent on Chinese steel on Tuesday.", "SANCTION", "Mexico")]
    [InlineData("fr", "La Jordanie a refoulé samedi à l’aéroport d’Amman deux militants britanniques.", "SANCTION", "La Jordanie")]
    [InlineData("fr", "La Turquie a acheminé vendredi plusieurs milliers de soldats vers la frontière.", "MOBILIZE", "La Turquie")]
    [InlineData("en", "Mali pulled out of the regional counter-terrorism force on Sunday.", "SANCTION", "Mali")]
    [InlineData("en", "Serbia moved two armoured brigades closer to the Kosovo boundary on Friday.", "MOBILIZE", "Serbia")]
    [InlineData("en", "Ghana's president lashed out at Togo over the border closure.", "ACCUSE", "Ghana's president")]
    [InlineData("en", "Rebel fighters withdrew from three villages near the lake on Monday.", "RETREAT", "Rebel fighters")]
    [InlineData("en", "Militants hit an army base with rockets near Mosul on Sunday.", "ASSAULT", "Militants")]
    [InlineData("fr", "Le Bénin a déposé plainte lundi devant la Cour de justice de la Cédéao contre le Niger.", "ACCUSE", "Le Bénin")]
    [InlineData("fr", "Les rebelles ont remis jeudi à la Croix-Rouge quatre soldats capturés en mai.", "RETREAT", "Les rebelles")]
    [InlineData("fr", "Le Venezuela a placé mardi ses batteries antiaériennes en état d’alerte maximale.", "MOBILIZE", "Le Venezuela")]
    [InlineData("fr", "Le ministre malien Oumar Keïta est arrivé lundi à Accra pour une visite officielle de deux jours.", "CONSULT", "Le ministre malien Oumar Keïta")]
    [InlineData("en", "The Finnish foreign minister flew to Ankara on Monday for talks on the alliance.", "CONSULT", "The Finnish foreign minister")]
    [InlineData("en", "Spain dispatched 150 firefighters to Portugal on Sunday.", "AID", "Spain")]
    [InlineData("en", "The IMF suspended new financing to Malawi on Friday.", "SANCTION", "The IMF")]
    [InlineData("en", "Serbia placed its troops along the boundary with Kosovo on high alert.", "MOBILIZE", "Serbia")]
    [InlineData("en", "Iran's government cut mobile internet services in Tehran on Friday.", "COERCE", "Iran's government")]
    [InlineData("en", "Hackers from the Nomad Spider group broke into the network of a Busan shipyard.", "COERCE", "Hackers from the Nomad Spider group")]
    [InlineData("en", "Croatia took Slovenia to an arbitration court over the bay.", "ACCUSE", "Croatia")]
    [InlineData("en", "The Czech president sent his congratulations on Monday to the winner of the Slovak election.", "SUPPORT", "The Czech president")]
    [InlineData("en", "Climate activists chained themselves to the railings of the ministry on Monday.", "PROTEST", "Climate activists")]
    [InlineData("fr", "Le président ghanéen a rendu hommage lundi au courage des soldats togolais.", "SUPPORT", "Le président ghanéen")]
    [InlineData("fr", "Le Sénat a mis sur pied une commission d’enquête sur les marchés d’armement.", "ACCUSE", "Le Sénat")]
    [InlineData("fr", "Le Niger a annoncé lundi la rupture de ses relations avec la Côte d’Ivoire.", "SANCTION", "Le Niger")]
    [InlineData("fr", "La Belgique a renvoyé mardi vers le Maroc deux hommes en situation irrégulière.", "COERCE", "La Belgique")]
    [InlineData("fr", "Le préfet a fait venir en renfort trois escadrons de gendarmes à Ajaccio.", "MOBILIZE", "Le préfet")]
    [InlineData("fr", "Le Sénégal l’a rejetée mardi sans commentaire.", "REJECT", "Le Sénégal")]
    [InlineData("fr", "Les rebelles ont revendiqué l’attentat contre la caserne de Gao.", "ASSAULT", "Les rebelles")]
    [InlineData("en", "About 400 fighters of the Free Hills Front handed over their weapons on Saturday.", "RETREAT", "400 fighters of the Free Hills Front")]
    [InlineData("fr", "Des hommes armés se réclamant du Front des collines ont enlevé une trentaine de passagers.", "ASSAULT", "Des hommes armés se réclamant du Front des collines")]
    [InlineData("fr", "Des milliers de personnes ont battu le pavé samedi à Lomé.", "PROTEST", "Des milliers de personnes")]
    [InlineData("fr", "Les infirmiers ont débrayé mardi dans tout le Togo.", "PROTEST", "Les infirmiers")]
    [InlineData("fr", "Le Maroc a gelé ses échanges commerciaux avec la Tunisie.", "SANCTION", "Le Maroc")]
    [InlineData("fr", "Le Canada a suspendu mardi l’ensemble de son assistance militaire au Niger.", "SANCTION", "Le Canada")]
    [InlineData("fr", "Les douanes togolaise et béninoise ont mené une opération conjointe à Hillacondji.", "COOPERATE", "Les douanes togolaise; béninoise")]
    [InlineData("fr", "Le Japon a annoncé lundi une enveloppe de 20 millions de dollars pour le Tchad.", "AGREE", "Le Japon")]
    [InlineData("fr", "Les délégations du Togo et du Ghana ont discuté pendant deux jours à Accra.", "CONSULT", "Les délégations du Togo; du Ghana")]
    [InlineData("fr", "Les ministres de la CEDEAO se sont retrouvés vendredi à Abuja.", "CONSULT", "Les ministres de la CEDEAO")]
    [InlineData("fr", "Le candidat sortant a reconnu sa défaite dimanche soir.", "CONCEDE", "Le candidat sortant")]
    [InlineData("fr", "Le président ghanéen a adressé ses félicitations au vainqueur.", "SUPPORT", "Le président ghanéen")]
    [InlineData("fr", "Les députés de l’opposition ont boudé la séance d’ouverture.", "PROTEST", "Les députés de l’opposition")]
    [InlineData("en", "The Red Cross issued an urgent appeal to the army.", "REQUEST", "The Red Cross")]
    [InlineData("en", "Latvia suspended all cargo rail transit to Belarus at midnight.", "SANCTION", "Latvia")]
    [InlineData("en", "The World Food Programme airdropped 30 tonnes of rice over the flooded district.", "AID", "The World Food Programme")]
    [InlineData("en", "The rebels handed over three kidnapped farm workers to the Red Cross on Friday.", "RETREAT", "The rebels")]
    [InlineData("en", "Chilean and Peruvian navy ships carried out a joint rescue drill on Sunday.", "COOPERATE", "Chilean; Peruvian navy ships")]
    [InlineData("en", "Russia sent 12 warplanes around the island of Gotland on Tuesday.", "MOBILIZE", "Russia")]
    [InlineData("en", "The militia mustered several thousand fighters outside the town.", "MOBILIZE", "The militia")]
    [InlineData("en", "Japan wrote off $90 million of Laos's arrears on Friday.", "AID", "Japan")]
    [InlineData("en", "Peru's police handed their Chilean counterparts a dossier on the gang's finances.", "COOPERATE", "Peru's police")]
    [InlineData("en", "Iran moved two batteries of missile launchers toward the strait on Monday.", "MOBILIZE", "Iran")]
    [InlineData("en", "Rebel drones hit a power plant outside the capital overnight.", "ASSAULT", "Rebel drones")]
    [InlineData("en", "Korea handed over three coastal patrol vessels to the Vietnamese navy.", "AID", "Korea")]
    [InlineData("en", "Lithuania summoned the Russian and Belarusian envoys on Friday.", "ACCUSE", "Lithuania")]
    [InlineData("fr", "La Marine chilienne a arraisonné lundi un thonier péruvien au large d’Arica.", "COERCE", "La Marine chilienne")]
    [InlineData("fr", "Les garde-côtes sénégalais ont intercepté une pirogue de 150 migrants.", "COERCE", "Les garde-côtes sénégalais")]
    [InlineData("fr", "Pékin a durci les contrôles sur les exportations de terres rares.", "SANCTION", "Pékin")]
    [InlineData("fr", "Santiago a attribué au groupe Kondor une série de cyberattaques contre ses ministères.", "ACCUSE", "Santiago")]
    [InlineData("fr", "Des milliers de Chiliens sont descendus dans la rue samedi à Valparaíso.", "PROTEST", "Des milliers de Chiliens")]
    [InlineData("en", "Brasília tightened curbs on beef exports to Argentina.", "SANCTION", "Brasília")]
    [InlineData("fr", "Santiago a renvoyé à son tour dix fonctionnaires péruviens.", "SANCTION", "Santiago")]
    [InlineData("fr", "Les enquêteurs ont saisi une dizaine d’armes de poing à Valparaíso.", "COERCE", "Les enquêteurs")]
    [InlineData("fr", "Le parquet de Lima a placé en garde à vue le capitaine du navire.", "COERCE", "Le parquet de Lima")]
    [InlineData("fr", "L’agence onusienne a lancé un appel de fonds de 150 millions de dollars.", "REQUEST", "L’agence onusienne")]
    [InlineData("fr", "Le gouvernement a imposé un couvre-feu nocturne à Arica.", "COERCE", "Le gouvernement")]
    [InlineData("en", "Chile and Peru signed a letter of intent on coastal radar cooperation.", "AGREE", "Chile; Peru")]
    [InlineData("en", "The expulsion of four Bolivian envoys by Santiago angered La Paz.", "SANCTION", "Santiago")]
    [InlineData("en", "A Peruvian coast guard cutter rammed a Chilean fishing boat near Arica on Monday.", "ASSAULT", "A Peruvian coast guard cutter")]
    [InlineData("en", "Chilean air force planes dropped food and medical supplies over the flooded valley on Thursday.", "AID", "Chilean air force planes")]
    [InlineData("fr", "Le Programme alimentaire mondial a repris mardi ses distributions de vivres à 50 000 déplacés.", "AID", "Le Programme alimentaire mondial")]
    [InlineData("fr", "Lima et Quito ont signé dans la soirée une dizaine d’accords commerciaux.", "AGREE", "Lima; Quito")]
    [InlineData("en", "A Chilean naval drone struck a Peruvian patrol boat off Arica on Sunday.", "ASSAULT", "A Chilean naval drone")]
    [InlineData("en", "Canada sanctioned six Bolivian police commanders on Friday.", "SANCTION", "Canada")]
    [InlineData("en", "Washington added nine Peruvian drone makers to its Entity List.", "SANCTION", "Washington")]
    [InlineData("fr", "Le Pérou a imposé jeudi des droits compensateurs sur l’acier chilien.", "SANCTION", "Le Pérou")]
    [InlineData("fr", "Des marins péruviens ont abordé lundi un chalutier chilien au large d’Arica.", "COERCE", "Des marins péruviens")]
    [InlineData("fr", "Les gendarmes ont procédé samedi à douze interpellations à Valparaíso.", "COERCE", "Les gendarmes")]
    [InlineData("fr", "Le journaliste chilien Pablo Rojas a été libéré mardi à Lima.", "RETREAT", "")]
    [InlineData("fr", "Des éleveurs ont déversé du lisier devant la sous-préfecture de Dax.", "PROTEST", "Des éleveurs")]
    [InlineData("fr", "Dans la soirée, les gendarmes ont dispersé à grand renfort de grenades lacrymogènes un cortège de lycéens.", "ASSAULT", "les gendarmes")]
    public void A_verb_family_codes_its_type_with_the_subject_as_source(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }

    [Theory]
    [InlineData("en", "A court in Minsk sentenced the blogger Ales Kovalchuk to six years in prison on Monday.")]
    [InlineData("en", "A court in Arequipa sentenced Rosa Quispe, a former mayor of the town, to eight years in prison.")]
    [InlineData("fr", "Un tribunal de Minsk a condamné lundi le blogueur Ales Kovaltchouk à six ans de prison.")]
    public void A_prison_sentence_both_convicts_and_jails(string language, string text)
    {
        var counted = Find(language, text).Where(e => e.Counts).Select(e => e.TypeName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["COERCE", "SANCTION"], counted);
    }

    [Fact]
    public void A_lexicon_line_may_tell_a_second_act()
    {
        var trigger = EventTrigger.Parse("COERCE+SANCTION/convict v sentenced ~ to");

        Assert.Equal((EventType.Coerce, (EventType.Sanction, "convict")), (trigger.Type, trigger.Also!.Value));
    }
}
