using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>Verb families of the lexicons, one sentence written by the team for each (the type and the source words).</summary>
public sealed class EventLexiconTests
{
    [Theory]
    [InlineData("en", "A Lisbon court issued an arrest warrant on Monday for the former mayor.", "THREATEN", "A Lisbon court")]
    [InlineData("fr", "Un juge belge a émis un mandat d’arrêt international contre l’ancien ministre.", "THREATEN", "Un juge belge")]
    [InlineData("en", "The government withdrew a draft law on foreign funding on Tuesday.", "CONCEDE", "The government")]
    [InlineData("en", "Japan cancelled $200 million of Laos's debt on Friday.", "AID", "Japan")]
    [InlineData("fr", "Le Club de Paris a effacé 900 millions de dollars de la dette du Tchad.", "AID", "Le Club de Paris")]
    [InlineData("en", "Estonia called up 5,000 reservists for snap drills.", "MOBILIZE", "Estonia")]
    [InlineData("fr", "Les garde-côtes marocains ont saisi au large de Tanger un cargo transportant des armes.", "COERCE", "Les garde-côtes marocains")]
    [InlineData("fr", "La ministre tchèque de la Défense s’est rendue mardi à Vilnius pour des entretiens.", "CONSULT", "La ministre tchèque de la Défense")]
    [InlineData("fr", "Le tribunal a condamné lundi l’ancien préfet Paul Merle à quatre ans de prison.", "COERCE", "Le tribunal")]
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
    public void A_verb_family_codes_its_type_with_the_subject_as_source(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }
}
