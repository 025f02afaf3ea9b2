using Vigie.Documents;
using Vigie.Pipeline;

namespace Vigie.Tests.Quotes;

/// <summary>
/// Speakers named through what the article says of them: the one on trial, an age by decade, a role with a party in brackets,
/// an age set off after a titled name; and a person in the complement of the noun that speaks, who does not speak.
/// </summary>
public sealed class SpeakerRoleTests
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipelineBuilder.CreateDefault().Build();

    private static string? SpeakerOf(string language, string text, string quoteStart)
    {
        var analysis = Pipeline.Analyze(Article.Create(text, new DateOnly(2025, 6, 3), language: language));
        var quote = Assert.Single(analysis.Quotes, q => text[q.Content.Start..].StartsWith(quoteStart, StringComparison.Ordinal));
        return analysis.Entities.FirstOrDefault(e => e.Id == quote.SpeakerId)?.Name;
    }

    [Theory]
    [InlineData("fr", "Le procès de Loïc Tanguy, 42 ans, jugé pour l’incendie d’un hangar, s’est ouvert lundi à Brest.\nLa procureure, Anne Le Dantec, a requis trois ans de prison.\nInterrogé par la présidente, Maud Kerlan, le prévenu a assuré qu’il dormait « chez un ami, à Morlaix ».", "chez un ami", "Loïc Tanguy")]
    [InlineData("fr", "Le parquet a requis lundi deux ans de prison contre Yanis Ferrat, 24 ans, soupçonné d’avoir volé des vélos.\nLe procureur, Paul Ravel, a décrit « un réseau organisé ».\n« Je regrette », a déclaré le prévenu.", "Je regrette", "Yanis Ferrat")]
    [InlineData("en", "The trial of former builder Gary Nolan opened in Leeds on Monday.\nProsecutor Ruth Ames told jurors the fire had been “deliberate”.\n“I was at home all night,” the defendant said.", "I was at home", "Gary Nolan")]
    public void The_one_on_trial_is_the_defendant(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart));
    }

    [Fact]
    public void Without_a_trial_or_a_charge_the_defendant_is_no_one()
    {
        const string text = "La juge Maud Kerlan a ouvert l’audience lundi à Brest.\n« Je regrette », a déclaré le prévenu.";

        Assert.Null(SpeakerOf("fr", text, "Je regrette"));
    }

    [Theory]
    [InlineData("fr", "Élise Caradec, 53 ans, a témoigné mardi. Interrogée par l’avocate, Inès Morvan, sur son silence, « J’avais honte », a répondu la quinquagénaire.", "J’avais honte", "Élise Caradec")]
    [InlineData("fr", "La maire, Odile Kerbrat, 61 ans, et son opposante, Lucie Varenne (LR), 44 ans, se sont opposées sur le budget.\n« Vous confondez rigueur et abandon », a lancé la quadragénaire.", "Vous confondez", "Lucie Varenne")]
    public void An_age_noun_stands_for_the_one_person_given_an_age_of_its_decade(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart));
    }

    [Fact]
    public void A_party_in_brackets_does_not_hide_the_role_that_introduces_a_person()
    {
        const string text = "La maire (PS) de Plouzané, Odile Kerbrat, et son opposante, Lucie Varenne, ont débattu lundi.\nLucie Varenne a jugé la hausse « injuste ».\n« Je n’ai pas de leçon à recevoir », a répondu la maire.";

        Assert.Equal("Odile Kerbrat", SpeakerOf("fr", text, "Je n’ai pas"));
    }

    [Fact]
    public void A_name_described_after_an_opening_phrase_with_an_agent_is_still_the_subject()
    {
        const string text = "Joint par téléphone, Paul Ravel, président de l’association des riverains, a estimé que le jugement était « un soulagement ».";

        Assert.Equal("Paul Ravel", SpeakerOf("fr", text, "un soulagement"));
    }

    [Theory]
    [InlineData("en", "Former ward sister Joan Pryce, 58, said she had warned managers twice.", "she had warned", "Joan Pryce")]
    [InlineData("fr", "L’ancienne infirmière Joëlle Prigent, 58 ans, a affirmé qu’elle avait alerté la direction.", "elle avait alerté", "Joëlle Prigent")]
    public void An_age_set_off_after_a_titled_name_leaves_the_name_the_subject(string language, string text, string quoteStart, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(language, text, quoteStart));
    }

    [Theory]
    [InlineData("en", "The lawyer of Gary Nolan told the court that his client had been at home.", "his client")]
    [InlineData("en", "A neighbour of Gary Nolan told reporters that the house had been empty for weeks.", "the house")]
    [InlineData("fr", "L’avocat de Loïc Tanguy a affirmé que son client était innocent.", "son client")]
    [InlineData("fr", "Un proche de Loïc Tanguy a assuré que le hangar était vide.", "le hangar")]
    public void A_person_in_the_complement_of_the_noun_that_speaks_does_not_speak(string language, string text, string quoteStart)
    {
        Assert.Null(SpeakerOf(language, text, quoteStart));
    }
}
