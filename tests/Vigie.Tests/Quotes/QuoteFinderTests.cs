using CsCheck;
using Vigie.Quotes;
using Vigie.Text;

namespace Vigie.Tests.Quotes;

public sealed class QuoteFinderTests
{
    [Fact]
    public void Subject_cue_and_complementizer_before_the_marks()
    {
        var quote = Single("fr", "La ministre, Claire Vasseur, a averti que « la flotte restera en mer tout l’hiver ».");

        Assert.Equal((QuoteKind.Direct, "la flotte restera en mer tout l’hiver", "Claire Vasseur", "a averti", SpeakerClue.Subject), quote);
    }

    [Fact]
    public void Colon_introduction_with_a_pronoun_subject()
    {
        var quote = Single("fr", "Il a poursuivi : « Nous tiendrons nos engagements envers nos alliés. »");

        Assert.Equal((QuoteKind.Direct, "Nous tiendrons nos engagements envers nos alliés.", "Il", "a poursuivi", SpeakerClue.Subject), quote);
    }

    [Fact]
    public void Inverted_pronoun_after_the_quote()
    {
        var quote = Single("fr", "« Personne ne viendra le faire à notre place », a-t-elle ajouté devant la presse.");

        Assert.Equal((QuoteKind.Direct, "Personne ne viendra le faire à notre place", "-t-elle", "a-t-elle ajouté", SpeakerClue.Inverted), quote);
    }

    [Fact]
    public void A_surname_in_ly_before_the_verb_is_the_speaker_not_an_adverb()
    {
        var quote = Single("en", "“We will vote for a bill that builds homes,” Connolly said.");

        Assert.Equal((QuoteKind.Direct, "We will vote for a bill that builds homes", "Connolly", "said", SpeakerClue.Inverted), quote);
    }

    [Fact]
    public void Faire_valoir_reports_like_faire_savoir()
    {
        var quote = Single("fr", "« Ce n’est pas une taxe de plus », a-t-elle fait valoir devant les élus.");

        Assert.Equal((QuoteKind.Direct, "Ce n’est pas une taxe de plus", "-t-elle", "a-t-elle fait valoir", SpeakerClue.Inverted), quote);
    }

    [Fact]
    public void Inverted_name_after_the_verb()
    {
        var quote = Single("en", "“We will not back down,” said General Tomas Riegel on Monday.");

        Assert.Equal((QuoteKind.Direct, "We will not back down", "General Tomas Riegel on Monday", "said", SpeakerClue.Inverted), quote);
    }

    [Fact]
    public void Name_between_the_quote_and_the_verb()
    {
        var quote = Single("en", "\"The talks are over,\" Lind told reporters.");

        Assert.Equal((QuoteKind.Direct, "The talks are over", "Lind", "told", SpeakerClue.Inverted), quote);
    }

    [Fact]
    public void Apposition_after_the_name_stays_with_it()
    {
        var quote = Single("fr", "Mme Lise Marchal, élue de la commune, a déclaré que « rien n’a changé depuis l’été ».");

        Assert.Equal("Mme Lise Marchal, élue de la commune", quote.Speaker);
    }

    [Fact]
    public void Relative_clause_and_parenthetical_are_skipped()
    {
        Assert.Equal("Le général", Single("fr", "Le général, qui arrivait de Rome, a affirmé que « la mission est terminée pour de bon ».").Speaker);
        Assert.Equal("Norwegian officials", Single("en", "Norwegian officials, for their part, said that the bombers had turned back near the coast.").Speaker);
    }

    [Fact]
    public void A_participle_cue_continues_the_previous_speaker()
    {
        var quotes = Find("fr", "Le ministre a averti que « la menace grandit », indiquant que « les stocks sont au plus bas ».");

        Assert.Equal(2, quotes.Count);
        Assert.Equal(SpeakerClue.Subject, quotes[0].Clue);
        Assert.Equal(SpeakerClue.Continuation, quotes[1].Clue);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void Only_part_of_the_reported_clause_in_marks_is_mixed()
    {
        var (kind, content, speaker, _, _) = Single("fr", "Le porte-parole a estimé que la situation était « très préoccupante » à la frontière.");

        Assert.Equal((QuoteKind.Mixed, "très préoccupante", "Le porte-parole"), (kind, content, speaker));
    }

    [Fact]
    public void Indirect_speech_runs_to_the_end_of_the_sentence()
    {
        var quote = Single("fr", "La flotte du Nord a annoncé il y a deux jours que trois navires avaient quitté le port de Mourmansk.");

        Assert.Equal((QuoteKind.Indirect, "trois navires avaient quitté le port de Mourmansk", "La flotte du Nord", "a annoncé", SpeakerClue.Subject), quote);
    }

    [Fact]
    public void Reflexive_statement_verbs_report_what_follows_their_preposition()
    {
        var quote = Single("fr", "Vasseur s’est dit très inquiète par la hausse des incidents en mer Baltique.");

        Assert.Equal((QuoteKind.Indirect, "par la hausse des incidents en mer Baltique", "Vasseur", "s’est dit très inquiète", SpeakerClue.Subject), quote);
    }

    [Fact]
    public void According_to_before_or_after_the_clause()
    {
        var before = Single("fr", "Selon l’état-major, deux drones ont été abattus au-dessus de la mer Rouge.");
        var after = Single("en", "Two drones were shot down over the Red Sea, according to the naval command.");

        Assert.Equal((QuoteKind.Indirect, "deux drones ont été abattus au-dessus de la mer Rouge", "l’état-major", "Selon", SpeakerClue.According), before);
        Assert.Equal((QuoteKind.Indirect, "Two drones were shot down over the Red Sea", "the naval command", "according to", SpeakerClue.According), after);
    }

    [Fact]
    public void English_said_without_that_introduces_a_clause()
    {
        var quote = Single("en", "The ministry said the vessel had left the exclusion zone overnight.");

        Assert.Equal((QuoteKind.Indirect, "the vessel had left the exclusion zone overnight", "The ministry", "said", SpeakerClue.Subject), quote);
    }

    [Theory]
    [InlineData("fr", "L’état-major a dit avoir repéré 40 appareils près du détroit.", "avoir repéré 40 appareils près du détroit", "L’état-major", "a dit")]
    [InlineData("fr", "À en croire Lucie Marchal, chercheuse à l’institut, le régime redéploie ses moyens vers le nord.", "le régime redéploie ses moyens vers le nord", "Lucie Marchal", "À en croire")]
    [InlineData("en", "Officials say the bridge will reopen in March.", "the bridge will reopen in March", "Officials", "say")]
    [InlineData("en", "The alliance chief said Thursday allies had agreed to double their stocks.", "allies had agreed to double their stocks", "The alliance chief", "said")]
    [InlineData("en", "The coast guard said Tuesday a patrol vessel had fired a water cannon.", "a patrol vessel had fired a water cannon", "The coast guard", "said")]
    [InlineData("en", "14:05 — A bulk carrier has been hit by a missile off the coast, the maritime agency said.", "A bulk carrier has been hit by a missile off the coast", "the maritime agency", "said")]
    [InlineData("fr", "06:40 — Des tirs nourris sont entendus près du palais, selon des témoins.", "Des tirs nourris sont entendus près du palais", "des témoins", "selon")]
    [InlineData("en", "The envoy said both sides had accepted a draft agenda that puts prisoners first.", "both sides had accepted a draft agenda that puts prisoners first", "The envoy", "said")]
    [InlineData("en", "The prosecutor told the court the accused had tried to flee twice.", "the accused had tried to flee twice", "The prosecutor", "told")]
    [InlineData("en", "The water board said more than 300 homes in the valley had lost power.", "more than 300 homes in the valley had lost power", "The water board", "said")]
    [InlineData("en", "The bank said slower consumer spending in Spain and Portugal had hit its results.", "slower consumer spending in Spain and Portugal had hit its results", "The bank", "said")]
    [InlineData("en", "The central bank signaled that rates would fall before the summer.", "rates would fall before the summer", "The central bank", "signaled")]
    [InlineData("en", "The inspector told reporters the driver, a 34-year-old courier, had fled on foot.", "the driver, a 34-year-old courier, had fled on foot", "The inspector", "told")]
    [InlineData("en", "His lawyer said Tom Reyes, 58, had repaid the money.", "Tom Reyes, 58, had repaid the money", "His lawyer", "said")]
    public void Infinitives_plural_presents_and_listed_days_before_the_clause(string language, string text, string content, string speaker, string cue)
    {
        var quote = Single(language, text);

        Assert.Equal((QuoteKind.Indirect, content, speaker, cue), (quote.Kind, quote.Content, quote.Speaker, quote.Cue));
    }

    [Theory]
    [InlineData("Pour l’analyste Ingrid Berg, de l’institut de Tromsø, ce rapport « marque un changement de ton ».", "marque un changement de ton", "l’analyste Ingrid Berg")]
    [InlineData("Pour le ministre de la Défense, Rokas Vaitkus, ces propos sont « une preuve d’honnêteté ».", "une preuve d’honnêteté", "le ministre de la Défense, Rokas Vaitkus")]
    [InlineData("Selon Marta Vidal, les prix resteront « très élevés » cet hiver.", "très élevés", "Marta Vidal")]
    public void A_view_given_as_someone_s_before_quoted_words_is_a_mixed_quote_of_theirs(string text, string content, string speaker)
    {
        var quote = Single("fr", text);

        Assert.Equal((QuoteKind.Mixed, content, speaker), (quote.Kind, quote.Content, quote.Speaker));
    }

    [Theory]
    [InlineData("Pour l’Ukraine, cette aide est « vitale à court terme ».")]
    [InlineData("Pour la première fois, le pays a exporté du blé « sans escorte navale ».")]
    public void A_sentence_framed_for_a_state_or_a_time_reports_no_one(string text)
    {
        Assert.All(Find("fr", text), quote => Assert.Equal(SpeakerClue.None, quote.Clue));
    }

    [Theory]
    [InlineData("en", "The lawyer asked the court to dismiss the so-called “Lake Street files” as inadmissible.")]
    [InlineData("fr", "L’avocat a demandé l’annulation des écoutes dites « de la rue Caulaincourt ».")]
    public void Quoted_words_after_a_term_marker_are_a_name_not_speech(string language, string text)
    {
        Assert.Empty(Find(language, text));
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_not_the_cue_of_a_colon_introduction()
    {
        var quote = Single("en", "Asked whether the company would cut jobs, chief executive Lena Vogt was blunt: “Yes, and not only in Germany.”");

        Assert.Equal(SpeakerClue.Colon, quote.Clue);
    }

    [Fact]
    public void Two_quoted_words_inside_a_clause_before_its_cue_are_a_mixed_quote_of_that_cue()
    {
        var quote = Single("fr", "Un astéroïde repéré en novembre ne présente « aucun risque » de collision avec la Terre, a annoncé lundi l’agence.");

        Assert.Equal((QuoteKind.Mixed, "aucun risque", "a annoncé"), (quote.Kind, quote.Content, quote.Cue));
    }

    [Theory]
    [InlineData("Le conseil municipal a voté lundi soir le projet de nouvelle médiathèque, estimé à 9 millions d’euros.")]
    [InlineData("Le tribunal correctionnel a condamné jeudi un homme de 41 ans, reconnu coupable de vols en série dans trois communes.")]
    [InlineData("Le tribunal a condamné mercredi une entreprise de transport à indemniser un ancien chauffeur, licencié après avoir dénoncé des fraudes.")]
    public void A_past_participle_with_no_auxiliary_after_a_comma_reports_nothing(string text)
    {
        Assert.Empty(Find("fr", text));
    }

    [Fact]
    public void Words_after_a_verb_that_hold_that_are_what_it_reports_not_its_speaker()
    {
        const string text = "Ferry shares rose on Monday after the company's founder, Ines Vik, announced on her blog that two of its ships would be sold.";

        var quote = Assert.Single(Find("en", text));

        Assert.Equal((QuoteKind.Indirect, "two of its ships would be sold"), (quote.Kind, Slice(text, quote.Content)));
    }

    [Fact]
    public void An_indirect_question_is_no_quote()
    {
        Assert.Empty(Find("en", "The governor declined to say whether further cuts would follow."));
    }

    [Theory]
    [InlineData("fr", "Le ministre a assuré mercredi à l’issue du sommet de Prague que les alliés avaient « tenu parole » sur le budget.", "tenu parole", "Le ministre")]
    [InlineData("en", "The general staff said Friday its forces had struck a depot overnight, causing “a large-scale fire.”", "a large-scale fire.", "The general staff")]
    [InlineData("en", "The navy said it had sent a second frigate, citing “a sharp rise in threats” to shipping.", "a sharp rise in threats", "The navy")]
    public void Quoted_words_far_inside_a_reported_clause_are_a_mixed_quote_of_its_cue(string language, string text, string content, string speaker)
    {
        var mixed = Assert.Single(Find(language, text), q => q.Kind == QuoteKind.Mixed);

        Assert.Equal((content, speaker), (Slice(text, mixed.Content), mixed.Speaker is { } s ? Slice(text, s) : null));
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_speech()
    {
        Assert.Empty(Find("fr", "Le « défilé » a duré deux heures sous la pluie."));
        Assert.Empty(Find("en", "She reviewed the report \"Arctic Futures\" before the meeting."));
    }

    [Fact]
    public void A_long_statement_in_marks_without_cue_has_no_speaker()
    {
        var quote = Single("fr", "« Nous ne laisserons personne menacer nos câbles sous-marins ni nos ports. »");

        Assert.Equal((QuoteKind.Direct, SpeakerClue.None), (quote.Kind, quote.Clue));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_quote_running_over_two_paragraphs_is_one_quote()
    {
        const string Text = "Le général a déclaré : « Nous avons tenu la ligne pendant trois jours.\n\n« Il faudra maintenant relever les unités épuisées. »";

        var quote = Assert.Single(Find("fr", Text));

        Assert.StartsWith("Nous avons tenu", Slice(Text, quote.Content), StringComparison.Ordinal);
        Assert.EndsWith("épuisées.", Slice(Text, quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_quotes_stay_inside_the_outer_one()
    {
        var quote = Single("fr", "Le ministre a précisé : « Il m’a dit “jamais” et il est parti sans signer. »");

        Assert.Equal("Il m’a dit “jamais” et il est parti sans signer.", quote.Content);
    }

    [Fact]
    public void Two_speakers_in_one_paragraph()
    {
        const string Text = "« Nous partons demain », a déclaré le colonel Marc Havel. Son homologue, Ana Ruiz, a répondu que « rien ne presse ».";

        var quotes = Find("fr", Text);

        Assert.Equal(["le colonel Marc Havel", "Ana Ruiz"], quotes.Select(q => Slice(Text, q.Speaker!.Value)));
    }

    [Fact]
    public void Any_text_gives_quotes_inside_it_in_order() =>
        Gen.String.Sample(text =>
        {
            foreach (var language in new[] { "fr", "en" })
            {
                var previous = -1;
                foreach (var quote in Find(language, text))
                {
                    Assert.InRange(quote.Content.Start, 0, text.Length);
                    Assert.InRange(quote.Content.End, quote.Content.Start, text.Length);
                    Assert.True(quote.Content.Start >= previous);
                    Assert.InRange(quote.Confidence, 0, 1);
                    previous = quote.Content.Start;
                }
            }
        });

    [Fact]
    public void According_to_a_source_before_the_quote()
    {
        var quote = Single("fr", "Selon la vice-amirale Anne Lorrain, qui commande la flotte, « la menace n’a jamais été aussi élevée ».");

        Assert.Equal((QuoteKind.Direct, "la menace n’a jamais été aussi élevée", "la vice-amirale Anne Lorrain", "Selon", SpeakerClue.According), quote);
    }

    [Fact]
    public void A_name_in_apposition_after_an_inverted_subject_belongs_to_it()
    {
        var quote = Single("en", "“No peace can be built on surrender,” added her Lithuanian counterpart, Tomas Reksa.");

        Assert.Equal("her Lithuanian counterpart, Tomas Reksa", quote.Speaker);
    }

    [Fact]
    public void A_colon_at_the_end_of_a_paragraph_introduces_the_quote_of_the_next_and_a_gerund_is_not_the_cue()
    {
        var quote = Single("fr", "La sénatrice Léa Vernet a déclaré mercredi en présentant son rapport :\n\n« Nos stocks ne tiendront pas un mois de combats. »");

        Assert.Equal(("La sénatrice Léa Vernet", "a déclaré", SpeakerClue.Subject), (quote.Speaker, quote.Cue, quote.Clue));
    }

    [Theory]
    [InlineData("« Nous sommes prêts, a insisté le négociateur Aram Sarkis, à signer dès demain. »", "le négociateur Aram Sarkis")]
    [InlineData("« Nous sommes prêts, dit-il, à signer dès demain. »", "-il")]
    [InlineData("« Nous avons tenu, a-t-elle expliqué au micro de la radio. Ensuite tout a suivi. »", "-t-elle")]
    public void A_cue_between_commas_inside_the_quotation_marks(string text, string speaker)
    {
        var quote = Single("fr", text);

        Assert.Equal((speaker, SpeakerClue.Inverted), (quote.Speaker, quote.Clue));
    }

    [Fact]
    public void A_verb_form_after_a_determiner_is_a_noun_not_the_cue_of_a_mixed_quote()
    {
        var quote = Single("fr", "Le syndicat des dockers a qualifié l’annonce de « coup de massue pour le port ».");

        Assert.Equal(("a qualifié", "Le syndicat des dockers"), (quote.Cue, quote.Speaker));
    }

    [Fact]
    public void A_clause_after_two_joined_verbs_belongs_to_the_reporting_one()
    {
        var quote = Single("en", "The mayor conceded shortly after ten and said she would not seek a recount.");

        Assert.Equal("said", quote.Cue);
    }

    [Theory]
    [InlineData("en", "The Chilean minister agreed, but said Santiago would not wait for Brussels.", "Santiago would not wait for Brussels", "The Chilean minister")]
    [InlineData("fr", "La ministre chilienne a acquiescé, mais a dit que Santiago n’attendrait pas Bruxelles.", "Santiago n’attendrait pas Bruxelles", "La ministre chilienne")]
    public void A_reporting_verb_after_a_conjunction_shares_the_subject_of_a_subject_and_verb_clause(string language, string text, string content, string speaker)
    {
        var quote = Single(language, text);

        Assert.Equal((content, speaker), (quote.Content, quote.Speaker));
    }

    [Fact]
    public void A_verb_between_commas_inside_a_quote_without_a_named_subject_is_no_cue()
    {
        Assert.Empty(Find("fr", "« La flotte, a dit un responsable, restera »."));
    }

    [Fact]
    public void A_colon_lets_the_cue_stand_further_back()
    {
        var quote = Single("fr", "Le professeur Karim Belhadi a déclaré mardi devant la commission des Affaires sociales de l’Assemblée nationale : « La résistance tue déjà. »");

        Assert.Equal(("Le professeur Karim Belhadi", "a déclaré"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_verb_coordinated_with_an_earlier_one_shares_its_subject()
    {
        const string text = "The negotiator Kofi Mensah said talks would resume, and added that “without help, small growers will be pushed out.”";

        var direct = Find("en", text).Single(q => q.Kind == QuoteKind.Direct);

        Assert.Equal("The negotiator Kofi Mensah", direct.Speaker is { } s ? Slice(text, s) : null);
    }

    [Fact]
    public void A_participle_cue_with_no_quote_before_takes_the_subject_of_the_main_clause()
    {
        const string text = "L’avocate générale Sophie Marchal a requis mercredi cinq ans de prison, estimant que « l’élu a confondu la caisse de la commune et la sienne ».";

        var quote = Assert.Single(Find("fr", text));

        Assert.Equal(("L’avocate générale Sophie Marchal", SpeakerClue.Subject), (quote.Speaker is { } s ? Slice(text, s) : null, quote.Clue));
    }

    [Theory]
    [InlineData("fr", "Selon Farah Qasim, analyste chez un courtier londonien, les prix du cacao resteront élevés jusqu’à la prochaine récolte.", "les prix du cacao resteront élevés jusqu’à la prochaine récolte")]
    [InlineData("en", "According to Isa Moreno, a hydrologist at the University of Bologna, the basin has lost a fifth of its groundwater.", "the basin has lost a fifth of its groundwater")]
    [InlineData("en", "According to Economy Minister Rafael Ortiz, growth will reach 1.4 percent this year, driven by spending.", "growth will reach 1.4 percent this year, driven by spending")]
    public void After_selon_an_apposition_describing_the_source_is_not_the_reported_clause(string language, string text, string clause)
    {
        var quote = Assert.Single(Find(language, text));

        Assert.Equal((QuoteKind.Indirect, clause), (quote.Kind, Slice(text, quote.Content)));
    }

    [Fact]
    public void An_addressee_before_that_is_not_the_reported_clause()
    {
        const string text = "Ruslan Nurbek told an industry conference in London on Tuesday that supply would remain tight through 2026.";

        var quote = Assert.Single(Find("en", text));

        Assert.Equal("supply would remain tight through 2026", Slice(text, quote.Content));
    }

    [Fact]
    public void A_colon_without_a_reporting_verb_gives_the_words_before_it()
    {
        var quote = Single("en", "General Ivo Brandt's message to the committee was blunt: “We have three years to prepare.”");

        Assert.Equal((QuoteKind.Direct, "We have three years to prepare.", "General Ivo Brandt's message to the committee was blunt", ":", SpeakerClue.Colon), quote);
    }

    [Fact]
    public void A_second_speaker_after_tandis_que_is_the_subject_of_its_own_clause()
    {
        const string text = "La ministre Kadri Saar a jugé que « les sanctions ne suffisent plus », tandis que le ministre Pál Ország a répliqué que « chaque paquet affaiblit l’économie ».";

        var speakers = Find("fr", text).Select(q => q.Speaker is { } s ? Slice(text, s) : null);

        Assert.Equal(["La ministre Kadri Saar", "le ministre Pál Ország"], speakers);
    }

    [Theory]
    [InlineData("The auditor Lena Morak said the port contracts had been handled with “an alarming lack of checks.”", "said", "The auditor Lena Morak")]
    [InlineData("He called the night raids “a plain breach of the ceasefire terms.”", "called", "He")]
    [InlineData("Minister Ola Brekke urged the banks on Friday to lend to farmers “without any new conditions.”", "urged", "Minister Ola Brekke")]
    [InlineData("Le ministre Paul Verlaine a appelé lundi les banques à prêter aux éleveurs « sans nouvelles conditions ».", "a appelé", "Le ministre Paul Verlaine")]
    public void Quoted_words_that_end_a_reported_clause_are_a_mixed_quote(string text, string cue, string speaker)
    {
        var quote = Assert.Single(Find(text.Contains('«', StringComparison.Ordinal) ? "fr" : "en", text));

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(cue, quote.Cue is { } c ? Slice(text, c) : null);
        Assert.Equal(speaker, quote.Speaker is { } s ? Slice(text, s) : null);
    }

    [Theory]
    [InlineData("The novelist said she had reread “War and Peace” twice.")]
    [InlineData("The minister called the plan “bold” on Monday.")]
    public void A_title_or_a_short_fragment_inside_a_reported_clause_is_no_quote(string text)
    {
        Assert.DoesNotContain(Find("en", text), q => q.Kind == QuoteKind.Mixed);
    }

    [Theory]
    [InlineData("The negotiator said Malian farmers would need two more years to map their plots.", "Malian farmers would need two more years to map their plots")]
    [InlineData("Aziz Karimov told reporters the pipeline had been repaired overnight.", "the pipeline had been repaired overnight")]
    public void A_reported_clause_without_that_starts_at_its_subject(string text, string clause)
    {
        var quote = Assert.Single(Find("en", text));

        Assert.Equal((QuoteKind.Indirect, clause), (quote.Kind, Slice(text, quote.Content)));
    }

    [Fact]
    public void A_reported_clause_ends_before_the_cue_of_a_quotation_that_follows()
    {
        const string text = "Broker Ines Calder said on Monday that freight rates had doubled since May, adding that “some shippers now pay more for cover than for fuel.”";

        var quotes = Find("en", text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal((QuoteKind.Indirect, "freight rates had doubled since May"), (quotes[0].Kind, Slice(text, quotes[0].Content)));
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
    }

    [Theory]
    [InlineData("en", "Three barges were sunk near the delta overnight, port officials said on Friday.", "Three barges were sunk near the delta overnight", "port officials")]
    [InlineData("fr", "Trois barges ont été coulées dans la nuit près du delta, a déclaré vendredi le capitaine du port.", "Trois barges ont été coulées dans la nuit près du delta", "le capitaine du port")]
    [InlineData("fr", "La laiterie Morvandelle rappelle deux lots de yaourts en raison d’une possible contamination, a indiqué mardi la direction générale de l’alimentation.", "La laiterie Morvandelle rappelle deux lots de yaourts en raison d’une possible contamination", "la direction générale de l’alimentation")]
    public void A_clause_before_its_cue_is_an_indirect_quote(string language, string text, string clause, string speaker)
    {
        var quote = Assert.Single(Find(language, text));

        Assert.Equal((QuoteKind.Indirect, clause, speaker), (quote.Kind, Slice(text, quote.Content), quote.Speaker is { } s ? Slice(text, s) : null));
    }

    [Theory]
    [InlineData("fr", "Les réservoirs du canton n’atteindront pas leur niveau habituel avant l’hiver, a prévenu mardi Anna Gerber, ingénieure de la compagnie des eaux, en raison de la sécheresse.", "Les réservoirs du canton n’atteindront pas leur niveau habituel avant l’hiver", "Anna Gerber")]
    [InlineData("en", "Detainees at the camp were denied water and beaten by guards, the monitoring group said on Friday.", "Detainees at the camp were denied water and beaten by guards", "the monitoring group")]
    [InlineData("en", "Smugglers crossed the river near the old ferry landing before dawn, border officials said on Sunday.", "Smugglers crossed the river near the old ferry landing before dawn", "border officials")]
    [InlineData("en", "Grain exports fell by a third in the spring, the trade ministry said.", "Grain exports fell by a third in the spring", "the trade ministry")]
    [InlineData("en", "Traffic on the bridge, closed since the storm, will resume in May, said Nora Vik, the city's transport chief.", "Traffic on the bridge, closed since the storm, will resume in May", "Nora Vik")]
    [InlineData("fr", "Deux chalutiers ont été arraisonnés au large de Sète dans la nuit, a-t-on appris samedi de source maritime.", "Deux chalutiers ont été arraisonnés au large de Sète dans la nuit", "-t-on")]
    public void A_clause_before_its_cue_may_hold_a_negation_or_a_reporting_verb_of_its_own(string language, string text, string clause, string speaker)
    {
        var quote = Assert.Single(Find(language, text));

        Assert.Equal((QuoteKind.Indirect, clause, speaker), (quote.Kind, Slice(text, quote.Content), quote.Speaker is { } s ? Slice(text, s) : null));
    }

    [Theory]
    [InlineData("She said most of her tenants had been given a week to leave.", "most of her tenants had been given a week to leave")]
    [InlineData("The company said on Tuesday it would close the plant.", "it would close the plant")]
    [InlineData("The doctor said on Tuesday the outbreak in the western suburbs had not yet peaked.", "the outbreak in the western suburbs had not yet peaked")]
    public void A_bare_clause_starts_after_adverbs_and_keeps_its_whole_subject(string text, string clause)
    {
        var quote = Assert.Single(Find("en", text));

        Assert.Equal(clause, Slice(text, quote.Content));
    }

    [Fact]
    public void An_accusation_with_a_quoted_fragment_is_a_mixed_quote()
    {
        var quote = Single("en", "The regulator accused the lenders of “gambling with savings” in a report on Monday.");

        Assert.Equal((QuoteKind.Mixed, "accused", "The regulator"), (quote.Kind, quote.Cue, quote.Speaker));
    }

    [Fact]
    public void An_acronym_in_brackets_may_follow_the_speaker_of_a_clause_before_its_cue()
    {
        const string text = "Le satellite Argos-4 a été placé sur son orbite dans la nuit, a annoncé l’Agence spatiale régionale (ASR).";

        var quote = Assert.Single(Find("fr", text));

        Assert.Equal((QuoteKind.Indirect, "l’Agence spatiale régionale"), (quote.Kind, quote.Speaker is { } s ? Slice(text, s) : null));
    }

    [Fact]
    public void A_fragment_before_a_coordinated_verb_is_mixed()
    {
        var quote = Single("en", "Defence lawyer Ana Velt called the charges against her client “a fishing expedition dressed up as a case” and asked the court to drop them.");

        Assert.Equal((QuoteKind.Mixed, "called"), (quote.Kind, quote.Cue));
    }

    [Theory]
    [InlineData("en", "In the north of the region, officials said nothing.")]
    [InlineData("fr", "Le procès s’est ouvert lundi devant le tribunal, sous la présidence de la juge Anne Roque.")]
    [InlineData("fr", "La directrice Anne Roque, dont l’usine a fermé en mai, a témoigné lundi devant la commission d’enquête du Sénat.")]
    [InlineData("fr", "Le chercheur a appris que son contrat ne serait pas renouvelé.")]
    public void An_introductory_phrase_or_a_following_phrase_is_no_clause_before_a_cue(string language, string text)
    {
        Assert.Empty(Find(language, text));
    }

    [Fact]
    public void An_inverted_speaker_keeps_the_titled_name_in_apposition_after_it()
    {
        var quote = Single("fr", "« Le pont sera rouvert avant l’été », a assuré jeudi le directeur des routes du département, l’ingénieur Paul de La Salle, devant les élus.");

        Assert.Equal("le directeur des routes du département, l’ingénieur Paul de La Salle", quote.Speaker);
    }

    [Fact]
    public void A_quotation_sentence_after_a_reported_clause_continues_its_speaker()
    {
        var quotes = Find("en", "Nearby, retired teacher Ivo Brandt says he has marched every night. “We stayed quiet for thirty years and we will not stay quiet again.”");

        Assert.Equal([SpeakerClue.Subject, SpeakerClue.Continuation], quotes.Select(q => q.Clue));
    }

    [Theory]
    [InlineData("Port congestion, she said, now cost exporters more than the tariffs did.", "Port congestion, she said, now cost exporters more than the tariffs did", "she")]
    [InlineData("This winter, he says, the wells ran dry for the first time.", "the wells ran dry for the first time", "he")]
    [InlineData("Coffee exports will fall by a fifth, the Andean Coffee Growers Federation (ACGF) said on Monday.", "Coffee exports will fall by a fifth", "the Andean Coffee Growers Federation")]
    [InlineData("Ana Kovac said Brightly would appeal the fine.", "Brightly would appeal the fine", "Ana Kovac")]
    [InlineData("The appeals court ruled on Friday that the election had been fair.", "the election had been fair", "The appeals court")]
    public void Reported_clauses_around_incises_brackets_and_names(string text, string clause, string speaker)
    {
        var quote = Assert.Single(Find("en", text));

        Assert.Equal((QuoteKind.Indirect, clause, speaker), (quote.Kind, Slice(text, quote.Content), quote.Speaker is { } s ? Slice(text, s) : null));
    }

    [Fact]
    public void Quoted_words_inside_a_clause_before_its_cue_are_a_mixed_quote_of_that_cue()
    {
        const string text = "Le Chili « déplore vivement cette décision unilatérale » des autorités argentines, a indiqué mardi le ministère des Affaires étrangères.";

        var quote = Single("fr", text);

        Assert.Equal((QuoteKind.Mixed, "déplore vivement cette décision unilatérale", "a indiqué"), (quote.Kind, quote.Content, quote.Cue));
    }

    [Fact]
    public void A_term_in_quotation_marks_makes_no_mixed_quote_of_a_clause_before_its_cue()
    {
        Assert.DoesNotContain(Find("en", "The “peace plan” would collapse within weeks, officials said."), quote => quote.Kind == QuoteKind.Mixed);
    }

    [Fact]
    public void A_participle_after_a_comma_reports_what_follows_it_not_the_clause_before()
    {
        const string text = "The mayor closed the harbour road on Monday, saying repairs would take a week.";

        var quote = Assert.Single(Find("en", text));

        Assert.Equal("repairs would take a week", Slice(text, quote.Content));
    }

    [Theory]
    [InlineData("fr", "La frégate Provence rejoindra la mer Rouge début mars pour une mission de trois mois, a-t-on appris lundi de source militaire.", "La frégate Provence rejoindra la mer Rouge début mars pour une mission de trois mois", "a-t-on appris")]
    [InlineData("fr", "Le maire, Paul Servan, a assuré jeudi n’avoir jamais signé le marché.", "n’avoir jamais signé le marché", "a assuré")]
    [InlineData("en", "“We told them, ‘Leave the village now,’” said Ana Kovač, a farmer.", "We told them, ‘Leave the village now,’", "said")]
    public void Cues_after_long_source_phrases_adverbs_and_nested_quotes_are_found(string language, string text, string content, string cue)
    {
        var quote = Single(language, text);

        Assert.Equal((content, cue), (quote.Content, quote.Cue));
    }

    [Fact]
    public void A_word_called_after_an_object_is_the_speaker_s_and_leaves_the_clause_before_it_reported()
    {
        const string text = "The navy said that its drones had hit a radar site, calling the raid “successful”.";

        var quotes = Find("en", text);

        Assert.Equal([(QuoteKind.Indirect, "its drones had hit a radar site", "said"), (QuoteKind.Mixed, "successful", "calling")],
            quotes.Select(q => (q.Kind, Slice(text, q.Content), Slice(text, q.Cue!.Value))));
    }

    [Theory]
    [InlineData("The agency was alarmed by reports that two clinics had closed.")]
    [InlineData("Rivals have long dismissed the islands as “unprofitable”.")]
    public void Nouns_of_report_and_terms_after_a_link_are_no_quotes(string text)
    {
        Assert.Empty(Find("en", text));
    }

    [Theory]
    [InlineData("Le Parlement a adopté la loi dite « Avenir rural » mardi.")]
    [InlineData("Le club s’est qualifié samedi pour la finale de la coupe nationale en battant Brest.")]
    public void Names_called_so_and_reflexive_verbs_of_naming_report_nothing(string text)
    {
        Assert.Empty(Find("fr", text));
    }

    [Theory]
    [InlineData("fr", "Sur les tracteurs, des pancartes proclamaient : « Pas de viande importée dans nos cantines ! »")]
    [InlineData("fr", "Les éleveurs ont bloqué le port. Sur les tracteurs, des pancartes proclamaient : « Pas de bœuf importé ».")]
    [InlineData("en", "Farmers blocked the port. Banners on the tractors read: “No farmers, no food.”")]
    public void Words_on_placards_are_no_one_s_speech(string language, string text)
    {
        Assert.Empty(Find(language, text));
    }

    [Fact]
    public void A_quantity_with_no_verb_after_it_opens_no_clause()
    {
        Assert.Empty(Find("en", "The minister declined to say more about the plan."));
    }

    [Theory]
    [InlineData("fr", "La régie a reconnu jeudi des « défaillances » dans la gestion de la crue.", "défaillances")]
    [InlineData("en", "The operator acknowledged on Monday the “shortcomings” of its response to the flood.", "shortcomings")]
    public void A_word_quoted_after_a_verb_of_admitting_is_a_mixed_quote(string language, string text, string content)
    {
        var quote = Single(language, text);

        Assert.Equal((QuoteKind.Mixed, content), (quote.Kind, quote.Content));
    }

    [Fact]
    public void A_verb_after_and_shares_the_subject_of_the_verb_before_it()
    {
        const string text = "The union accused the owners of a “shameful” offer and said it was “ready to talk at any time”.";

        var quote = Find("en", text).Single(q => Slice(text, q.Content).StartsWith("ready", StringComparison.Ordinal));

        Assert.Equal("The union", Slice(text, quote.Speaker!.Value));
    }

    [Fact]
    public void Savoir_reports_only_after_faire()
    {
        const string text = "La préfecture a fait savoir que la route resterait fermée. Le maire veut savoir si la digue tiendra.";

        var quote = Assert.Single(Find("fr", text));

        Assert.Equal(("a fait savoir", "la route resterait fermée"), (Slice(text, quote.Cue!.Value), Slice(text, quote.Content)));
    }

    [Theory]
    [InlineData("« Le public est revenu », s’est félicitée la directrice du festival.", "s’est félicitée")]
    [InlineData("« Mon premier livre, personne ne l’a lu », a plaisanté le romancier.", "a plaisanté")]
    public void Reflexive_and_lighter_verbs_of_speech_are_cues(string text, string cue)
    {
        Assert.Equal(cue, Single("fr", text).Cue);
    }

    [Fact]
    public void A_participle_after_a_reported_clause_ends_it_and_reports_its_own_words()
    {
        const string text = "The treasurer insisted the town’s accounts were balanced, saying its debt had fallen by a third.";

        var quotes = Find("en", text);

        Assert.Equal(["the town’s accounts were balanced", "its debt had fallen by a third"], quotes.Select(q => Slice(text, q.Content)));
    }

    [Theory]
    [InlineData("The founder told Bloomberg the bakery planned to open ten shops next year.", "the bakery planned to open ten shops next year")]
    [InlineData("The founder said in its yearly report released Monday that sales had doubled.", "sales had doubled")]
    public void After_the_listener_of_a_verb_of_telling_a_clause_may_have_a_past_verb(string text, string content)
    {
        var quote = Assert.Single(Find("en", text));

        Assert.Equal(content, Slice(text, quote.Content));
    }

    [Fact]
    public void A_paragraph_that_is_one_quotation_continues_the_previous_paragraphs_speaker()
    {
        const string text = "“The levees held this time,” said engineer Rosa Quint, who inspected them on Monday.\n\n“Next spring the river will rise higher, and nobody has paid for the repairs yet.”\n\nThe council meets on Friday. “Nobody in this town wants to pay for another study of the same dikes,” a resident wrote.";

        var quotes = Find("en", text);

        Assert.Equal(3, quotes.Count);
        Assert.Equal(SpeakerClue.Continuation, quotes[1].Clue);
        Assert.NotEqual(SpeakerClue.Continuation, quotes[2].Clue);
    }

    [Theory]
    [InlineData("en", "Rosa Quint, a spokesperson for the regional farmers' cooperative that supplies the northern mills, said on Monday that the harvest was late.", "Rosa Quint")]
    [InlineData("fr", "La députée Odile Ferrand, rapporteure de la commission d’enquête sur la sûreté des barrages alpins, a souligné jeudi : « Rien n’est prêt. »", "La députée Odile Ferrand")]
    public void A_long_apposition_between_subject_and_cue_leaves_the_subject(string language, string text, string speaker)
    {
        var quote = Assert.Single(Find(language, text));

        Assert.Equal(speaker, quote.Speaker is { } s ? Slice(text, s) : null);
    }

    [Fact]
    public void A_long_colon_introduction_is_read_from_its_last_clause()
    {
        var quote = Single("fr", "Après la saisie de deux tonnes de résine dans un camion frigorifique parti du port de Tanger, la réaction du directeur des douanes de la région, Paul Lemarchand, a été immédiate : « Tous les camions seront fouillés. »");

        Assert.Equal(("la réaction du directeur des douanes de la région, Paul Lemarchand, a été immédiate", SpeakerClue.Colon), (quote.Speaker, quote.Clue));
    }

    [Fact]
    public void A_named_addressee_after_an_inverted_cue_is_not_the_speaker()
    {
        var quote = Single("fr", "« Les discussions avancent », a confié mardi à l’AFP un négociateur sous couvert d’anonymat.");

        Assert.Equal("un négociateur sous couvert d’anonymat", quote.Speaker);
    }

    [Fact]
    public void A_complementizer_far_before_the_quote_still_makes_it_mixed()
    {
        var quote = Single("fr", "L’avocat des pêcheurs, Yann Keraudren, a plaidé mardi que le permis de construire du parc éolien en mer avait été accordé « sans aucune étude des courants ».");

        Assert.Equal((QuoteKind.Mixed, "a plaidé", "Yann Keraudren"), (quote.Kind, quote.Cue, quote.Speaker));
    }

    [Fact]
    public void Asides_between_the_cue_and_a_complementizer_right_before_the_quote_are_skipped()
    {
        var quote = Single("fr", "Le ministre Paul Roux a averti mardi à Lyon, à l’ouverture du congrès annuel des maires, qu’« aucune commune ne pourra tenir ».");

        Assert.Equal((QuoteKind.Direct, "a averti", "Le ministre Paul Roux"), (quote.Kind, quote.Cue, quote.Speaker));
    }

    [Fact]
    public void A_phrase_ending_with_a_full_name_before_an_indefinite_apposition_is_the_subject()
    {
        const string Text = "Harbour Town captain Dylan Okafor, a 31-year-old goalkeeper, admitted his side had been poor.";

        var quote = Assert.Single(Find("en", Text));

        Assert.Equal("Harbour Town captain Dylan Okafor, a 31-year-old goalkeeper", Slice(Text, quote.Speaker!.Value));
    }

    [Theory]
    [InlineData("en", "“We will not sign a bad deal,” Peru's trade minister, Lucia Paredes, said on Tuesday.", "We will not sign a bad deal", "Peru's trade minister, Lucia Paredes")]
    [InlineData("en", "The court will recount the ballots by hand, its president, Ximena Roca, said on Monday.", "The court will recount the ballots by hand", "its president, Ximena Roca")]
    public void A_subject_with_a_name_in_apposition_before_its_cue_is_the_speaker(string language, string text, string content, string speaker)
    {
        var quote = Assert.Single(Find(language, text));

        Assert.Equal((content, speaker), (Slice(text, quote.Content), quote.Speaker is { } s ? Slice(text, s) : null));
    }

    [Fact]
    public void The_second_half_of_a_quote_split_by_a_long_cue_is_part_of_the_first()
    {
        const string text = "“If the smelter closes,” said Rui Costa Lima, mayor of the Portuguese port town of Sines, “we lose half our revenue.”";

        var quote = Assert.Single(Find("en", text));

        Assert.Equal(("If the smelter closes", "Rui Costa Lima", "we lose half our revenue."),
            (Slice(text, quote.Content), Slice(text, quote.Speaker!.Value), Slice(text, quote.Rest!.Value)));
    }

    [Fact]
    public void The_second_half_of_a_quote_split_by_its_cue_is_its_rest_and_a_cue_inside_the_marks_splits_nothing()
    {
        const string english = "“We are ready,” she said, “to sign the treaty tomorrow.”";
        const string french = "« Nous sommes prêts, a déclaré la ministre Claire Vasseur, à signer dès demain. »";

        var quote = Assert.Single(Find("en", english));
        var whole = Assert.Single(Find("fr", french));

        Assert.Equal(("We are ready", "to sign the treaty tomorrow."), (Slice(english, quote.Content), Slice(english, quote.Rest!.Value)));
        Assert.Equal((french[2..^2], null), (Slice(french, whole.Content), whole.Rest));
    }

    [Fact]
    public void A_short_quotation_paragraph_after_a_quote_continues_it()
    {
        const string text = "« Nos marges sont nulles. Une taxe de plus, ce sont des faillites », a-t-il martelé.\n\n« Le gouvernement sait où nous trouver. »";

        var quotes = Find("fr", text);

        Assert.Equal([SpeakerClue.Inverted, SpeakerClue.Continuation], quotes.Select(q => q.Clue));
    }

    [Fact]
    public void A_quotation_sentence_right_after_the_cue_of_a_quote_is_the_rest_of_that_quote()
    {
        const string text = "“The wells are dry,” Haddad said at the pumping station. “Every year we have to dig the wells a little deeper.”";

        var quote = Assert.Single(Find("en", text));
        var unattributed = Find("en", "Haddad walked through the pumping station. “Every year we have to dig the wells a little deeper.”");

        Assert.Equal(("The wells are dry", "Every year we have to dig the wells a little deeper."), (Slice(text, quote.Content), Slice(text, quote.Rest!.Value)));
        Assert.Equal("The wells are dry […] Every year we have to dig the wells a little deeper.", quote.QuotedWords(text));
        Assert.Equal(SpeakerClue.None, Assert.Single(unattributed).Clue);
    }

    [Fact]
    public void A_quotation_sentence_after_a_quote_and_its_rest_continues_the_speaker()
    {
        var quotes = Find("en", "“The wells are dry,” Haddad said. “We dig deeper every single year now.” “Nobody in the capital listens to the farmers here.”");

        Assert.Equal([SpeakerClue.Inverted, SpeakerClue.Continuation], quotes.Select(q => q.Clue));
        Assert.NotNull(quotes[0].Rest);
    }

    [Fact]
    public void A_quotation_a_reported_clause_leads_to_after_a_cue_is_no_rest_of_the_quote_before()
    {
        const string text = "« Mme Ferrand promet des logements sans dire où », a-t-elle ironisé, obligeant son adversaire à reconnaître que le chiffrage n’était « pas encore finalisé ».";

        var quote = Find("fr", text).First();

        Assert.Equal("Mme Ferrand promet des logements sans dire où", Slice(text, quote.Content));
        Assert.Null(quote.Rest);
    }

    [Theory]
    [InlineData("en", "The company announced a “strategic pause” at its plant on Tuesday.")]
    [InlineData("fr", "Le groupe a annoncé une « pause stratégique » dans son usine.")]
    public void A_short_phrase_after_a_determiner_is_a_term_not_speech(string language, string text)
    {
        Assert.Empty(Find(language, text));
    }

    [Fact]
    public void A_short_phrase_ending_a_reported_clause_is_still_a_mixed_quote()
    {
        var quote = Single("fr", "Le ministre Paul Roux a jugé lundi que la décision constituait une « provocation inacceptable », et a promis une réponse.");

        Assert.Equal((QuoteKind.Mixed, "provocation inacceptable"), (quote.Kind, quote.Content));
    }

    [Fact]
    public void An_incised_cue_with_a_name_in_apposition_gives_the_name()
    {
        var quote = Single("fr", "« Si l’usine ferme, a expliqué le maire de Gravelines, Paul Roux, c’est tout le port qui s’effondre. »");

        Assert.Equal("le maire de Gravelines, Paul Roux", quote.Speaker);
    }

    [Fact]
    public void An_acronym_addressee_inside_an_incise_is_not_the_speaker()
    {
        var quote = Single("fr", "« Nous avons secouru cent personnes, a raconté mardi à l’AFP Lucia Ferri, coordinatrice à bord. Les cales sont pleines. »");

        Assert.Equal("Lucia Ferri", quote.Speaker);
    }

    [Fact]
    public void A_fragment_close_after_its_verbs_object_is_mixed_even_when_the_sentence_goes_on()
    {
        var quote = Single("en", "Opposition leader Dara Quill called the plan “a tax on every commuter in the region” during a debate on Tuesday.");

        Assert.Equal((QuoteKind.Mixed, "called", "Opposition leader Dara Quill"), (quote.Kind, quote.Cue, quote.Speaker));
    }

    [Theory]
    [InlineData("fr", "Le collectif a pressé lundi la mairie, appelant les élus de la majorité à « revoir entièrement » le projet de rocade.", "appelant", "Le collectif")]
    [InlineData("en", "Hanoi on Monday accused the trawler's owners of “knowingly fishing” inside its exclusive zone.", "accused", "Hanoi")]
    [InlineData("en", "The union dismissed the offer as “an insult” and called a second strike.", "dismissed", "The union")]
    public void A_fragment_after_a_verbs_object_and_a_preposition_is_mixed(string language, string text, string cue, string speaker)
    {
        var quote = Single(language, text);

        Assert.Equal((QuoteKind.Mixed, cue, speaker), (quote.Kind, quote.Cue, quote.Speaker));
    }

    [Fact]
    public void A_judging_verb_makes_a_short_phrase_after_a_determiner_speech()
    {
        var quote = Single("fr", "Le Kremlin a dénoncé jeudi une « provocation » après l’arraisonnement du pétrolier.");

        Assert.Equal((QuoteKind.Mixed, "provocation", "Le Kremlin"), (quote.Kind, quote.Content, quote.Speaker));
    }

    [Theory]
    [InlineData("Nordvik Shipping reported a quarterly loss of 40 million euros on Tuesday.")]
    public void An_object_after_a_reporting_verb_is_no_reported_clause(string text)
    {
        Assert.Empty(Find("en", text));
    }

    [Fact]
    public void A_clause_after_an_addressee_starts_at_its_subject_even_several_words_on()
    {
        const string text = "He told Reuters the ice in the northern part of the bay was already thick.";

        var quote = Assert.Single(Find("en", text));

        Assert.Equal("the ice in the northern part of the bay was already thick", Slice(text, quote.Content));
    }

    [Fact]
    public void Exhorter_is_a_reporting_verb()
    {
        var quote = Single("fr", "« Restez chez vous ce soir », a exhorté la préfète de l’Aude, Nadia Roussel.");

        Assert.Equal("a exhorté", quote.Cue);
    }

    private static (QuoteKind Kind, string Content, string? Speaker, string? Cue, SpeakerClue Clue) Single(string language, string text)
    {
        var quote = Assert.Single(Find(language, text));
        return (quote.Kind, Slice(text, quote.Content), quote.Speaker is { } s ? Slice(text, s) : null, quote.Cue is { } c ? Slice(text, c) : null, quote.Clue);
    }

    private static List<Quote> Find(string language, string text)
    {
        var rules = TextRules.For(language);
        var tokens = new List<Token>();
        new Tokenizer(rules).Tokenize(text, tokens);
        var sentences = new List<TextSpan>();
        new SentenceSplitter(rules).Split(text, tokens, sentences);
        return [.. new QuoteFinder(QuoteRules.For(language)!).Find(text, tokens, sentences)];
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
