namespace Vigie.Events.Lexicons;

/// <summary>The English word classes of the event coder (folded; « _ » joins the words of a phrase).</summary>
internal static class EnglishEventWords
{
    public static IReadOnlyDictionary<EventWordClass, string> Words { get; } = new Dictionary<EventWordClass, string>
    {
        [EventWordClass.Adverb] = "also again then earlier later further previously once jointly today yesterday monday tuesday wednesday thursday friday saturday sunday formally officially reportedly finally already still overnight tonight",
        [EventWordClass.AgainstPreposition] = "against",
        [EventWordClass.AgentPreposition] = "by of from",
        [EventWordClass.Attempt] = "attempted attempts attempt tried tries try decided decides",
        [EventWordClass.Auxiliary] = "has have had was were is are be been being did does do",
        [EventWordClass.BetweenPreposition] = "between among",
        [EventWordClass.ClauseOpener] = "and but while as",
        [EventWordClass.Complementizer] = "that",
        [EventWordClass.Conditional] = "if unless",
        [EventWordClass.Conjunction] = "and",
        [EventWordClass.Determiner] = "the a an this that these those his her its their our some several many each every no two three",
        [EventWordClass.Future] = "will would could might may shall should going plans plan planned intends intend expected expects considering 'll wants want",
        [EventWordClass.InfinitiveMarker] = "to",
        [EventWordClass.Modal] = "will would could might shall should can cannot must 'll",
        [EventWordClass.Negation] = "not n't never no neither nor",
        [EventWordClass.NonAgent] = "storm storms hurricane cyclone typhoon tornado earthquake quake tremor flood floods flooding wildfire wildfires blaze drought heatwave avalanche landslide lightning cholera measles malaria virus disease epidemic pandemic outbreak bear bears shark sharks wolf wolves dog dogs elephant elephants locusts inflation prices",
        [EventWordClass.NonCommittal] = "comment elaborate speculate confirm",
        [EventWordClass.Obligation] = "must",
        [EventWordClass.NounPreposition] = "in on at during amid despite into about",
        [EventWordClass.PairCount] = "two both",
        [EventWordClass.PairNoun] = "countries nations states powers neighbours neighbors capitals",
        [EventWordClass.Passive] = "was were been is are be being",
        [EventWordClass.PerfectInfinitive] = "having have",
        [EventWordClass.PlaceNoun] = "ocean sea gulf strait region province city island islands border",
        [EventWordClass.PlacePreposition] = "in at near",
        [EventWordClass.Possessive] = "their",
        [EventWordClass.Prospective] = "next upcoming planned proposed possible potential future expected scheduled prospective eventual",
        [EventWordClass.RecipientPreposition] = "to",
        [EventWordClass.Quantifier] = "least",
        [EventWordClass.Reporting] = "said says announced announces stated declared told confirmed indicated reported",
        [EventWordClass.RelativePronoun] = "who which whom whose where",
        [EventWordClass.StopPreposition] = "to for in on at near after before over during since with from by against about into of that who which when while because as under until despite amid according through across along",
        [EventWordClass.SubjectPronoun] = "he she they it we",
        [EventWordClass.Subordinator] = "after before while when whenever because since as although though unless until following amid",
        [EventWordClass.SupportVerb] = "held holds hold holding staged stages stage staging launched launches launch launching mounted mounts mount carried carries carry conducted conducts conduct began begins begin started starts start opened opens open continued continues continue resumed resumes resume imposed imposes impose announced announces announce organized organised organizes organises organize organise led leads lead made makes make issued issues issue declared declares declare committed commits commit ordered orders order undertook undertakes undertake stepped intensified intensifies escalated escalates called calls call waged wages wage joined joins join took takes take gave gives give executed executes perpetrated went go goes going",
        [EventWordClass.TargetPreposition] = "against on upon",
        [EventWordClass.Title] = "mr. mrs. ms. dr. president prime minister secretary general chief king queen prince colonel pope senior",
        [EventWordClass.WithPreposition] = "with",
    };
}
