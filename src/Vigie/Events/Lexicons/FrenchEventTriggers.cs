namespace Vigie.Events.Lexicons;

/// <summary>
/// French event triggers written by the Vigie team (see <see cref="EventTrigger.Parse"/> for the notation),
/// from the PLOVER manual's type definitions and CAMEO's categories. Words are folded
/// without accents. Verb entries (v, s) never fire right after a determiner (« la menace »).
/// </summary>
internal static class FrenchEventTriggers
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        // AGREE: signing, promising, offering, agreeing; a promise is itself an agreement.
        "AGREE/sign v signer|signe|signent|signa|signaient|signait|signera*|signerai* ~ accord*|protocole*|traite*|pacte*|memorandum*|convention*|cessez-le-feu|declaration*|contrat*|partenariat*",
        "AGREE/sign v conclure|conclu|concluent|conclut ~ accord*|pacte*|traite*|entente*",
        "AGREE v parvenu*|parviennent ~ accord*|entente*",
        "AGREE v convenu*|conviennent|convinrent",
        "AGREE v entendus|entendues ~ sur|pour",
        "AGREE v promis|promet|promettent|promit ~ de|d'|d",
        "AGREE v engage|engagent|engages|engagee|engagees|engagea ~ a",
        "AGREE v propose|proposent|proposa ~ de|d'|d",
        "AGREE v accepte|acceptent|accepta ~ de|d'|d",
        "AGREE/sign n signature ~ accord*|protocole*|traite*|pacte*",

        // CONSULT
        "CONSULT v rencontrer|rencontre|rencontree|rencontres|rencontrent|rencontra|rencontraient|rencontrait",
        "CONSULT j rencontre|rencontres|reunion|reunions|sommet|sommets|pourparlers|negociations|entretiens|entrevue|consultations",
        "CONSULT v entretenu|entretenus|entretient|entretiennent|entretint ~ avec",
        "CONSULT v negocier|negocie|negocient|negocierent|negociaient",
        "CONSULT/visit v visite|visitent|visita|visitait",
        "CONSULT/visit n visite ~ officielle|etat",
        "CONSULT/phone j entretien ~ telephonique",
        "CONSULT/phone v telephone|telephonent",
        "CONSULT/host v accueilli|accueillie|accueille|accueillent ~ sommet|homologue*|president*|dirigeant*|delegation*|ministre*",
        "CONSULT/mediate n mediation",

        // SUPPORT
        "SUPPORT v soutenir|soutenu|soutient|soutiennent|soutint|soutenaient",
        "SUPPORT v apporte|apportent|apporta|reaffirme|reitere ~ soutien|appui",
        "SUPPORT v salue|saluent|salua|felicite|felicitent|felicita|approuve|approuvent|approuva",
        "SUPPORT v appuye|appuie|appuient|appuya",
        "SUPPORT v reconnu|reconnait|reconnaissent ~ independance|souverainete|etat|Etat|gouvernement",
        "SUPPORT v retabli|retablit|retablissent ~ relations",

        // CONCEDE
        "CONCEDE v leve|levent|leva|assoupli|assouplit|assouplissent ~ couvre-feu|etat|interdiction*|restrictions|sanctions|embargo",
        "CONCEDE v cede|cedent|ceda ~ aux|a|devant",
        "CONCEDE v accepte|acceptent|accepta ~ demande*|exigence*|revendication*|reforme*|conditions",
        "CONCEDE n concession*",

        // COOPERATE
        "COOPERATE/military j patrouille|patrouilles ~ conjointe|conjointes|commune|communes",
        "COOPERATE/military j exercice|exercices|manoeuvres|manœuvres ~ conjoint|conjoints|commun|communs|communes|conjointes",
        "COOPERATE/military v effectue|effectuent|mene|menent|organise|organisent ~ patrouille*|exercice*|manoeuvre* ~ conjoint*|commun*",
        "COOPERATE/intelligence v partage|partagent|echange|echangent|transmis ~ renseignement*|informations",
        "COOPERATE/legal v extrade|extradent|extrada",
        "COOPERATE/legal n extradition",

        // AID
        "AID/military v livrer|fournir|envoyer|livre|livrent|livra|fourni|fournit|fournissent|envoye|envoie|envoient ~ armes|munitions|chars|missiles|obus|armement*|equipement*",
        "AID v livrer|fournir|envoyer|livre|livrent|livra|fourni|fournit|fournissent|envoye|envoie|envoient|debloque|debloquent|accorde|accordent|octroye ~ aide|vivres|millions|milliards|fonds|assistance|medicaments",
        "AID/humanitarian n aide ~ humanitaire",
        "AID/asylum v accorde|accordent|octroye ~ asile",

        // RETREAT
        "RETREAT v retirer|retire|retirent|retira|rapatrier|rapatrie|rapatrient ~ troupes|forces|soldats|militaires|contingent",
        "RETREAT n retrait ~ troupes|forces|soldats|militaires",
        "RETREAT v liberer|libere|liberes|liberee|liberent|libera ~ otage*|prisonnier*|detenu*|soldat*|journaliste*|militant*",
        "RETREAT n liberation ~ otage*|prisonnier*|detenu*",
        "RETREAT v demissionne|demissionnent|demissionna",
        "RETREAT n demission",
        "RETREAT v leve|levent|leva ~ blocus|siege",
        "RETREAT v rendu|rendus|rendent ~ armes",
        "RETREAT v capitule|capitulent|capitula",

        // REQUEST
        "REQUEST s exige|exigent|exigea|exigeait|exigeaient|reclame|reclament|reclama|somme|exhorte|exhortent|exhorta",
        "REQUEST s demande|demandent|demanda|demandait",
        "REQUEST s appele|appelle|appellent|appela ~ a|au|aux",
        "REQUEST n appel ~ a|au|aux",
        "REQUEST n ultimatum",

        // ACCUSE
        "ACCUSE s accuse|accusent|accusa|accusait|accusaient|accusant|accuses|accusee|accusees",
        "ACCUSE s denonce|denoncent|denonca|denoncait|denoncant",
        "ACCUSE s condamner|condamne|condamnent|condamna|condamnait|condamnant",
        "ACCUSE s critique|critiquent|critiqua|critiquait|fustige|fustigent|fustigea|blame|blament|reproche|reprochent|reprocha|deplore|deplorent|deplora",
        "ACCUSE s averti|avertit|avertissent|avertissait|avertissant",
        "ACCUSE/investigate n enquete ~ sur|contre|visant",
        "ACCUSE/investigate v inculpe|inculpent|inculpa|mis ~ examen",
        "ACCUSE v convoque|convoquent|convoqua ~ ambassadeur*|charge|diplomate*",
        "ACCUSE n accusation|accusations ~ contre",

        // REJECT
        "REJECT s rejeter|refuser|rejete|rejette|rejettent|rejeta|rejetait|refuse|refusent|refusa|refusait|repousse|repoussent|repoussa|decline|declinent|declina",
        "REJECT v oppose|opposent|opposa ~ veto",
        "REJECT s dementi|dement|dementent|demenit",

        // THREATEN
        "THREATEN s menace|menacent|menaca|menacait|menacaient|menacant|menacera|menaceront",
        "THREATEN n ultimatum ~ a|au|aux",
        "THREATEN n menace|menaces ~ de|d'|d ~ represailles|frappe*|sanctions|guerre",

        // PROTEST
        "PROTEST/demo v manifeste|manifestent|manifesterent|manifestaient",
        "PROTEST/demo n manifestation|manifestations",
        "PROTEST/strike n greve|greves",
        "PROTEST/hunger n greve ~ faim",
        "PROTEST/boycott v boycotte|boycottent|boycotta",
        "PROTEST/boycott n boycott",
        "PROTEST/riot n emeute|emeutes",
        "PROTEST/obstruct v bloque|bloquent|bloqua ~ route*|axe*|acces|pont*|port|raffinerie*",
        "PROTEST/obstruct n barrage*|blocage* ~ route*|routier*",

        // SANCTION
        "SANCTION j sanctions",
        "SANCTION v impose|imposent|imposa|imposer|adopte|adoptent|decrete ~ sanctions|embargo",
        "SANCTION v sanctionner|sanctionne|sanctionnent|sanctionna",
        "SANCTION n embargo",
        "SANCTION/expel v expulser|expulse|expulsent|expulsa ~ diplomate*|ambassadeur*|inspecteur*",
        "SANCTION/relations v rompu|rompt|rompent|rompit|suspendu|suspend|suspendent ~ relations",
        "SANCTION v suspendre|suspendu|suspend|suspendent|gele|gelent|coupe|coupent ~ aide|cooperation|avoirs|livraisons|financement|participation|pourparlers",
        "SANCTION v rappele|rappelle|rappellent|rappela ~ ambassadeur",

        // MOBILIZE
        "MOBILIZE/troops v deployer|deploye|deploie|deploient|deploya|massé|masse|massent",
        "MOBILIZE/troops n deploiement ~ troupes|forces|soldats|militaire*|navire*|missile*|batterie*",
        "MOBILIZE n defile|parade ~ militaire",
        "MOBILIZE v mobilise|mobilisent|mobilisa ~ troupes|armee|reservistes|forces|police",
        "MOBILIZE v place|placent|mis|mettent ~ alerte",

        // COERCE
        "COERCE/arrest v arreter|arrete|arretes|arretee|arretees|interpelle|interpelles|interpellee|interpellent|appreh*",
        "COERCE/arrest n arrestation*",
        "COERCE/deport v expulse|expulsent|expulsa|expulses|expulsees",
        "COERCE/curfew n couvre-feu",
        "COERCE/curfew v impose|imposent|decrete|decretent|instaure|instaurent ~ couvre-feu",
        "COERCE/martial-law n loi ~ martiale",
        "COERCE/ban v interdit|interdisent|interdirent",
        "COERCE/censor v censure|censurent|censura",
        "COERCE/seize v saisi|saisissent|confisque|confisquent|confisqua ~ biens|navire*|cargaison*|terres|avoirs",
        "COERCE/destroy v detruit|detruisent|detruisit|demoli|demolissent|demolit|rase|rasent",

        // ASSAULT
        "ASSAULT v attaquer|attaque|attaquee|attaques|attaquees|attaquent|attaqua|attaquaient",
        "ASSAULT n attaque|attaques|offensive|offensives|assaut|raid|raids",
        "ASSAULT/heavy-weapons n frappe|frappes|bombardement*|pilonnage*",
        "ASSAULT/heavy-weapons v bombarder|frapper|bombarde|bombardent|bombarda|pilonne|pilonnent|pilonna|frappe|frappent|frappa",
        "ASSAULT/heavy-weapons v tire|tirent|tira|lance|lancent|lanca ~ missile*|roquette*|obus|drone*",
        "ASSAULT/firearms v tire|tirent|tira|ouvert ~ sur|feu",
        "ASSAULT v tue|tuent|tua|tues|tuees|abattu|abattus|abattent",
        "ASSAULT/assassinate v assassine|assassinent|assassina",
        "ASSAULT/assassinate n assassinat",
        "ASSAULT/explosives n attentat|attentats",
        "ASSAULT/suicide-attack n attentat ~ suicide|kamikaze",
        "ASSAULT/abduct v enleve|enlevent|enleva|kidnappe|kidnappent|kidnappa",
        "ASSAULT/abduct n enlevement|enlevements",
        "ASSAULT/torture v torture|torturent|tortura",
        "ASSAULT/massacre v massacre|massacrent|massacra",
        "ASSAULT v envahi|envahit|envahissent",
        "ASSAULT n invasion",
        "ASSAULT n combats|affrontements",
    ];
}
