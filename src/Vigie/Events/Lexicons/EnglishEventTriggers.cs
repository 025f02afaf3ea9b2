namespace Vigie.Events.Lexicons;

/// <summary>
/// English event triggers written by the Vigie team (see <see cref="EventTrigger.Parse"/> for the notation),
/// from the PLOVER manual's type definitions and CAMEO's categories; verbs were added while tuning on the even-position half of PLOVER's gold sentences (single words only, no text).
/// Verb entries (v, s) never fire right after a determiner ("the attack"). <c>@lemma</c> stands for a regular
/// verb's forms (<see cref="EnglishVerbForms"/>); the last block adds CAMEO verb families written that way.
/// </summary>
internal static class EnglishEventTriggers
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        // AGREE: agreeing, promising, offering; a promise is itself an agreement.
        "AGREE/sign v signed|signs|sign|signing ~ agreement*|accord*|treaty|treaties|pact|deal|memorandum|protocol|ceasefire|cease-fire|truce|contract",
        "AGREE v agreed|agree|agrees|agreeing",
        "AGREE v promised|promises|pledged|pledges|vowed|vows|offered|offers|committed|undertook",
        "AGREE v reached|reach|struck|concluded ~ agreement*|accord|deal|truce|understanding",
        "AGREE v willing|ready|prepared ~ to",
        "AGREE v accepted|accepts ~ proposal|plan|offer|mediation|invitation",

        // CONSULT
        "CONSULT v met|meets|meet|meeting ~ with",
        "CONSULT v met|meets|meet",
        "CONSULT j meeting|meetings|talks|summit|negotiations|consultations|discussions",
        "CONSULT v held|holds|hold|holding|began|begin|resumed|renewed|opened ~ talks|meeting*|negotiations|consultations|discussions",
        "CONSULT v returned|return|returns|returning ~ talk|talks|negotiations|negotiating",
        "CONSULT v negotiated|negotiate|negotiates|discussed|conferred",
        "CONSULT/visit v visited|visits|visit|visiting",
        "CONSULT/visit n visit ~ to",
        "CONSULT/host v hosted|hosts|host|hosting",
        "CONSULT/host v received|receives|welcomed ~ delegation*|president|minister|envoy*|counterpart*|leader*|king|premier|chancellor",
        "CONSULT/phone v telephoned|phoned",
        "CONSULT/mediate n mediation",
        "CONSULT/mediate v mediated|mediate|mediating",

        // SUPPORT
        "SUPPORT v praised|praises|praise|hailed|hails|welcomed|welcomes|commended|endorsed|endorses|endorse|backed|backs|supported|supports|support|defended|defend|applauded",
        // CAMEO 053 (rally support on behalf of), SUPPORT in the crosswalk: "urged the EU to support the PLO".
        "SUPPORT s urged|urges|urge|urging|appealed|appeals|called|calls ~ to ~ support|back|endorse",
        "SUPPORT v established|restored|normalized|normalised ~ relations|ties",
        "SUPPORT v recognized|recognised|recognizes ~ independence|sovereignty|government|state",
        "SUPPORT v forgave|forgive|forgives|waived",

        // CONCEDE
        "CONCEDE v lifted|lifts|lift|eased|eases|ease|relaxed|relax|shortened|ended|end ~ curfew|emergency|ban|restrictions|sanctions|embargo|martial",
        "CONCEDE v accepted|accepts|accept|met|granted ~ demand*|reforms|conditions",
        "CONCEDE v allowed|allows|allow|permitted|permits",
        "CONCEDE v conceded|concedes|yielded|yields|backed ~ down",
        "CONCEDE v conceded|concedes|yielded|yields",
        "CONCEDE n concession|concessions",
        "CONCEDE v steps ~ enhance|improve|ease",

        // COOPERATE
        "COOPERATE/military j patrol|patrols|exercise|exercises|drills|maneuvers|manoeuvres ~ joint",
        "COOPERATE/military j joint ~ patrol|patrols|exercise|exercises|drills|maneuvers|manoeuvres|operation|operations",
        "COOPERATE/military j war ~ games",
        "COOPERATE/intelligence v shared|share|shares|exchanged|exchange ~ intelligence|information|evidence|data",
        "COOPERATE/legal v extradited|extradite|extradites",
        "COOPERATE v cooperated|cooperate|cooperates|collaborated",

        // AID
        "AID/military v sent|send|sends|supplied|supply|supplies|delivered|deliver|provided|provides|provide|providing|gave|give|gives ~ weapons|arms|ammunition|tanks|missiles|troops|military|equipment|intelligence",
        "AID v sent|send|sends|supplied|supply|delivered|deliver|provided|provides|provide|providing|gave|give|gives|donated|donate|granted|grant|grants|pledged ~ aid|food|assistance|relief|medicine*|supplies|dollars|million|billion|grant|loan|loans",
        "AID/asylum v granted|grants|gave|offered ~ asylum|refuge",
        "AID n aid ~ to",
        "AID/peacekeeping n peacekeepers|peacekeeping ~ arrived|deployed",

        // RETREAT
        "RETREAT v withdrew|withdraws|withdraw|withdrawn|pulled|pulls|pull|evacuated|evacuate ~ troops|forces|soldiers|out|settlements|personnel",
        "RETREAT v completed ~ withdrawal|pullout|pullback",
        "RETREAT n withdrawal|pullout|pullback",
        "RETREAT v released|releases|release|freed|frees|free ~ prisoner*|hostage*|detainee*|soldier*|journalist*|activist*",
        "RETREAT v released|freed|release",
        "RETREAT v resigned|resigns|resign",
        "RETREAT v lifted|lifts|ended ~ blockade|siege",
        "RETREAT v surrendered|surrenders|surrender|capitulated",
        "RETREAT v opened|reopened ~ border*|crossing*|bridge*|corridor*|airspace|to",
        "RETREAT v disarmed|demobilized|demobilised",

        // REQUEST
        "REQUEST s demanded|demands|demand|demanding|urged|urges|urge|urging|appealed|appeals|asked|asks|requested|requests|insisted|pressed|sought|seeks|ordered|orders",
        "REQUEST s called|calls|call|calling ~ on|upon|for",
        "REQUEST n demand|demands|call|calls|appeal ~ for",
        "REQUEST v must",
        "REQUEST n ultimatum",
        "REQUEST v reiterated|renewed|repeated ~ demand*|call*|appeal*",

        // ACCUSE (PLOVER's ACCUSE includes CAMEO's disapprove and investigate)
        "ACCUSE s accused|accuses|accuse|accusing|blamed|blames|blame|blaming|charged|charges|alleged|alleges",
        "ACCUSE s condemned|condemns|condemn|condemning|denounced|denounces|denounce|criticized|criticised|criticizes|criticises|criticize|criticise|deplored|deplores|slammed|rebuked|decried|warned|warns",
        "ACCUSE s complained|complains|complain|protested ~ to|against|over",
        "ACCUSE/investigate v investigated|investigates|investigate|investigating|probed|probes|questioned|interrogated",
        "ACCUSE/investigate n investigation|investigations|probe|inquiry|hearing|hearings",
        "ACCUSE/investigate v sent|send ~ investigators|inspectors|team|mission",
        "ACCUSE/investigate v sent|send|sends|dispatched|dispatch|dispatches ~ to ~ investigate|probe|inspect|examine|verify",
        "ACCUSE/investigate v put ~ under ~ investigation",
        "ACCUSE v summoned|summons ~ ambassador|envoy|charge|diplomat*",
        "ACCUSE v lodged|filed ~ protest|complaint",
        "ACCUSE/legal v sued|sues|suing",
        "ACCUSE n accusation|accusations|allegation*|condemnation|criticism",

        // REJECT
        "REJECT s rejected|rejects|reject|rejecting|refused|refuses|refuse|refusing|dismissed|dismisses|denied|denies|declined|declines|spurned|vetoed|vetoes|reneged",
        "REJECT v turned|turns ~ down|away",
        "REJECT v violated|violates|defied|defies|ignored|ignores|boycotted ~ ban|agreement|ceasefire|ceasefire|truce|order|resolution|law",
        "REJECT v failed ~ to ~ agree|reach",
        "REJECT v will ~ not ~ accept|allow|agree|recognize|recognise",
        "REJECT n rejection|refusal|veto",
        "REJECT v out ~ of ~ question",

        // THREATEN
        "THREATEN s threatened|threatens|threaten|threatening",
        "THREATEN n threat|threats|ultimatum",
        "THREATEN v sworn|swore|vowed ~ gain|take|destroy|crush|retaliate|fight",
        "THREATEN v warned ~ of|that ~ retaliation|strikes|attack*|war",

        // PROTEST
        "PROTEST/demo v demonstrated|demonstrate|demonstrating|marched|rallied|protested|protests|protesting",
        "PROTEST/demo n demonstration|demonstrations|protest|protests|rally|rallies|march",
        "PROTEST/strike n strike|strikes|walkout",
        "PROTEST/strike v stopped ~ work",
        "PROTEST/hunger n hunger ~ strike",
        "PROTEST/boycott v boycott|boycotts|boycotted|boycotting",
        "PROTEST/boycott n boycott",
        "PROTEST/riot v rioted|riot|rioting",
        "PROTEST/riot n riot|riots",
        "PROTEST/obstruct v blockade|blockaded|blockading",
        "PROTEST/obstruct v blocked|blocks|block|blockaded|barricaded ~ road*|roadway*|highway*|streets|transport|traffic|access|entrance|bridge|port",

        // SANCTION
        "SANCTION j sanctions|embargo",
        "SANCTION v sanctioned|sanction|imposed|impose|imposes|slapped ~ sanctions|embargo",
        "SANCTION/expel v expelled|expels|expel|expelling ~ diplomat*|ambassador*|envoy*|inspectors|staff|journalists",
        "SANCTION/relations v severed|severs|sever|broke|break|cut|cuts|suspended|suspends|suspend ~ relations|ties|links|contact",
        "SANCTION v suspended|suspends|suspend|froze|freezes|freeze|halted|cut|cuts|ended|ends|stopped ~ aid|assistance|cooperation|assets|talks|mediation|funding|deliveries|membership|participation",
        "SANCTION v recalled|recalls|recall ~ ambassador|envoy",
        "SANCTION v deny|denied|denies|banned ~ entry",
        "SANCTION n suspension ~ links|relations|ties|aid",

        // MOBILIZE
        "MOBILIZE/troops v deployed|deploys|deploy|massed|masses|mobilized|mobilised|mobilizes|mobilize",
        "MOBILIZE/troops n deployment|buildup|build-up|mobilization|mobilisation",
        "MOBILIZE n military ~ parade",
        "MOBILIZE/police v ordered ~ patrols|police",
        "MOBILIZE/troops v put|placed ~ alert",
        "MOBILIZE v prepared|prepares|preparing ~ resume|offensive|attack",
        "MOBILIZE v prepared|prepares|preparing|ready to ~ resume|attack|strike|shell|bomb|invade|launch",

        // COERCE
        "COERCE/arrest v arrested|arrests|arrest|detained|detains|detain|rounded|apprehended|jailed|imprisoned",
        "COERCE/arrest n arrest|arrests|detention",
        "COERCE/deport v deported|deports|deport|expelled|expels",
        "COERCE/curfew v imposed|imposes|declared|declares ~ curfew|emergency",
        "COERCE/curfew n curfew",
        "COERCE/martial-law n martial ~ law",
        "COERCE/ban v banned|bans|ban|outlawed|prohibited",
        "COERCE/censor v censored|censors|suspended|suspend|shut|closed ~ publication|newspaper*|station|broadcast*|website*|down",
        "COERCE/censor v ordered|orders|order ~ to ~ suspend|halt|stop|cease|close ~ publication|publishing|broadcast*|newspaper*",
        "COERCE/seize v seized|seizes|seize|confiscated|confiscates|impounded",
        "COERCE/destroy v demolished|demolishes|destroyed|destroys|razed|bulldozed|blew",
        "COERCE v hacked|hack|hacks",
        "COERCE/restrict v restricted|restricts|restrict",
        "COERCE/restrict v closed|closes|sealed|seals ~ border*|crossing*|road*|airspace|port*|office*|school*|mosque*|church*|checkpoint*|university|universities|camp*|area|city|town",
        "COERCE v human ~ shields",
        "COERCE v forced ~ out|from|to",

        // ASSAULT
        "ASSAULT v attacked|attacks|attack|attacking|assaulted|raided|raids|stormed|ambushed|invaded|invades|overran",
        "ASSAULT n attack|attacks|assault|offensive|invasion|raid|raids|ambush",
        "ASSAULT/heavy-weapons v shelled|shells|shell|shelling|bombed|bombs|bombarded|pounded|fired|fires|launched ~ rocket*|missile*|mortar*|shell*",
        "ASSAULT/heavy-weapons v shelled|shelling|bombed|bombarded|pounded|strafed",
        "ASSAULT/heavy-weapons n airstrike*|air ~ strike*|raid*",
        "ASSAULT/heavy-weapons n shelling|bombardment|bombing|bombings|strikes",
        "ASSAULT/firearms v opened ~ fire",
        "ASSAULT/firearms v shot|shoots|gunned",
        "ASSAULT v killed|kills|kill|killing|wounded|wounds|injured|beat|beaten|clashed|clashes|fought|fights|retook|retaken|recaptured|captured",
        "ASSAULT/assassinate v assassinated|assassinate|assassinates",
        "ASSAULT/assassinate n assassination|assassinations",
        "ASSAULT/explosives n bomb|bombs|explosion|blast|car-bomb|roadside",
        "ASSAULT/suicide-attack n suicide ~ bomb*|attack*",
        "ASSAULT/abduct v kidnapped|kidnaps|abducted|abducts|seized",
        "ASSAULT/torture v tortured|tortures|torture",
        "ASSAULT/massacre v massacred|massacre|massacres",
        "ASSAULT n clashes|fighting|battle|massacre",
        "ASSAULT v mounted|launched ~ invasion|offensive|attack*|raid*",

        // CAMEO verb families, regular verbs as @lemma.
        "AGREE/sign v @ratify",
        "AGREE v @express|@voice|@reiterate ~ willingness|readiness|intention|desire|commitment",
        "AGREE v @invite ~ to",
        "AGREE v @propose ~ to",
        "AGREE v @accept ~ terms|deal|principle|ceasefire|truce|resolution|request",
        "AGREE v @announce|@declare ~ ceasefire|cease-fire|truce",
        "CONSULT v @talk|@confer|@consult ~ with",
        "CONSULT v @convene",
        "CONSULT/visit v @travel|travelled|flew ~ to",
        "SUPPORT v @congratulate|@thank|@laud|@approve|@salute",
        "SUPPORT v @express|@reaffirm|@reiterate|@voice|@pledge ~ support|solidarity|backing|sympathy|condolences",
        "CONCEDE v @apologize|@apologise|@pardon",
        "CONCEDE v @loosen|@ease|@relax ~ restriction*|curb*|control*|rules|blockade",
        "COOPERATE v @coordinate|@partner ~ with",
        "COOPERATE v joined|join|joins ~ forces",
        "COOPERATE/legal v handed|hands|hand ~ over ~ suspect*|fugitive*",
        "AID v @donate|@fund|@finance|@disburse|@airlift|@contribute|lent|@loan ~ aid|food|assistance|relief|medicine*|supplies|dollars|million|billion|tons|tonnes|vaccines|tents|fuel|funds|money",
        "AID v @donate|@rescue",
        "AID/military v @train ~ troops|forces|soldiers|police|army|officers|recruits",
        "RETREAT v @retreat",
        "RETREAT v @dismantle ~ checkpoint*|settlement*|base*|camp*|roadblock*",
        "RETREAT v @return ~ prisoner*|hostage*|territory|land|remains|detainee*",
        "RETREAT v stepped|steps|step ~ down",
        "RETREAT v laid|lay|lays ~ down ~ arms|weapons",
        "REQUEST s @plead|@petition|@implore|@exhort",
        "ACCUSE s @castigate|@chide|@scold|@reprimand|@censure|@decry|@assail|@lambast",
        "ACCUSE/legal v @indict|@prosecute",
        "ACCUSE v @object ~ to",
        "REJECT s @rebuff|@snub|@oppose|@resist",
        "REJECT v ruled|rules|rule ~ out",
        "REJECT v blocked|blocks|block|@veto ~ resolution|bill|plan|proposal|measure|deal|move|nomination",
        "PROTEST/demo v @picket",
        "PROTEST/demo n sit-in|sit-ins|vigil|vigils",
        "SANCTION v banned|bans|ban ~ import*|export*|flight*|trade|travel",
        "SANCTION/relations v @downgrade ~ relations|ties",
        "SANCTION/relations v @close ~ embassy|consulate|mission",
        "SANCTION v @blacklist",
        "SANCTION v withdrew|withdraws|withdraw|withdrawn ~ ambassador|envoy",
        // PLOVER's SANCTION/withdraw: one's non-military resources (aid, observers, diplomats, peacekeepers).
        "SANCTION/withdraw v withdrew|withdraws|withdraw|withdrawn|pulled|pulls|pull ~ peacekeep*|inspectors|observers|monitors|aid|diplomats|mission",
        "MOBILIZE/troops v @reinforce|@increase|@boost|@step ~ troops|forces|presence|patrols|border|positions|security",
        "MOBILIZE v @test|test-fired ~ missile*|weapon*|rocket*|nuclear|bomb",
        "MOBILIZE n military ~ exercise*|drill*|maneuver*|manoeuvre*",
        "COERCE/arrest v @arrest|@detain|@jail|@imprison|@apprehend|@intern",
        "COERCE/arrest v rounded|round|rounds ~ up",
        "COERCE v @evict",
        "COERCE v sentenced|sentences|sentence ~ to",
        "COERCE n cyberattack|cyberattacks|cyber-attack|cyber-attacks",
        "COERCE/censor v @censor|blocked|blocks|block ~ website*|internet|access|broadcast*|newspaper*",
        "ASSAULT v @execute|hanged|@behead|@stab|@lynch|@torch",
        "ASSAULT v @bomb|@shell|@raid|@storm|@ambush|@invade|@wound|@injure",
        "ASSAULT/firearms v fired|fires|fire ~ at|on|upon",
        "ASSAULT/occupy v @occupy",
        "ASSAULT n gunfire|shootout|firefight|crossfire|airstrike|airstrikes",
    ];
}
