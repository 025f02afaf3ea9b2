namespace Vigie.Events.Lexicons;

/// <summary>The French word classes of the event coder (folded without accents; « _ » joins the words of a phrase).</summary>
internal static class FrenchEventWords
{
    public static IReadOnlyDictionary<EventWordClass, string> Words { get; } = new Dictionary<EventWordClass, string>
    {
        [EventWordClass.Adverb] = "egalement aussi encore deja alors ensuite enfin pourtant cependant toutefois bien meme hier aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche plus tard ainsi donc surtout notamment d'ailleurs finalement officiellement conjointement recemment soir matin apres-midi fois",
        [EventWordClass.AgainstPreposition] = "contre",
        [EventWordClass.AgentPreposition] = "de d' du des par",
        [EventWordClass.Attempt] = "tente tentent tenta tentait essaye essaient decide decident decida",
        [EventWordClass.Auxiliary] = "a ont avait avaient aura auront aurait auraient est sont etait etaient sera seront s' se ete avoir etre eu",
        [EventWordClass.Background] = "apres depuis lendemain suite",
        [EventWordClass.BetweenPreposition] = "entre",
        [EventWordClass.CalledOff] = "annule annulee annules annulees reporte reportee reportes reportees suspendu suspendue suspendus suspendues ajourne ajournee ajournes ajournees",
        [EventWordClass.ClauseOpener] = "et mais puis or car donc",
        [EventWordClass.Commemoration] = "anniversaire anniversaires commemorer commemore commemorent commemoraient commemoration commemorations memorial",
        [EventWordClass.Complementizer] = "que qu'",
        [EventWordClass.Denial] = "dementi dementie dementis dement dementent dementait dementir nie nient niait nier",
        [EventWordClass.Conditional] = "si sinon faute",
        [EventWordClass.Conjunction] = "et ainsi_que",
        [EventWordClass.Determiner] = "le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos plusieurs certains certaines aucun aucune chaque tout toute tous toutes deux trois quelques",
        [EventWordClass.Forecast] = "pourrait pourraient pourra pourront devrait devraient peut peuvent pouvait",
        [EventWordClass.Future] = "va vont allait allaient ira iront pourrait pourraient pourra pourront devrait devraient devra devront doit doivent devait devaient peut peuvent pouvait voulait voulaient cherche cherchent envisage envisagent prevoit prevoient compte comptent souhaite souhaitent veut veulent voudrait pret prets prete pretes projette aura auront",
        [EventWordClass.Hearsay] = "aurait auraient serait seraient",
        [EventWordClass.Rumour] = "rumeur rumeurs invérifiées invérifiés invérifiable invérifiables",
        [EventWordClass.InfinitiveMarker] = "de d' a pour sans",
        [EventWordClass.Modal] = "va vont allait allaient ira iront pourrait pourraient pourra pourront devrait devraient devra devront doit doivent devait devaient peut peuvent pouvait",
        [EventWordClass.Negation] = "ne n' pas jamais aucun aucune guere nullement ni",
        [EventWordClass.NonAgent] = "tempete tempetes ouragan cyclone typhon tornade seisme tremblement inondation inondations crue crues incendie incendies secheresse canicule avalanche glissement foudre cholera rougeole paludisme virus maladie epidemie pandemie ours requin requins loup loups chien chiens elephant elephants criquets inflation prix bourse bourses actions marches indice devise tigre tigres lion lions leopard crocodile serpent abeilles valeurs eaux attaquant attaquante buteur buteuse milieu ailier avant-centre glissements pluie pluies neige vent vents seismes orages orage ebola coronavirus covid covid-19 grippe dengue variole",
        [EventWordClass.NonCommittal] = "commenter preciser confirmer speculer",
        [EventWordClass.PairCount] = "deux",
        [EventWordClass.PairNoun] = "pays etats puissances voisins nations capitales",
        [EventWordClass.Passive] = "ete est sont etait etaient fut furent",
        [EventWordClass.PerfectInfinitive] = "avoir etre",
        [EventWordClass.PlaceNoun] = "ocean mer golfe detroit region province ville capitale ile iles frontiere",
        [EventWordClass.PlacePreposition] = "a au aux en dans pres",
        [EventWordClass.Possessive] = "leur leurs",
        [EventWordClass.Prospective] = "prochain prochaine prochains prochaines eventuel eventuelle eventuels eventuelles futur future futurs futures possible possibles prevu prevue prevus prevues envisage envisagee envisages envisagees projete projetee hypothetique veille",
        [EventWordClass.Refrain] = "abstenu abstenue abstenus abstenues renonce renoncee renonces renoncees",
        [EventWordClass.Quantifier] = "moins",
        [EventWordClass.Reporting] = "annonce annoncent annonca declare declarent declara affirme affirment affirma dit disent indique indiquent assure assurent confirme confirment promis promet precise precisent fait_savoir",
        [EventWordClass.Occurrence] = "lieu produit produite deroule deroulee tenu tenue",
        [EventWordClass.NounPreposition] = "par sur dans lors contre avec au aux depuis pendant durant selon vers chez malgre",
        [EventWordClass.Purpose] = "pour",
        [EventWordClass.RecipientPreposition] = "a au aux",
        [EventWordClass.RelativePronoun] = "qui dont lequel laquelle lesquels lesquelles ou",
        [EventWordClass.SportsGround] = "pelouse maillot trophee podium",
        [EventWordClass.StopPreposition] = "pour sur dans lors apres avant contre avec a au aux en par depuis pendant durant selon sans vers chez devant derriere parmi malgre afin que qu' qui dont ou lorsque quand",
        [EventWordClass.SubjectPronoun] = "il elle ils elles on nous",
        [EventWordClass.Subordinator] = "apres avant alors lorsque quand tandis parce puisque depuis bien_que quoique",
        [EventWordClass.SupportVerb] = "mene menent mena menaient effectue effectuent effectua lance lancent lanca organise organisent organisa tenu tenus tient tiennent tint entame entament entama declenche declenchent declencha conduit conduisent commis commettent commit perpetre perpetrent procede procedent ouvert ouvrent ouvrit impose imposent imposa adopte adoptent adopta decrete decretent decreta annonce annoncent annonca poursuit poursuivent poursuivi repris reprennent reprit participe participent pris prennent prit fait font fit engage engagent engagea multiplie multiplient intensifie intensifient emis emet emettent decide decident decida ordonne ordonnent ordonna opere operent opera realise realisent realisa livre livrent livra",
        [EventWordClass.Suspicion] = "soupconne soupconnee soupconnes soupconnees presume presumee presumes presumees suppose supposee supposes supposees",
        [EventWordClass.TargetPreposition] = "contre envers sur a au aux",
        [EventWordClass.TimeNoun] = "ans annees mois semaines jours decennies an annee semaine jour",
        [EventWordClass.Title] = "m. mme mlle dr president presidente premier premiere ministre secretaire general generale chef roi reine prince general colonel pape",
        [EventWordClass.Travel] = "arrive arrivee arrives arrivees rendu rendue rendus rendues rend rendent atterri",
        [EventWordClass.WithPreposition] = "avec",
    };

    /// <summary>Future and conditional endings of verbs in -er, -ir and -re: « signera », « attaqueraient », « reprendront ».</summary>
    public static IReadOnlyList<string> FutureEndings { get; } = ["era", "eront", "erait", "eraient", "irai", "ira", "iront", "irait", "iraient", "dra", "dront", "drait", "draient"];
}
