using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventActorWordsTests
{
    [Theory]
    [InlineData("en", "The United States on Thursday condemned Iran.", "The United States", "Iran")]
    [InlineData("en", "Norway condemned Russia today.", "Norway", "Russia")]
    [InlineData("fr", "Les combattants de Comuneros del Sur ont attaqué la Colombie.", "Les combattants de Comuneros del Sur", "la Colombie")]
    [InlineData("en", "At least three rebels attacked the convoy.", "three rebels", "the convoy")]
    [InlineData("fr", "Au moins trois rebelles ont attaqué le convoi.", "trois rebelles", "le convoi")]
    public void A_time_word_or_a_quantifier_is_no_part_of_an_actor(string language, string text, string source, string target)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((source, target), (Words(text, e.Sources), Words(text, e.Targets)));
    }

    [Theory]
    [InlineData("en", "The World Health Organization (WHO) condemned Chile.", "The World Health Organization", "Chile")]
    [InlineData("fr", "L’Organisation mondiale de la santé (OMS) a condamné le Chili.", "L’Organisation mondiale de la santé", "le Chili")]
    public void An_aside_in_brackets_after_the_subject_leaves_it_the_subject(string language, string text, string source, string target)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((source, target), (Words(text, e.Sources), Words(text, e.Targets)));
    }
}
