using Vigie.Actors.Rules;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>How many words before a name may tell its country ("Kenya's trade minister, Peter Wambua").</summary>
    private const int NationalityReach = 6;

    /// <summary>
    /// « Mark Rutte … le Néerlandais a balayé », "Ethiopia's Dawit Alemu … the Ethiopian said": a capitalised demonym after a determiner
    /// that makes it a noun stands for the one person of that country named in its sentence or the few before (as the knowledge base
    /// knows them, or as the words before the name tell: "Kenya's", « la cinéaste sénégalaise »); else it stays the state.
    /// </summary>
    private void ResolveNationalityNouns()
    {
        var nouns = Live.Where(m => m.First == m.Last && m.First > 0 && _words[m.First].Capitalized && !_words[m.First].SentenceStart
            && _rules.DemonymNounDeterminers.Contains(_words[m.First - 1].Key) && m.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym) && m.Actor?.Country is not null
            && (StandsAsNoun(m.Last) || BeforeRoleNoun(m.Last))).ToList();
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

            StandFor(noun, found);
            if (BeforeRoleNoun(noun.Last) && Live.FirstOrDefault(m => m.Origin == Origin.RoleNoun && m.First <= noun.Last + 1 && noun.Last + 1 <= m.Last) is { } role)
            {
                // "the Ugandan minister": the role noun read alone may have found another minister; the demonym says which.
                StandFor(role, found);
            }
        }
    }

    private static void StandFor(Mention noun, Mention found)
    {
        noun.Actor = found.Actor;
        noun.LocalKey = found.LocalKey;
        noun.LocalKind = found.LocalKind;
        noun.LocalName = found.LocalName;
        noun.Antecedent = found;
        noun.How = MentionSource.Coref;
        noun.Sense = MentionSense.None;
    }

    /// <summary>
    /// Whether the demonym at word <paramref name="i"/> is a noun, not an adjective before one: always in a head-first language
    /// (« le Kényan »), else when no lower-case word follows but a reporting verb ("the Kenyan said", not "the Kenyan government").
    /// </summary>
    private bool StandsAsNoun(int i) =>
        _rules.HeadFirst || i + 1 >= _words.Length || !SameSentence(i, i + 1) || !_words[i + 1].IsWord || _words[i + 1].Capitalized
        || _rules.SubjectSpeechVerbs.Contains(_words[i + 1].Key) || _rules.SpeechAuxiliaries.Contains(_words[i + 1].Key);

    /// <summary>
    /// "The Polish minister agreed": a demonym before a noun for a person, with no name after it, stands for the one person of that
    /// country as the demonym noun does (head-last languages; « le ministre polonais » is read elsewhere).
    /// </summary>
    private bool BeforeRoleNoun(int i) =>
        !_rules.HeadFirst && i + 1 < _words.Length && SameSentence(i, i + 1) && _rules.PersonNouns.Contains(_words[i + 1].Key)
        && (i + 2 >= _words.Length || !SameSentence(i + 1, i + 2) || !_words[i + 2].Capitalized);

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

        if (_rules.DefendantNouns.Contains(_words[noun.Last].Key))
        {
            return OnlyTried(noun, people);
        }

        if (_rules.AgeNouns.TryGetValue(_words[noun.Last].Key, out var decade)
            && OnlyOne(people.Where(m => m.Start < noun.Start && !m.InQuote && int.TryParse(AgeAfter(m), out var years) && years / 10 * 10 == decade)) is { } aged)
        {
            // « Nathalie Vasseur, 51 ans, … a répondu la quinquagénaire »: the one person given an age in that decade.
            return aged;
        }

        if (AgeOf(noun) is { } age && people.Where(m => m.Start < noun.Start && !m.InQuote && AgeAfter(m) == age).Select(m => m.EntityKey).Distinct().Count() == 1)
        {
            // "Kenya's Brian Kiprotich, 27, won … the 27-year-old said": the one person given that age.
            return people.Last(m => m.Start < noun.Start && !m.InQuote && AgeAfter(m) == age);
        }

        var recent = people.Where(m => m.Start < noun.Start && NarratedSentencesBetween(m.Sentence, noun.Sentence) <= 2 && !m.InQuote && Compatible(m, noun.Gender, genders)).ToList();
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
    /// How many sentences after <paramref name="from"/>, up to <paramref name="to"/>, hold words outside quotes: the quoted sentences
    /// of a quote over several paragraphs ("“I grew up on a farm. … “So when people ask me …,” the 52-year-old said") do not part an
    /// epithet from the person named before the quote.
    /// </summary>
    private int NarratedSentencesBetween(int from, int to)
    {
        if (_narratedSentences is null)
        {
            var narrative = NarrativeSentences();
            _narratedSentences = new int[narrative.Length];
            for (var s = 0; s < narrative.Length; s++)
            {
                _narratedSentences[s] = (s > 0 ? _narratedSentences[s - 1] : 0) + (narrative[s] ? 1 : 0);
            }
        }

        return from >= to ? 0 : _narratedSentences[to] - _narratedSentences[from];
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
    /// said": the epithet is the first word outside the quote), or follows the reporting verb right after a quote (« « … »,
    /// prévient la quinquagénaire », "“…,” said the 47-year-old").
    /// </summary>
    private bool OpensOutsideQuotes(int first)
    {
        for (var i = first - 1; i >= 0 && SameSentence(i, first); i--)
        {
            if (_words[i].IsWord && !_words[i].InQuote)
            {
                return (_rules.Determiners.Contains(_words[i].Key) && i == first - 1 && OpensOutsideQuotes(i)) || VerbAfterQuote(first);
            }
        }

        return true;
    }

    /// <summary>Whether one to three lower-case words right before word <paramref name="first"/> follow a closing quote (and a comma): a reporting verb.</summary>
    private bool VerbAfterQuote(int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k <= 3 && SameSentence(k, first) && _words[k].IsWord && !_words[k].InQuote && !_words[k].Capitalized)
        {
            k--;
        }

        if (k >= 0 && k < first - 1 && SameSentence(k, first) && IsComma(k))
        {
            k--;
        }

        return k >= 0 && k < first - 1 && SameSentence(k, first) && _words[k].Kind == TokenKind.CloseQuote;
    }

    /// <summary>
    /// « le prévenu », "the defendant": the one person the article puts on trial (« le procès de Julien Marchal », "the trial of
    /// nightclub owner Viktor Saric") or charges (« Karim Benali, 29 ans, soupçonné d’avoir … », "Tom Reid, accused of …"), else null.
    /// </summary>
    private Mention? OnlyTried(Mention noun, List<Mention> people) =>
        OnlyOne(people.Where(m => m.Start < noun.Start && !m.InQuote && (AfterTrialNoun(m) || _rules.ChargedWords.Contains(_words[AfterAsides(m)].Key))));

    /// <summary>The last mention, when all the mentions are of one entity; else null.</summary>
    private static Mention? OnlyOne(IEnumerable<Mention> mentions)
    {
        var list = mentions.ToList();
        return list.Count > 0 && list.TrueForAll(m => m.EntityKey == list[0].EntityKey) ? list[^1] : null;
    }

    /// <summary>Whether a trial noun and its complement stand a few words before the name (« procès de », "trial of nightclub owner").</summary>
    private bool AfterTrialNoun(Mention person)
    {
        for (var k = person.First - 2; k >= 0 && person.First - k <= 5 && SameSentence(k, person.First) && _words[k + 1].IsWord; k--)
        {
            if (_rules.TrialNouns.Contains(_words[k].Key) && _rules.Complements.Contains(_words[k + 1].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word after a name and the age or brackets set off after it (« Julien Marchal, 38 ans, jugé »: « jugé »).</summary>
    private int AfterAsides(Mention person)
    {
        var k = person.Last + 1;
        if (k + 2 < _words.Length && IsComma(k) && _words[k + 1].Kind == TokenKind.Number)
        {
            k = IsComma(k + 2) ? k + 3 : k + 3 < _words.Length && IsComma(k + 3) ? k + 4 : k;
        }
        else if (k < _words.Length && IsComma(k))
        {
            k++;
        }

        return Math.Min(k, _words.Length - 1);
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
        var last = person.Last;
        if (last + 2 < _words.Length && _words[last + 1].Key is "(" && _words[last + 2].Kind != TokenKind.Number)
        {
            // « Laure Mercier (LR), 44 ans »: a party in brackets before the age.
            for (var k = last + 2; k < _words.Length && k - last <= 5 && SameSentence(last, k); k++)
            {
                if (_words[k].Key is ")")
                {
                    last = k;
                    break;
                }
            }
        }

        var number = last + 2;
        return number < _words.Length && SameSentence(person.Last, number) && _words[last + 1].Key is "," or "("
            && _words[number].Kind == TokenKind.Number ? _words[number].Key : null;
    }
}
