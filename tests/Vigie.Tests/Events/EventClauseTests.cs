using static Vigie.Tests.Events.EventTestKit;

namespace Vigie.Tests.Events;

/// <summary>How the coder tells a subject from a clause, a verb from a name, a noun or an adjective (sentences written by the team).</summary>
public sealed class EventClauseTests
{
    [Theory]
    [InlineData("en", "Fighters of the Popular Support Front shelled the airport on Monday.", "SUPPORT")]
    [InlineData("en", "The Freedom Protest Alliance elected a new leader on Sunday.", "PROTEST")]
    public void A_trigger_word_inside_a_capitalised_name_is_no_trigger(string language, string text, string type) =>
        Assert.DoesNotContain(Find(language, text), e => e.TypeName == type);

    [Theory]
    [InlineData("en", "Relatives of detained reporters marched to the ministry on Friday.", "COERCE")]
    [InlineData("en", "Jailed union leader Omar Haddad began a hunger strike on Monday.", "COERCE")]
    public void A_participle_used_as_an_adjective_is_no_act(string language, string text, string type) =>
        Assert.DoesNotContain(Find(language, text), e => e.TypeName == type);

    [Fact]
    public void A_verb_form_after_a_preposition_that_takes_nouns_is_a_noun()
    {
        const string Text = "Le président tanzanien et son homologue zambien se sont entretenus par téléphone lundi.";

        var e = Assert.Single(Find("fr", Text), e => e.Counts);

        Assert.Equal(("CONSULT", "Le président tanzanien; son homologue zambien"), (e.TypeName, Words(Text, e.Sources)));
    }

    [Fact]
    public void A_clause_with_its_own_verb_group_is_no_subject()
    {
        const string Text = "Norway has asked Chile for the extradition of a man wanted on smuggling charges.";

        Assert.DoesNotContain(Find("en", Text), e => e.TypeName == "ACCUSE" && e.Sources.Count > 0);
    }

    [Theory]
    [InlineData("en", "Ghana has once again outright rejected the proposal.", "REJECT", "Ghana")]
    [InlineData("en", "The tribunal said on Friday it had opened an investigation into the killings.", "ACCUSE", "it")]
    public void Adverbs_and_time_words_do_not_hide_the_subject(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }

    [Theory]
    [InlineData("fr", "Les milices ont bombardé samedi la ville de Goma à l’artillerie, tuant au moins neuf civils.", "Les milices")]
    [InlineData("en", "Ecuador has rejected the offer, urging Peru to withdraw its troops.", "Ecuador")]
    public void A_participle_after_a_comma_has_the_subject_of_the_main_clause(string language, string text, string source)
    {
        var events = Find(language, text).Where(e => e.Counts).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(source, Words(text, e.Sources)));
    }

    [Fact]
    public void A_participle_opening_the_sentence_has_the_subject_of_the_main_clause()
    {
        const string Text = "Accusant Kigali de soutenir les rebelles, Kinshasa a expulsé l’ambassadeur rwandais.";

        var accuse = Assert.Single(Find("fr", Text), e => e.Counts && e.TypeName == "ACCUSE");

        Assert.Equal("Kinshasa", Words(Text, accuse.Sources));
    }

    [Fact]
    public void The_antecedent_of_a_relative_pronoun_is_the_noun_phrase_before_it()
    {
        const string Text = "La police a dispersé mardi des membres du syndicat Solidarnosc qui manifestaient devant le Parlement.";

        var protest = Assert.Single(Find("fr", Text), e => e.TypeName == "PROTEST");

        Assert.Equal("des membres du syndicat Solidarnosc", Words(Text, protest.Sources));
    }

    [Fact]
    public void A_noun_act_whose_support_verb_is_an_infinitive_is_to_come()
    {
        const string Text = "The junta agreed on Sunday to resume the peace talks.";

        Assert.DoesNotContain(Find("en", Text), e => e.Counts && e.TypeName == "CONSULT");
    }

    [Theory]
    [InlineData("en", "The two presidents met on the sidelines of a regional summit in Lusaka.", "CONSULT")]
    [InlineData("en", "Ghana blamed its neighbour for a wave of border attacks.", "ACCUSE")]
    [InlineData("fr", "Le Mali a rejeté la médiation proposée par l’Algérie.", "REJECT")]
    public void A_noun_in_the_clause_of_a_coded_act_is_its_object_not_another_act(string language, string text, string type)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        Assert.Equal([type], counted.Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("en", "Canada demanded on Friday the immediate release of two detained engineers.", "REQUEST")]
    [InlineData("en", "The junta rejected on Monday renewed calls for elections.", "REJECT")]
    public void A_verb_whose_subject_would_hold_the_act_before_is_part_of_its_object(string language, string text, string type)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        Assert.Equal([type], counted.Select(e => e.TypeName));
    }

    [Fact]
    public void A_participle_after_a_coded_act_takes_the_subject_of_that_act()
    {
        const string Text = "The rebels threatened on Monday to quit the talks, accusing the army of shelling villages.";

        var accuse = Assert.Single(Find("en", Text), e => e.Counts && e.TypeName == "ACCUSE");

        Assert.Equal("The rebels", Words(Text, accuse.Sources));
    }

    [Theory]
    [InlineData("fr", "Le parquet national financier, à Paris, a ouvert une enquête contre l’ancien ministre Paul Obiang.", "Le parquet national financier")]
    [InlineData("en", "The anti-corruption prosecutor, in Lima, opened an inquiry into former minister Raul Quispe.", "The anti-corruption prosecutor")]
    public void A_place_set_off_by_commas_after_the_subject_is_no_part_of_it(string language, string text, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal(source, Words(text, e.Sources));
    }

    [Theory]
    [InlineData("en", "Norway gave a grant of $40 million to Malawi on Monday.", "Malawi")]
    [InlineData("fr", "L’Allemagne a livré mardi des blindés à l’Ukraine.", "l’Ukraine")]
    [InlineData("en", "Thousands of students marched through Dhaka on Sunday against Prime Minister Rafiq Alam.", "Prime Minister Rafiq Alam")]
    public void The_recipient_or_the_one_opposed_named_after_the_verb_is_the_target(string language, string text, string target)
        => Assert.Equal(target, TargetOfTheOneAct(language, text));

    [Theory]
    [InlineData("en", "Peru agreed on Friday to sell Bolivia two patrol boats.", "AGREE", "Bolivia")]
    [InlineData("en", "The government threatened to impose tariffs on Vietnam.", "THREATEN", "Vietnam")]
    [InlineData("fr", "Le Gabon a menacé jeudi de fermer l’ambassade du Cameroun.", "THREATEN", "l’ambassade du Cameroun")]
    [InlineData("en", "Chile refused to let Argentina inspect the dam.", "REJECT", "Argentina")]
    [InlineData("en", "Ghana rejected on Sunday a Togolese proposal.", "REJECT", "a Togolese proposal")]
    [InlineData("en", "Peru threatened on Monday to cut diplomatic ties with Chile.", "THREATEN", "Chile")]
    [InlineData("fr", "Le Japon a accepté de reprendre en juin son dialogue de sécurité avec la Chine.", "AGREE", "la Chine")]
    public void A_promise_threat_or_refusal_takes_its_target_from_the_act_it_commits_to(string language, string text, string type, string target)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, target), (e.TypeName, Words(text, e.Targets)));
    }

    [Theory]
    [InlineData("en", "A court in Quito issued an arrest warrant on Wednesday for exiled banker Tomas Ibarra.", "exiled banker Tomas Ibarra")]
    [InlineData("en", "Prosecutors opened an inquiry into former Bolivian mining minister Ana Rojas.", "former Bolivian mining minister Ana Rojas")]
    [InlineData("en", "Ankara issued an ultimatum on Friday to the Kurdish YPG militia.", "the Kurdish YPG")]
    [InlineData("fr", "Un juge de Dakar a émis mardi un mandat d’arrêt contre l’ancien ministre Ousmane Diallo.", "l’ancien ministre Ousmane Diallo")]
    public void An_act_told_by_a_noun_aims_at_the_described_name_after_its_preposition(string language, string text, string target)
        => Assert.Equal(target, TargetOfTheOneAct(language, text));

    [Theory]
    [InlineData("fr", "Le Nicaragua a rétabli lundi ses relations diplomatiques avec la Chine.", "la Chine")]
    [InlineData("fr", "La Bolivie a accordé l’asile politique à l’opposant Ramiro Vaca.", "l’opposant Ramiro Vaca")]
    public void A_word_that_qualifies_the_noun_of_a_verb_and_noun_act_is_no_target(string language, string text, string target)
        => Assert.Equal(target, TargetOfTheOneAct(language, text));

    [Theory]
    [InlineData("fr", "Varsovie a appelé mardi Minsk à rouvrir la frontière.", "Minsk")]
    [InlineData("fr", "Amnesty International a appelé les autorités tunisiennes à libérer le blogueur Sami Ferchichi.", "les autorités tunisiennes")]
    public void The_object_between_a_verb_and_its_preposition_is_the_target(string language, string text, string target)
        => Assert.Equal(target, TargetOfTheOneAct(language, text));

    [Theory]
    [InlineData("en", "Beijing moved 20,000 troops into coastal Fujian province.")]
    [InlineData("en", "Egypt's president received Jordan's king in Cairo for talks on the stalled Middle East process.")]
    public void A_place_entered_or_a_topic_discussed_is_no_target(string language, string text)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.DoesNotContain(e.Targets, target => text[target.Start..target.End].Contains("Fujian", StringComparison.Ordinal)
            || text[target.Start..target.End].Contains("Middle East", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Peru agreed on Friday to rebuild the bridge.")]
    [InlineData("fr", "La Hongrie a menacé de retirer son accréditation au correspondant de la radio à Budapest.")]
    public void A_commitment_to_an_act_that_names_no_one_or_only_a_place_has_no_target(string language, string text)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Empty(e.Targets);
    }

    [Theory]
    [InlineData("fr", "La Grèce et Chypre ont achevé lundi leurs manœuvres aériennes conjointes.", "COOPERATE")]
    [InlineData("en", "Opposition lawmakers staged a walkout demanding a recount of the votes.", "PROTEST")]
    [InlineData("en", "The union demanded that the governor resign.", "REQUEST")]
    [InlineData("en", "Government troops, backed by tanks, shelled the rebel-held town.", "ASSAULT")]
    public void Acts_read_together_keep_only_what_was_done(string language, string text, string type)
    {
        var counted = Find(language, text).Where(e => e.Counts).ToList();

        Assert.Equal([type], counted.Select(e => e.TypeName));
    }

    [Theory]
    [InlineData("en", "LUSAKA, Zambia (AP) — Jailed activist Mumba Phiri began a hunger strike on Monday.", "PROTEST", "Jailed activist Mumba Phiri")]
    [InlineData("en", "Recent drone attacks, occurring almost every night, have killed four commanders.", "ASSAULT", "Recent drone attacks")]
    public void Datelines_and_participle_asides_do_not_hide_the_subject(string language, string text, string type, string source)
    {
        var e = Assert.Single(Find(language, text), e => e.Counts);

        Assert.Equal((type, source), (e.TypeName, Words(text, e.Sources)));
    }

    [Fact]
    public void A_french_passive_release_takes_its_agent_as_source()
    {
        const string Text = "Deux journalistes belges ont été libérés jeudi par les rebelles du M23.";

        var e = Assert.Single(Find("fr", Text), e => e.Counts);

        Assert.Equal(("RETREAT", "les rebelles du M23", "Deux journalistes belges"), (e.TypeName, Words(Text, e.Sources), Words(Text, e.Targets)));
    }

    [Fact]
    public void A_pronoun_before_a_participle_after_a_comma_is_no_article()
    {
        const string Text = "Le ministère de l’Intérieur a dissous jeudi le parti Avenir, l’accusant de troubles à l’ordre public.";

        var accuse = Assert.Single(Find("fr", Text), e => e.Counts && e.TypeName == "ACCUSE");

        Assert.Equal("Le ministère de l’Intérieur", Words(Text, accuse.Sources));
    }

    [Fact]
    public void A_coordinated_verb_shares_the_subject_of_the_act_before_it()
    {
        const string Text = "The Greek and Turkish leaders met in Ankara on Monday and agreed to reopen a direct ferry line.";

        var agree = Assert.Single(Find("en", Text), e => e.Counts && e.TypeName == "AGREE");

        Assert.Equal("The Greek and Turkish leaders", Words(Text, agree.Sources).Replace("; ", " and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_after_an_act_takes_the_noun_phrase_before_it()
    {
        const string Text = "Police fired tear gas at hundreds of students who had marched on the ministry.";

        var protest = Assert.Single(Find("en", Text), e => e.Counts && e.TypeName == "PROTEST");

        Assert.Equal("hundreds of students", Words(Text, protest.Sources));
    }

    /// <summary>The target words of the one counted event of <paramref name="text"/>.</summary>
    private static string TargetOfTheOneAct(string language, string text) =>
        Words(text, Assert.Single(Find(language, text), e => e.Counts).Targets);
}
