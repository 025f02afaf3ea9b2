using Vigie.Events;
using Vigie.Times;
using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

public sealed class EventDatesTests
{
    /// <summary>A Friday.</summary>
    private static readonly DateOnly Published = new(2025, 9, 5);

    [Theory]
    [InlineData("fr", "Jeudi, la Russie a signé un accord avec la Chine.", "2025-09-04")]
    [InlineData("fr", "La Norvège a condamné la Syrie mardi dernier.", "2025-09-02")]
    [InlineData("fr", "Le 12 août, l’armée russe a bombardé Kharkiv.", "2025-08-12")]
    [InlineData("en", "On Monday, Norway condemned Syria.", "2025-09-01")]
    public void An_event_takes_the_date_of_the_time_expression_of_its_clause(string language, string text, string day)
    {
        var e = Assert.Single(Find(language, text, Published), e => e.Counts);

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Dating.Text), (e.Date, e.Dating));
    }

    [Fact]
    public void Without_a_time_expression_the_publication_day_stands()
    {
        var e = Assert.Single(Find("fr", "La Russie a signé un accord avec la Chine.", Published));

        Assert.Equal((Published, Dating.Publication, (string?)null), (e.Date, e.Dating, e.DateValue));
    }

    [Fact]
    public void Each_sentence_dates_its_own_event()
    {
        const string Text = "Lundi, la Norvège a condamné la Syrie. Mercredi, la Suède a condamné l’Iran.";

        var dates = Find("fr", Text, Published).Select(e => e.Date).ToList();

        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 3)], dates);
    }

    [Fact]
    public void A_period_keeps_its_value_and_dates_the_event_by_its_first_day()
    {
        var e = Assert.Single(Find("fr", "La semaine dernière, la Norvège a condamné la Syrie.", Published));

        Assert.Equal((new DateOnly(2025, 8, 25), "2025-W35", Dating.Text), (e.Date, e.DateValue, e.Dating));
    }

    [Fact]
    public void A_mention_dated_by_the_text_gives_its_date_to_the_merged_event()
    {
        const string Text = "Mark Rutte a condamné la Russie. Rutte a de nouveau condamné la Russie jeudi.";

        var e = Assert.Single(Find("fr", Text, Published));

        Assert.Equal((2, new DateOnly(2025, 9, 4)), (e.Mentions.Count, e.Date));
    }

    [Theory]
    [InlineData("en", "In March 1994, Rwandan troops shelled the border town.")]
    [InlineData("en", "The general, who in October 1988 ordered troops to fire on students, has died.")]
    [InlineData("fr", "En mars 1994, l’armée rwandaise a bombardé la ville frontalière.")]
    [InlineData("en", "The two neighbours fought a bitter war from 1980 to 1988 over the waterway.")]
    [InlineData("fr", "Les deux voisins ont signé en 1996 à Lima un traité de paix.")]
    [InlineData("en", "Jordan shot down several drones crossing its airspace in April 2024.")]
    [InlineData("en", "Turkey has trained thousands of Somali soldiers since 2017.")]
    [InlineData("fr", "Les deux pays négocient un traité de paix depuis 2019.")]
    public void An_act_dated_years_before_the_article_by_words_before_it_or_behind_a_dating_preposition_is_recalled_not_counted(string language, string text) =>
        RecalledNotCounted(language, text);

    [Theory]
    [InlineData("fr", "Le Honduras a rétabli lundi ses relations avec Taïwan, rompues en 2019, et s’est engagé à rouvrir son ambassade.")]
    [InlineData("en", "An Argentine judge issued an arrest warrant for Hossein Karimi, suspected of a 1994 bombing.")]
    [InlineData("en", "Last year, Estonia expelled two Russian diplomats.")]
    [InlineData("en", "In October 2024, Estonia expelled two Russian diplomats.")]
    [InlineData("en", "Kyiv released two soldiers captured in 2022 near the border.")]
    [InlineData("fr", "Kiev a libéré en retour deux soldats capturés en 2022 près de la frontière.")]
    [InlineData("en", "Police arrested a man who had fought in 1999 in Kosovo.")]
    [InlineData("en", "Brazil and Argentina held their first joint naval drills since 2019 off Santa Catarina.")]
    [InlineData("fr", "Le Brésil et l’Argentine ont achevé leurs premières manœuvres navales conjointes depuis 2019.")]
    [InlineData("fr", "Un juge a émis un mandat d’arrêt contre l’ancien ministre Karim Hosseini, soupçonné d’avoir participé à l’attentat en 1994.")]
    public void An_act_after_its_year_or_dated_last_year_is_news(string language, string text)
    {
        var events = Find(language, text, Published);

        Assert.Contains(events, e => e.Counts);
        Assert.DoesNotContain(events, e => e.Status == EventStatus.Recalled);
    }

    [Theory]
    [InlineData("en", "The Shining Path had threatened reprisals in a leaflet last month.")]
    [InlineData("fr", "Lima avait expulsé deux diplomates boliviens en février.")]
    [InlineData("en", "Moscow has repeatedly accused Kyiv of shelling the plant.")]
    [InlineData("en", "Opposition parties have long resisted changes to the electoral law.")]
    [InlineData("fr", "Le Tchad a longtemps accusé ses voisins d’abriter des rebelles.")]
    [InlineData("fr", "Lima a demandé à plusieurs reprises le retrait des navires boliviens.")]
    [InlineData("en", "Baku has jailed dozens of journalists over the past two years.")]
    [InlineData("fr", "Bakou a condamné plusieurs journalistes à de lourdes peines ces deux dernières années.")]
    public void An_act_told_in_the_pluperfect_as_a_habit_or_summed_over_years_is_background(string language, string text) =>
        RecalledNotCounted(language, text);

    [Theory]
    [InlineData("en", "Police said they had arrested three suspects near the port.", "COERCE")]
    [InlineData("en", "Riot police fired tear gas at protesters who had marched on parliament.", "PROTEST")]
    [InlineData("fr", "La police a indiqué qu’elle avait arrêté trois suspects près du port.", "COERCE")]
    [InlineData("en", "Police arrested the fugitive in Quito on Monday after two years on the run.", "COERCE")]
    [InlineData("en", "In a radio address on Friday, the Kenyan president had warned Kampala that the border would close.", "THREATEN")]
    [InlineData("fr", "Dans un discours jeudi, le président kényan avait menacé Kampala de fermer la frontière.", "THREATEN")]
    public void A_pluperfect_reported_or_in_a_relative_clause_is_news(string language, string text, string type) =>
        Assert.Contains(Find(language, text, Published), e => e.Counts && e.TypeName == type);

    [Theory]
    [InlineData("en", "Next week, Peruvian and Ecuadorian delegations hold talks in Quito on the border river.")]
    [InlineData("fr", "Le ministre péruvien se rend la semaine prochaine à Quito pour des entretiens avec le gouvernement équatorien.")]
    public void A_meeting_or_a_deployment_dated_after_the_publication_day_has_not_happened(string language, string text) =>
        Assert.DoesNotContain(Find(language, text, Published), e => e.Counts);

    [Theory]
    [InlineData("en", "Peru agreed on Friday to hold talks with Ecuador next week.", "AGREE")]
    [InlineData("en", "The European Union extended its sanctions against Belarus until March 2026.", "SANCTION")]
    public void A_speech_act_about_the_future_or_an_act_until_a_date_to_come_happened(string language, string text, string type) =>
        Assert.Contains(Find(language, text, Published), e => e.Counts && e.TypeName == type);

    [Theory]
    [InlineData("2025-09-04", "2025-09-04")]
    [InlineData("2025-09-04T15:30", "2025-09-04")]
    [InlineData("2025-09-04TEV", "2025-09-04")]
    [InlineData("2025-W36", "2025-09-01")]
    [InlineData("2025-W36-WE", "2025-09-06")]
    [InlineData("2025-09", "2025-09-01")]
    [InlineData("2014", "2014-01-01")]
    [InlineData("2025-08-29/2025-09-03", "2025-08-29")]
    [InlineData("XXXX-09-03", null)]
    [InlineData("2025-SU", null)]
    [InlineData("196X", null)]
    [InlineData("P3D", null)]
    [InlineData("2025-13", null)]
    [InlineData("2025-W60", null)]
    public void The_first_day_of_a_timex_value(string value, string? day) =>
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), FactDate.FirstDay(value));

    /// <summary>The text's act is kept as recalled, and nothing of it is counted.</summary>
    private static void RecalledNotCounted(string language, string text)
    {
        var events = Find(language, text, Published);

        Assert.Contains(events, e => e.Status == EventStatus.Recalled);
        Assert.DoesNotContain(events, e => e.Counts);
    }
}
