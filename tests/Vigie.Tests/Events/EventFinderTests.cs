using Vigie.Events;
using Vigie.Times;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventFinderTests
{
    [Theory]
    [InlineData("fr", "La Norvège a condamné la Syrie.", "ACCUSE", "La Norvège", "la Syrie")]
    [InlineData("fr", "La Russie et la Chine ont signé un accord de coopération.", "AGREE", "La Russie; la Chine", "")]
    [InlineData("fr", "Le Japon a imposé de nouvelles sanctions contre la Corée du Nord.", "SANCTION", "Le Japon", "la Corée du Nord")]
    [InlineData("fr", "Les forces russes ont bombardé Kharkiv dans la nuit.", "ASSAULT", "Les forces russes", "Kharkiv")]
    [InlineData("fr", "Le Maroc a expulsé deux diplomates algériens.", "SANCTION", "Le Maroc", "deux diplomates algériens")]
    [InlineData("en", "Norway condemned Syria on Monday.", "ACCUSE", "Norway", "Syria")]
    [InlineData("en", "Russia and China signed a cooperation agreement.", "AGREE", "Russia; China", "")]
    [InlineData("en", "Hungary has rejected the proposal.", "REJECT", "Hungary", "the proposal")]
    [InlineData("en", "Rebels attacked the convoy near Goma.", "ASSAULT", "Rebels", "the convoy")]
    public void A_trigger_takes_its_actors_from_its_clause(string language, string text, string type, string sources, string targets)
    {
        var e = Assert.Single(Find(language, text));

        Assert.Equal((type, sources, targets, EventStatus.Asserted), Describe(text, e));
    }

    [Fact]
    public void The_source_is_the_subject_of_the_trigger_s_own_clause_not_another_actor_of_the_sentence()
    {
        const string Text = "Washington a approuvé la décision lundi et, mardi, Moscou a attaqué Kiev.";

        var assault = Assert.Single(Find("fr", Text), e => e.Type == EventType.Assault);

        Assert.Equal(("ASSAULT", "Moscou", "Kiev", EventStatus.Asserted), Describe(Text, assault));
    }

    [Fact]
    public void A_name_in_apposition_joins_its_role_and_the_place_is_kept()
    {
        const string Text = "Le ministre des Affaires étrangères, Anna Lind, a rencontré son homologue à Prague.";

        var e = Assert.Single(Find("fr", Text));

        Assert.Equal(("CONSULT", "Le ministre des Affaires étrangères; Anna Lind"), (e.TypeName, Words(Text, e.Sources)));
        Assert.Equal("Prague", Slice(Text, e.Place!.Value));
    }

    [Fact]
    public void A_passive_takes_its_source_from_the_agent()
    {
        const string Text = "The convoy was attacked by rebels near Goma.";

        var e = Assert.Single(Find("en", Text));

        Assert.Equal(("ASSAULT", "rebels", "The convoy", EventStatus.Asserted), Describe(Text, e));
    }

    [Theory]
    [InlineData("fr", "Le Japon n’a pas attaqué la Corée.")]
    [InlineData("fr", "Le Japon n'attaque jamais la Corée.")]
    [InlineData("en", "Japan did not attack Korea.")]
    public void Negated_events_are_kept_and_do_not_count(string language, string text)
    {
        var e = Assert.Single(Find(language, text));

        Assert.Equal(EventStatus.Negated, e.Status);
        Assert.False(e.Counts);
    }

    [Theory]
    [InlineData("fr", "La France signera un accord avec l’Inde la semaine prochaine.")]
    [InlineData("fr", "La France va signer un accord avec l’Inde.")]
    [InlineData("en", "Canada will sign the treaty next week.")]
    [InlineData("en", "If the talks fail, Russia could attack Ukraine.")]
    public void Future_and_hypothetical_events_are_kept_and_do_not_count(string language, string text)
    {
        var e = Assert.Single(Find(language, text));

        Assert.Equal(EventStatus.Hypothetical, e.Status);
        Assert.False(e.Counts);
    }

    [Theory]
    [InlineData("en", "Canada said it will release the prisoners.", "AGREE", "Canada")]
    [InlineData("en", "Nigeria announced that it will impose sanctions on Chad.", "THREATEN", "Nigeria")]
    [InlineData("fr", "Le Canada a promis de libérer les prisonniers.", "AGREE", "Le Canada")]
    [InlineData("fr", "L’Iran a menacé de fermer le détroit d’Ormuz.", "THREATEN", "L’Iran")]
    [InlineData("fr", "Lima a promis une riposte à la décision de Quito.", "THREATEN", "Lima")]
    [InlineData("fr", "Le ministère péruvien a promis des mesures de rétorsion contre le Chili.", "THREATEN", "Le ministère péruvien")]
    [InlineData("en", "Quito vowed retaliation against Lima on Sunday.", "THREATEN", "Quito")]
    public void A_promise_or_a_threat_is_itself_an_event_that_happened(string language, string text, string type, string source)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        var e = Assert.Single(counted, e => e.TypeName == type);
        Assert.Equal(source, Words(text, e.Sources));
    }

    [Fact]
    public void An_event_inside_a_quote_is_claimed_by_its_speaker()
    {
        const string Text = "« L’armée russe a bombardé nos ports », a déclaré le ministre ukrainien.";

        var e = Assert.Single(Find("fr", Text));

        Assert.Equal((EventStatus.Claimed, "le ministre ukrainien"), (e.Status, Slice(Text, e.ClaimedBy!.Value)));
        Assert.True(e.Counts);
    }

    [Fact]
    public void An_event_in_the_rest_of_a_quote_after_its_cue_is_claimed_by_its_speaker()
    {
        const string Text = "“We will not leave,” the Ukrainian minister said. “Russian troops shelled our ports at dawn.”";

        var e = Assert.Single(Find("en", Text), e => e.TypeName == "ASSAULT");

        Assert.Equal((EventStatus.Claimed, "the Ukrainian minister"), (e.Status, Slice(Text, e.ClaimedBy!.Value)));
    }

    [Fact]
    public void Mentions_of_one_event_are_merged_and_keep_their_evidence()
    {
        const string Text = "Mark Rutte a condamné la Russie. Plus tard, Rutte a également condamné la Russie.";

        var e = Assert.Single(Find("fr", Text));

        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal("Mark Rutte", Words(Text, e.Sources));
    }

    [Fact]
    public void Different_actors_make_different_events()
    {
        const string Text = "La Norvège a condamné la Syrie. La Suède a condamné la Syrie.";

        Assert.Equal(2, Find("fr", Text).Count);
    }

    [Theory]
    [InlineData("fr", "Le sommet s’est ouvert lundi dans le calme.")]
    [InlineData("fr", "Les sanctions économiques sont un sujet de débat.")]
    [InlineData("en", "The summit opened on Monday.")]
    public void A_noun_with_no_actor_is_no_event(string language, string text) => Assert.Empty(Find(language, text));

    [Fact]
    public void Entre_x_et_y_gives_the_sources_of_a_joint_act()
    {
        const string Text = "Des pourparlers entre l’Inde et le Pakistan se sont tenus à Genève.";

        var e = Assert.Single(Find("fr", Text));

        Assert.Equal(("CONSULT", "l’Inde; le Pakistan"), (e.TypeName, Words(Text, e.Sources)));
    }

    [Fact]
    public void Events_are_dated_by_the_publication_day_and_say_so()
    {
        var e = Assert.Single(Find("en", "Norway condemned Syria.", new DateOnly(2025, 9, 5)));

        Assert.Equal((new DateOnly(2025, 9, 5), Dating.Publication), (e.Date, e.Dating));
    }
}
