namespace Vigie.Quotes.Lexicons;

/// <summary>
/// English reporting verbs written by the Vigie team: each base form with the forms a news text uses
/// to report speech (past, third person present, present participle). Forms that news copy uses more
/// often otherwise are left out: "states" (member states), "posted" (a video posted on social media),
/// and "asked", whose object and infinitive make a request ("asked the court to drop them"), not a reported clause.
/// </summary>
internal static class EnglishReportingVerbs
{
    public static IReadOnlyList<string[]> Verbs { get; } =
    [
        ["say", "said says saying say"],
        ["tell", "told tells telling"],
        ["add", "added adds adding"],
        ["warn", "warned warns warning"],
        ["note", "noted notes noting"],
        ["state", "stated stating"],
        ["declare", "declared declares declaring"],
        ["insist", "insisted insists insisting"],
        ["explain", "explained explains explaining"],
        ["argue", "argued argues arguing"],
        ["claim", "claimed claims claiming"],
        ["announce", "announced announces announcing"],
        ["acknowledge", "acknowledged acknowledges acknowledging"],
        ["admit", "admitted admits admitting"],
        ["stress", "stressed stresses stressing"],
        ["emphasise", "emphasised emphasises emphasising emphasized emphasizes emphasizing"],
        ["assert", "asserted asserts asserting"],
        ["confirm", "confirmed confirms confirming"],
        ["write", "wrote writes writing"],
        ["tweet", "tweeted tweets"],
        ["reply", "replied replies replying"],
        ["answer", "answered"],
        ["shout", "shouted shouts"],
        ["respond", "responded responds responding"],
        ["continue", "continued continues continuing"],
        ["conclude", "concluded concludes concluding"],
        ["caution", "cautioned cautions cautioning"],
        ["predict", "predicted predicts predicting"],
        ["recall", "recalled recalls recalling"],
        ["observe", "observed observes observing"],
        ["remark", "remarked remarks remarking"],
        ["suggest", "suggested suggests suggesting"],
        ["maintain", "maintained maintains maintaining"],
        ["contend", "contended contends contending"],
        ["concede", "conceded concedes conceding"],
        ["complain", "complained complains complaining"],
        ["vow", "vowed vows vowing"],
        ["pledge", "pledged pledges pledging"],
        ["promise", "promised promises promising"],
        ["reiterate", "reiterated reiterates reiterating"],
        ["deny", "denied denies denying"],
        ["report", "reported reports reporting"],
        ["assure", "assured assures assuring"],
        ["counter", "countered counters countering"],
        ["retort", "retorted retorts retorting"],
        ["rule", "ruled rules"],
        ["joke", "joked jokes joking"],
        ["quip", "quipped quips quipping"],
        ["lament", "lamented laments lamenting"],
        ["testify", "testified testifies testifying"],
        ["boast", "boasted boasts boasting"],
        ["exclaim", "exclaimed exclaims exclaiming"],
        ["recount", "recounted recounts recounting"],
        ["reveal", "revealed reveals revealing"],
        ["reckon", "reckoned reckons reckoning"],
    ];
}
