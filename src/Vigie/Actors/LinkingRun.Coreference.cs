using Vigie.Actors.Rules;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>The mentions other than pronouns, by sentence, as coreference starts (role nouns are resolved in place).</summary>
    private Dictionary<int, List<Mention>> _namesBySentence = [];

    /// <summary>
    /// Subject pronouns (« il », « -t-elle », "she") and role nouns (« le président ») tied to the most
    /// recent compatible person: same gender when known, outside quotations, within a few sentences. When
    /// the nearest sentence names two people, only its subject is taken; otherwise the pronoun stays unresolved.
    /// </summary>
    private void ResolveCoreference()
    {
        var people = Live.Where(m => m.IsResolved && m.IsPerson && m.Origin is not Origin.Pronoun and not Origin.RoleNoun)
            .OrderBy(m => m.Start).ToList();
        var genders = EntityGenders();
        _namesBySentence = Live.Where(m => m.Origin != Origin.Pronoun).GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var events = new List<(int Start, int Word, Mention? RoleNoun)>();
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Kind is TokenKind.Word or TokenKind.Clitic && (_rules.Pronouns.ContainsKey(_words[i].Key) || _rules.OrganizationPronouns.Contains(_words[i].Key)))
            {
                events.Add((_words[i].Start, i, null));
            }
        }

        events.AddRange(Live.Where(m => m.Origin == Origin.RoleNoun).Select(m => (m.Start, m.First, (Mention?)m)));
        foreach (var (_, i, roleNoun) in events.OrderBy(e => e.Start).ToList())
        {
            var resolved = roleNoun is null ? Pronoun(i, people, genders) : RoleNoun(roleNoun, people, genders);
            if (resolved is { IsPerson: true })
            {
                InsertOrdered(people, resolved);

                // "Abena Asante toured the village with her team's doctor": from now on she is known to be a woman.
                if (resolved.Gender != Gender.Unknown && genders.GetValueOrDefault(resolved.EntityKey) == Gender.Unknown)
                {
                    genders[resolved.EntityKey] = resolved.Gender;
                }
            }
        }
    }

    private Mention? Pronoun(int i, List<Mention> people, Dictionary<string, Gender> genders)
    {
        // An inverted pronoun inside quotation marks is the cue of an incise (« « Les faits, a-t-elle souligné, sont clairs » »), not quoted speech.
        var word = _words[i];
        if ((word.InQuote && word.Kind != TokenKind.Clitic) || IsImpersonal(i))
        {
            return null;
        }

        var gender = _rules.Pronouns.GetValueOrDefault(word.Key);
        var antecedent = (_rules.Pronouns.ContainsKey(word.Key) ? Antecedent(i, gender, people, genders) : null)
            ?? (_rules.OrganizationPronouns.Contains(word.Key) ? ActingBody(i, gender) : null);
        if (antecedent is null)
        {
            return null;
        }

        // « -t-il »: the mention is « il ».
        var start = word.Start;
        var text = _text.AsSpan(word.Start, word.End - word.Start);
        var letters = text.LastIndexOfAny('-', '‑', '‐');
        if (word.Kind == TokenKind.Clitic && letters >= 0)
        {
            start += letters + 1;
        }

        var mention = new Mention(i, i, start, word.End, Origin.Pronoun)
        {
            How = MentionSource.Coref,
            Actor = antecedent.Actor,
            LocalKey = antecedent.LocalKey,
            LocalKind = antecedent.LocalKind,
            LocalName = antecedent.LocalName,
            Antecedent = antecedent,
            Gender = gender,
            Sentence = word.Sentence,
        };
        _mentions.Add(mention);
        return mention;
    }

    /// <summary>
    /// « La SNCF a reconnu … Elle a assuré », "The WHO said … It warned": a pronoun subject of a verb, with no person in its
    /// sentence or the one before, stands for the organisation or state that opens the nearest of them, when the determiner
    /// before that name does not tell another gender (« Le ministère … Elle » is not the ministry).
    /// </summary>
    private Mention? ActingBody(int i, Gender gender)
    {
        var word = _words[i];
        var verb = i + 1;
        while (verb < _words.Length && _rules.VerbAdverbs.Contains(_words[verb].Key))
        {
            verb++;
        }

        if (word.Kind != TokenKind.Clitic && !(SameSentence(i, verb) && (_rules.StateVerbs.Contains(_words[verb].Key) || _rules.InvertedSpeechVerbs.Contains(_words[verb].Key))
            && !_rules.ImpersonalCopulas.Contains(_words[verb].Key)))
        {
            return null;
        }

        var recent = _namesBySentence.GetValueOrDefault(word.Sentence - 1, []).Concat(_namesBySentence.GetValueOrDefault(word.Sentence, []))
            .Where(m => !m.Dropped && m.IsResolved && m.Start < word.Start && !m.InQuote).OrderBy(m => m.Start).ToList();
        if (recent.Exists(m => m.IsPerson))
        {
            return null;
        }

        var body = recent.LastOrDefault(m => m.Origin is not Origin.Pronoun && (IsSubject(m) || IsSpeechSubject(m))
            && (m.Actor?.Kind is ActorKind.Organization or ActorKind.Group || (m.Actor is null && m.LocalKind == ActorKind.Organization)
                || (m.Actor?.Kind == ActorKind.Country && m.Sense != MentionSense.Place
                    && (m.Sense == MentionSense.Government || !m.Hits.All(h => h.Alias.Kind == AliasKind.Demonym)))));
        var determiner = body is null || body.First == 0 ? Gender.Unknown : _rules.IntroducingDeterminers.GetValueOrDefault(_words[body.First - 1].Key);
        return body is not null && (gender == Gender.Unknown || determiner == Gender.Unknown || determiner == gender) ? body : null;
    }

    /// <summary>"“We are sorry,” the company said": a mention right before a verb of speech is its subject.</summary>
    private bool IsSpeechSubject(Mention mention) =>
        mention.Last + 1 < _words.Length && SameSentence(mention.Last, mention.Last + 1) && _rules.InvertedSpeechVerbs.Contains(_words[mention.Last + 1].Key);

    /// <summary>« il y a », « il faut », « il est clair que », « y a-t-il », « faut-il »: no one.</summary>
    private bool IsImpersonal(int i)
    {
        var word = _words[i];
        if (word.Kind == TokenKind.Clitic)
        {
            return i > 0 && (_rules.ImpersonalBefore.Contains(_words[i - 1].Key) || (i > 1 && _words[i - 2].Key == "y"));
        }

        if (_rules.Pronouns.GetValueOrDefault(word.Key) != Gender.Male || i + 1 >= _words.Length)
        {
            return false;
        }

        if (_rules.ImpersonalAfter.Contains(_words[i + 1].Key) || (i + 2 < _words.Length && _rules.ImpersonalAfter.Contains(KeyOf(i + 1, i + 2).ToString())))
        {
            return true;
        }

        if (_rules.ImpersonalCopulas.Contains(_words[i + 1].Key))
        {
            for (var k = i + 2; k < _words.Length && k <= i + 5 && _words[k].IsWord; k++)
            {
                if (_rules.ImpersonalComplements.Contains(_words[k].Key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The most recent compatible person before word <paramref name="i"/>, or null when it cannot be told.</summary>
    private Mention? Antecedent(int i, Gender gender, List<Mention> people, Dictionary<string, Gender> genders)
    {
        var sentence = _words[i].Sentence;
        var start = _words[i].Start;
        var narrative = NarrativeSentences();
        var window = _options.PronounWindow;
        for (var s = sentence; window >= 0 && s >= 0; s--)
        {
            // Sentences wholly inside a quotation do not count: the speaker of a long quote is still
            // the one of « …, a-t-elle insisté » after it.
            if (s < sentence && !narrative[s])
            {
                continue;
            }

            window--;
            var candidates = people.Where(m => m.Sentence == s && m.Start < start && !m.InQuote && Compatible(m, gender, genders)
                && !(s == sentence && AfterAgentAside(i))).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // Someone the article names but nobody recognised stands between ("Treasury Secretary Scott
            // Bessent told reporters. He added"): the pronoun may be theirs.
            if (UnknownNameBetween(candidates[^1].End, start))
            {
                return null;
            }

            var entities = candidates.Select(m => m.EntityKey).Distinct().ToList();
            if (entities.Count == 1)
            {
                return candidates[^1];
            }

            // « La négociatrice Naoko Ishida et son homologue Liam Hartley … Elle a déclaré »: the one
            // person known to have the pronoun's gender, over people whose gender nothing tells.
            var known = gender == Gender.Unknown ? [] : entities.Where(e => genders.GetValueOrDefault(e) == gender && !_genderedByName.Contains(e)).ToList();
            if (known.Count == 1)
            {
                return candidates.Last(m => m.EntityKey == known[0]);
            }

            // Two people in the nearest sentence: its subject, when it opens the sentence alone
            // ("Keir Starmer and Emmanuel Macron met": no one).
            var first = candidates[0];
            var second = candidates.Find(m => m.EntityKey != first.EntityKey);
            if (second is not null && IsSubject(first) && NamesWhatIsPossessed(first, second))
            {
                // "Pell's barrister, Helen Garvey, said …. She added": the subject is the one in apposition, not the possessor.
                return candidates.Last(m => m.EntityKey == second.EntityKey);
            }

            return IsSubject(first) && !(second is not null && (Coordinated(first, second) || JoinedWithIntroduction(first, second)))
                ? candidates.Last(m => m.EntityKey == first.EntityKey) : null;
        }

        return null;
    }

    /// <summary>
    /// Whether the pronoun <paramref name="i"/> follows a comma in a sentence that opens with a phrase holding the agent's
    /// preposition (« Interrogé par l’avocate, Me X, sur la durée, il a estimé »): the people named before it are not its subject.
    /// </summary>
    private bool AfterAgentAside(int i)
    {
        if (i < 2 || !IsComma(i - 1))
        {
            return false;
        }

        var opening = i;
        while (opening > 0 && SameSentence(opening - 1, i))
        {
            opening--;
        }

        for (var u = opening; u < i - 1 && u <= opening + 3; u++)
        {
            if (_rules.AgentPrepositions.Contains(_words[u].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each sentence, whether some of its words stand outside quotation marks (computed once).</summary>
    private bool[] NarrativeSentences()
    {
        if (_narrative is null)
        {
            _narrative = new bool[_words.Length == 0 ? 0 : _words[^1].Sentence + 1];
            foreach (var word in _words)
            {
                _narrative[word.Sentence] |= word.IsWord && !word.InQuote;
            }
        }

        return _narrative;
    }

    /// <summary>Whether two or more capitalised words that no mention covers stand between the offsets: a name nobody recognised.</summary>
    private bool UnknownNameBetween(int from, int to)
    {
        var run = 0;
        for (var i = 0; i < _words.Length && _words[i].Start < to; i++)
        {
            var word = _words[i];
            if (word.Start < from)
            {
                continue;
            }

            var unknown = word.Kind == TokenKind.Word && word.Capitalized && !word.InQuote && _honorific[i] is null
                && !(word.SentenceStart && IsCommonWord(i)) && !_rules.Determiners.Contains(word.Key)
                && !_mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin is not Origin.Pronoun);
            // « le Grand Prix », "the Tour de France": a name after an article is a thing's, not a person's.
            if (unknown && run == 0 && i > 0 && _rules.IntroducingDeterminers.ContainsKey(_words[i - 1].Key))
            {
                unknown = false;
            }

            run = unknown ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention opens its sentence: after a determiner, a form of address, a title, or
    /// capitalised words that name no one else ("Energy Minister Luka Horvat hosted …") at most, or after an
    /// opening phrase that names no person, set off by a comma.
    /// </summary>
    private bool IsSubject(Mention mention)
    {
        for (var i = mention.First - 1; i >= 0 && _words[i].Sentence == mention.Sentence; i--)
        {
            var word = _words[i];
            // « Surnommée « la dame de fer », Évelyne Marquès quitte … »: an opening phrase that names no person, set off by a comma.
            if (i == mention.First - 1 && IsComma(i) && !_mentions.Exists(m => !m.Dropped && m.IsPerson && m.Sentence == mention.Sentence && m.Last < i))
            {
                return true;
            }

            var introduction = word.Capitalized && !_mentions.Exists(m => !m.Dropped && m.IsPerson && m.First <= i && i <= m.Last);
            if (word.IsWord && !_rules.Determiners.Contains(word.Key) && !_titleWord[i] && _honorific[i] is null && !introduction)
            {
                return OpensWithItsIntroduction(mention);
            }
        }

        return true;
    }

    /// <summary>"Pell's barrister, Helen Garvey": <paramref name="name"/> in apposition to a few lower-case words <paramref name="possessor"/>'s possessive opens.</summary>
    private bool NamesWhatIsPossessed(Mention possessor, Mention name)
    {
        var clitic = possessor.Last + 1;
        if (clitic >= _words.Length || _words[clitic].Kind != TokenKind.Clitic || !IsComma(name.First - 1) || name.First - clitic is < 3 or > 6
            || !SameSentence(possessor.Last, name.First))
        {
            return false;
        }

        return Enumerable.Range(clitic + 1, name.First - clitic - 2).All(i => _words[i].IsWord && !_words[i].Capitalized);
    }

    /// <summary>« Le député Henrik Dahl et le syndicaliste Jonas Berglund ont débattu »: two names joined by a conjunction, the second introduced.</summary>
    private bool JoinedWithIntroduction(Mention left, Mention right) =>
        right.First - left.Last is > 1 and <= 6 && SameSentence(left.Last, right.First) && _rules.Conjunctions.Contains(_words[left.Last + 1].Key)
        && Enumerable.Range(left.Last + 2, right.First - left.Last - 2).All(i => _words[i].IsWord && !_words[i].Capitalized);

    /// <summary>« Le syndicat autonome SAT-Transports s’est dit … », "The Norwegian wind developer Vindkraft said": a noun phrase introducing the name opens the sentence.</summary>
    private bool OpensWithItsIntroduction(Mention mention)
    {
        var first = mention.First - 1;
        while (first >= 0 && first >= mention.First - 5 && _words[first].Sentence == mention.Sentence && _words[first].IsWord && !_words[first].Capitalized)
        {
            first--;
        }

        var opener = first >= 0 && _words[first].Sentence == mention.Sentence ? first : first + 1;
        return opener < mention.First - 1 && (opener == 0 || _words[opener - 1].Sentence != mention.Sentence) && _rules.Determiners.Contains(_words[opener].Key)
            && Introduction(mention) is not null;
    }

    private static bool Compatible(Mention mention, Gender gender, Dictionary<string, Gender> genders) =>
        gender == Gender.Unknown || !genders.TryGetValue(mention.EntityKey, out var known) || known == Gender.Unknown || known == gender;

    /// <summary>« le président », "the minister": the most recent person holding such an office at the date (or so titled before).</summary>
    private Mention? RoleNoun(Mention noun, List<Mention> people, Dictionary<string, Gender> genders)
    {
        var candidates = people.Where(m => m.Start < noun.Start && Compatible(m, noun.Gender, genders) && Fits(m, noun.Titles!, noun.OfficeOf)).ToList();
        if (candidates.Count == 0 && !noun.InQuote && noun.OfficeOf is null && (Introduced(noun, people) ?? Introduced(noun, _organizations) ?? OnlyRecentPersonUnlessPossessed(noun, people, genders) ?? OnlyUnintroducedOrganization(noun)) is { } introduced)
        {
            // « La gouverneure de la région, Olena Marchenko, … La gouverneure a assuré »: the article's own introduction;
            // « Me Hortense Arcy … La pénaliste dénonce »: an epithet, the one person of the last sentences.
            candidates.Add(introduced);
        }

        if (noun.InQuote || candidates.Count == 0)
        {
            noun.Dropped = true;
            return null;
        }

        // Two people who fit in the last sentences ("Donald Trump met Volodymyr Zelensky. The president said"): no one.
        var recent = candidates.Where(m => m.Sentence >= noun.Sentence - _options.PronounWindow).Select(m => m.EntityKey).Distinct().Count();
        if (recent > 1)
        {
            noun.Dropped = true;
            return null;
        }

        var antecedent = candidates[^1];
        if (antecedent.IsPerson && UnnamedSameNounBetween(antecedent, noun))
        {
            // "Colonel X, a spokesman … A Western military official … “…,” the official said": the unnamed one speaks.
            noun.Dropped = true;
            return null;
        }

        noun.Actor = antecedent.Actor;
        noun.LocalKey = antecedent.LocalKey;
        noun.LocalKind = antecedent.LocalKind;
        noun.LocalName = antecedent.LocalName;
        noun.Antecedent = antecedent;
        return noun;
    }

    /// <summary>Whether the noun's head word follows an indefinite article (a few words before it) between the antecedent and the noun.</summary>
    private bool UnnamedSameNounBetween(Mention antecedent, Mention noun)
    {
        var head = _words[noun.Last].Key;
        for (var k = antecedent.Last + 1; k < noun.First; k++)
        {
            if (_words[k].Key != head)
            {
                continue;
            }

            for (var j = k - 1; j >= 0 && j >= k - 3 && SameSentence(j, k) && _words[j].IsWord; j--)
            {
                if (_rules.IndefiniteDeterminers.Contains(_words[j].Key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the person of <paramref name="mention"/> holds, at the date, an office one of the titles names (of <paramref name="of"/>, when told).</summary>
    private bool Fits(Mention mention, RoleTitle[] titles, Actor? of)
    {
        // « Le ministre arménien des Affaires étrangères, Vahan Sarkissian, … Le chef de la diplomatie »: a person the knowledge
        // base does not know holds the offices the article's title for them named.
        if (mention.Actor is null && mention.Offices is { } offices)
        {
            return (of is null || mention.OfficeOf == of)
                && titles.Any(t => t.Of is null && t.Countries is null && t.ForCountry.Concat(t.ForOrganization).Any(offices.Contains));
        }

        if (of is not null)
        {
            // The knowledge base's holders were looked up when the title was read.
            return false;
        }

        if (mention.Actor is not { } actor || _date is not { } date)
        {
            return false;
        }

        foreach (var role in actor.Roles)
        {
            if (!role.IsHeldOn(date))
            {
                continue;
            }

            foreach (var title in titles)
            {
                if ((title.ForCountry.Contains(role.Office) || title.ForOrganization.Contains(role.Office))
                    && (title.Prefixes.Count == 0 || title.Prefixes.Any(p => TitleStartsWith(role.Title, p))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The gender of each entity: the knowledge base's, else what forms of address and titles say, else its given name.</summary>
    private Dictionary<string, Gender> EntityGenders()
    {
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var mention in Live.Where(m => m.IsResolved && m.IsPerson))
        {
            var key = mention.EntityKey;
            var gender = mention.Actor?.Gender ?? Gender.Unknown;
            if (gender == Gender.Unknown)
            {
                gender = mention.Gender;
            }

            if (gender == Gender.Unknown && mention.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy && mention.Last > mention.First)
            {
                // "Marisol Ortega … she", « Hélène Marchal … la chercheuse »: a given name that only women or only men bear rules out
                // the other pronoun; the list being partial, it does not make its bearer the one person of a gender known.
                gender = GivenNameGenders.Of(_words[mention.First].Key);
                if (gender != Gender.Unknown)
                {
                    _genderedByName.Add(key);
                }
            }

            if (gender == Gender.Unknown)
            {
                continue;
            }

            genders[key] = genders.TryGetValue(key, out var seen) && seen != gender && mention.Actor?.Gender is null or Gender.Unknown ? Gender.Unknown : gender;
        }

        return genders;
    }

    private static void InsertOrdered(List<Mention> people, Mention mention)
    {
        var at = people.FindLastIndex(m => m.Start <= mention.Start) + 1;
        people.Insert(at, mention);
    }
}
