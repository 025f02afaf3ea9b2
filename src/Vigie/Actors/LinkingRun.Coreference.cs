using Vigie.Actors.Rules;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>How many words before a name may tell its country ("Kenya's trade minister, Peter Wambua").</summary>
    private const int NationalityReach = 6;

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
            && (m.Actor?.Kind == ActorKind.Organization || (m.Actor is null && m.LocalKind == ActorKind.Organization)
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
            var candidates = people.Where(m => m.Sentence == s && m.Start < start && !m.InQuote && Compatible(m, gender, genders)).ToList();
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
        noun.Actor = antecedent.Actor;
        noun.LocalKey = antecedent.LocalKey;
        noun.LocalKind = antecedent.LocalKind;
        noun.LocalName = antecedent.LocalName;
        noun.Antecedent = antecedent;
        return noun;
    }

    /// <summary>
    /// « Mark Rutte … le Néerlandais a balayé », "Ethiopia's Dawit Alemu … the Ethiopian said": a capitalised demonym after a determiner
    /// that makes it a noun stands for the one person of that country named in its sentence or the few before (as the knowledge base
    /// knows them, or as the words before the name tell: "Kenya's", « la cinéaste sénégalaise »); else it stays the state.
    /// </summary>
    private void ResolveNationalityNouns()
    {
        var nouns = Live.Where(m => m.First == m.Last && m.First > 0 && _words[m.First].Capitalized && !_words[m.First].SentenceStart
            && _rules.DemonymNounDeterminers.Contains(_words[m.First - 1].Key) && m.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym) && m.Actor?.Country is not null
            && StandsAsNoun(m.Last)).ToList();
        if (nouns.Count == 0)
        {
            return;
        }

        // People in text order: each noun reads back from its place, within the pronoun window; a person's country is told by any of their mentions.
        var people = Live.Where(m => m.IsPerson && !m.InQuote).OrderBy(m => m.Start).ToList();
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (!countries.ContainsKey(person.EntityKey) && Nationality(person) is { } country)
            {
                countries[person.EntityKey] = country;
            }
        }

        foreach (var noun in nouns)
        {
            Mention? found = null;
            var several = false;
            var (low, high) = (0, people.Count);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = people[middle].Start < noun.Start ? (middle + 1, high) : (low, middle);
            }

            for (var k = low - 1; k >= 0 && people[k].Sentence >= noun.Sentence - _options.PronounWindow; k--)
            {
                if (countries.GetValueOrDefault(people[k].EntityKey) == noun.Actor!.Country)
                {
                    several |= found is not null && found.EntityKey != people[k].EntityKey;
                    found ??= people[k];
                }
            }

            if (found is null || several)
            {
                continue;
            }

            noun.Actor = found.Actor;
            noun.LocalKey = found.LocalKey;
            noun.LocalKind = found.LocalKind;
            noun.LocalName = found.LocalName;
            noun.Antecedent = found;
            noun.How = MentionSource.Coref;
            noun.Sense = MentionSense.None;
        }
    }

    /// <summary>
    /// Whether the demonym at word <paramref name="i"/> is a noun, not an adjective before one: always in a head-first language
    /// (« le Kényan »), else when no lower-case word follows but a reporting verb ("the Kenyan said", not "the Kenyan government").
    /// </summary>
    private bool StandsAsNoun(int i) =>
        _rules.HeadFirst || i + 1 >= _words.Length || !SameSentence(i, i + 1) || !_words[i + 1].IsWord || _words[i + 1].Capitalized
        || _rules.SubjectSpeechVerbs.Contains(_words[i + 1].Key) || _rules.SpeechAuxiliaries.Contains(_words[i + 1].Key);

    /// <summary>
    /// A person's country: the knowledge base's, else the one named by a country or demonym just before the name in its sentence
    /// ("Kenya's Brian Kiprotich", "Kenya's trade minister, Peter Wambua", « la cinéaste sénégalaise Awa Ndiaye »).
    /// </summary>
    private string? Nationality(Mention person)
    {
        if (person.Actor is { } actor)
        {
            return actor.Country;
        }

        var country = person.LocalCountry;
        foreach (var m in Live)
        {
            if (m.Last < person.First && m.Last >= person.First - NationalityReach && SameSentence(m.Last, person.First) && m.Actor is { Kind: ActorKind.Country }
                && !Live.Any(other => other != person && other.IsPerson && other.First > m.Last && other.First < person.First))
            {
                country = m.Actor.Country;
            }
        }

        return country;
    }

    /// <summary>"Her coach" is someone of hers, never herself: after a possessive only an introduction tells who it is.</summary>
    private Mention? OnlyRecentPersonUnlessPossessed(Mention noun, List<Mention> people, Dictionary<string, Gender> genders) =>
        _rules.RoleNounPossessives.Contains(_words[noun.First].Key) ? null : OnlyRecentPerson(noun, people, genders);

    /// <summary>
    /// For an epithet (« la pénaliste », "the billionaire"), the one person of a compatible gender named in
    /// its sentence or the two before it; when several and the epithet opens its sentence, the subject of the
    /// sentence before ("Kenya's Miriam Wanjiru won …, pulling away from X and Y. The 26-year-old told"); else null.
    /// </summary>
    private Mention? OnlyRecentPerson(Mention noun, List<Mention> people, Dictionary<string, Gender> genders)
    {
        if (!IsEpithetAt(noun.Last, _words[noun.Last].Key))
        {
            return null;
        }

        if (_rules.OrdinalNouns.TryGetValue(_words[noun.Last].Key, out var place))
        {
            return NthOfTwo(noun, people, place);
        }

        if (AgeOf(noun) is { } age && people.Where(m => m.Start < noun.Start && !m.InQuote && AgeAfter(m) == age).Select(m => m.EntityKey).Distinct().Count() == 1)
        {
            // "Kenya's Brian Kiprotich, 27, won … the 27-year-old said": the one person given that age.
            return people.Last(m => m.Start < noun.Start && !m.InQuote && AgeAfter(m) == age);
        }

        var recent = people.Where(m => m.Start < noun.Start && m.Sentence >= noun.Sentence - 2 && !m.InQuote && Compatible(m, noun.Gender, genders)).ToList();
        if (recent.Count == 0)
        {
            return null;
        }

        if (recent.Select(m => m.EntityKey).Distinct().Count() == 1)
        {
            return recent[^1];
        }

        var opensSentence = OpensOutsideQuotes(noun.First);
        // The sentence before, or the last one naming people when quoted sentences stand between.
        var last = recent.Max(m => m.Sentence);
        var before = recent.Where(m => m.Sentence == last && m.Sentence < noun.Sentence).ToList();
        if (!opensSentence || before.Count == 0 || recent.Exists(m => m.Sentence == noun.Sentence))
        {
            return null;
        }

        var first = before[0];
        var second = before.Find(m => m.EntityKey != first.EntityKey);
        return IsSubject(first) && !(second is not null && (Coordinated(first, second) || JoinedWithIntroduction(first, second))) ? first : null;
    }

    /// <summary>
    /// « Son entraîneur, X, a tenu à relativiser, tandis que son homologue, Y, ruminait sa colère. « … », a prévenu le premier »: the
    /// first or second of the two people the last sentence naming several named, in their order; none when it named more than two.
    /// </summary>
    private Mention? NthOfTwo(Mention noun, List<Mention> people, int place)
    {
        var before = people.Where(m => m.Start < noun.Start && !m.InQuote && m.Sentence < noun.Sentence).ToList();
        foreach (var sentence in before.Select(m => m.Sentence).Distinct().OrderDescending())
        {
            var named = before.Where(m => m.Sentence == sentence).DistinctBy(m => m.EntityKey).ToList();
            if (named.Count >= 2)
            {
                return named.Count == 2 ? named[place - 1] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether word <paramref name="first"/> opens its sentence, quoted words and punctuation aside ("“He's gone down,” the defender
    /// said": the epithet is the first word outside the quote).
    /// </summary>
    private bool OpensOutsideQuotes(int first)
    {
        for (var i = first - 1; i >= 0 && SameSentence(i, first); i--)
        {
            if (_words[i].IsWord && !_words[i].InQuote)
            {
                return _rules.Determiners.Contains(_words[i].Key) && i == first - 1 && OpensOutsideQuotes(i);
            }
        }

        return true;
    }

    /// <summary>The age an epithet gives ("the 27-year-old", « le Savoyard de 23 ans »), as written, or null.</summary>
    private string? AgeOf(Mention noun)
    {
        var key = _words[noun.Last].Key;
        if (key.EndsWith("-year-old", StringComparison.Ordinal))
        {
            return key[..^"-year-old".Length];
        }

        var number = noun.Last + 2;
        return number < _words.Length && _rules.AgeComplement.Length == 2 && _words[noun.Last + 1].Key == _rules.AgeComplement[0]
            && _words[number].Kind == TokenKind.Number ? _words[number].Key : null;
    }

    /// <summary>The age set off after a person's name ("Brian Kiprotich, 27,", « Léa Martin (23 ans) »), as written, or null.</summary>
    private string? AgeAfter(Mention person)
    {
        var number = person.Last + 2;
        return number < _words.Length && SameSentence(person.Last, number) && _words[person.Last + 1].Key is "," or "("
            && _words[number].Kind == TokenKind.Number ? _words[number].Key : null;
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
