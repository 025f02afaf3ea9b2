using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>How many words before a name are read for the phrase that introduces it.</summary>
    private const int IntroductionWindow = 12;

    /// <summary>For each person or organisation entity, the head nouns of the phrases that introduced it (« députée », "ambassador", "company").</summary>
    private readonly Dictionary<string, HashSet<string>> _heads = new(StringComparer.Ordinal);

    /// <summary>The organisations a noun introduced (« le fabricant … Aérolynx »), which that noun may later stand for.</summary>
    private readonly List<Mention> _organizations = [];

    /// <summary>
    /// Reads how the article introduces people: « la députée lettone Ilze Ozola », « La gouverneure de
    /// la région, Olena Marchenko, », "EU climate negotiator Isabel Fonseca". The head noun may later
    /// stand for that person alone (« la gouverneure a assuré », "the negotiator said"): such nouns become
    /// role nouns. A French determiner also tells the person's gender (« la députée »).
    /// </summary>
    private void ReadIntroductions()
    {
        RetypeIntroducedPeople();
        foreach (var person in Live.Where(m => m.IsResolved && m.IsPerson && m.Origin is not Origin.Pronoun and not Origin.RoleNoun and not Origin.Role).ToList())
        {
            // "Aiko Tanabe and her Australian counterpart", "Lachlan Whitcombe, and his counterpart": she is a woman, he a man.
            var after = person.Last + (person.Last + 1 < _words.Length && _words[person.Last + 1].Key == "," ? 3 : 2);
            if (person.Gender == Gender.Unknown && after < _words.Length && SameSentence(person.Last, after)
                && _rules.Conjunctions.Contains(_words[after - 1].Key) && _rules.Possessives.TryGetValue(_words[after].Key, out var told))
            {
                person.Gender = told;
            }

            // "Gen. Andrus Saarepera … the general", « Me Antoine Bellec … l’avocat »: a form of address says what the person is.
            for (var k = person.First - 1; k >= 0 && _honorific[k] is not null && SameSentence(k, person.First); k--)
            {
                foreach (var rank in _rules.RankHeads.GetValueOrDefault(_words[k].Key, []))
                {
                    AddHead(person, rank);
                }
            }

            if (Introduction(person) is not var (head, gender) || IsOrganizationHead(head))
            {
                continue;
            }

            AddHead(person, head);
            if (person.Gender == Gender.Unknown)
            {
                person.Gender = gender;
            }

            // « Le chef de file de l’opposition, X, 47 ans, conseiller départemental de Saint-Ormel, … l’élu »: what follows the name says more.
            if (ApposedAfter(person) is var (more, _) && !IsOrganizationHead(more))
            {
                AddHead(person, more);
            }
        }

        // « Le fabricant de drones français Aérolynx … l’entreprise », "meatpacker Frigonorte … the company".
        foreach (var organization in Live.Where(m => m.IsResolved && IsOrganization(m) && m.Origin is not Origin.Pronoun and not Origin.RoleNoun and not Origin.Role).ToList())
        {
            if (Introduction(organization) is var (head, _) && IsOrganizationHead(head))
            {
                AddOrganizationHead(organization, head);
            }

            // "The GMB union", "the Austral LNG consortium": in a head-last language, a noun right after the name tells what it is.
            var next = organization.Last + 1;
            if (!_rules.HeadFirst && next < _words.Length && SameSentence(organization.Last, next) && _words[next].IsWord && !_words[next].Capitalized
                && (IsOrganizationHead(_words[next].Key) || _rules.OrganizationNameHeads.Contains(_words[next].Key)))
            {
                AddOrganizationHead(organization, _words[next].Key);
            }

            // "Nordvik Airlines … the company", "Sankofa Minerals … the miner": a company's name ending tells what it is.
            if (organization.Last > organization.First && _rules.NameEndingHeads.TryGetValue(_words[organization.Last].Key, out var ending))
            {
                AddOrganizationHead(organization, ending);
            }

            // "the Australian Grain Growers Council … the council", « le ministère polonais de la Défense … le ministère », « le parquet »,
            // « l’Organisation mondiale de la santé … l’organisation », "Pakistan's military … the military": the head word of its name stands for it too.
            var nameHead = _words[_rules.HeadFirst ? organization.First : HeadBeforeComplement(organization)].Key;
            if ((_rules.OrganizationNameHeads.Contains(nameHead) || _rules.PlaceOrganizationHeads.Contains(nameHead) || _rules.StateBodyHeads.Contains(nameHead)
                || (_rules.HeadFirst && (IsOrganizationHead(nameHead) || _rules.NameComplementHeads.Contains(nameHead))))
                && organization.Last > organization.First)
            {
                AddOrganizationHead(organization, nameHead);
            }
        }

        // Nouns that stand for a person: those that introduced one, and epithets (« la pénaliste », "the 47-year-old"), which
        // ResolveCoreference gives to the one person of the last sentences.
        var known = _heads.Values.SelectMany(h => h).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < _words.Length; i++)
        {
            var word = _words[i];
            // « l’ancienne ministre », "the former official": a modifier may stand between the determiner and the noun ("the ex-official" too);
            // in a head-last language, a lower-case noun too ("the tribunal president", "the union leader").
            // "The Birmingham sprinter", "the Kenyan runner": so may a place or a demonym.
            var modified = i >= 2 && (_rules.RoleModifiers.Contains(_words[i - 1].Key)
                || (!_rules.HeadFirst && _words[i - 1].Kind == TokenKind.Word && (!_words[i - 1].Capitalized || IsPlaceWord(i - 1)) && _rules.Determiners.Contains(_words[i - 2].Key)
                    && !_rules.Determiners.Contains(_words[i - 1].Key)));
            var determiner = modified ? i - 2 : i - 1;
            var key = word.Key.StartsWith("ex-", StringComparison.Ordinal) ? word.Key[3..] : word.Key;
            // « son homologue », "his counterpart": a possessive may stand for the determiner.
            var opener = _words[determiner].Key;
            if (!(known.Contains(key) || IsEpithetAt(i, key) || _rules.CompanyNouns.Contains(key) || _rules.UnionNouns.Contains(key)) || word.InQuote || !(_rules.Determiners.Contains(opener) || _rules.RoleNounPossessives.Contains(opener))
                || !SameSentence(determiner, i)
                || (SameSentence(i, i + 1) && _words[i + 1].IsWord && (_words[i + 1].Capitalized || (!_rules.HeadFirst && _rules.PersonNouns.Contains(_words[i + 1].Key))))
                || NameAfterAdjective(i) || (i + 2 < _words.Length && IsComma(i + 1) && SameSentence(i, i + 2) && StartsPersonName(i + 2)))
            {
                // "The Harrow coach, Paolo Ferri, was …": a noun in apposition to a name introduces it, and stands for no one else.
                continue;
            }

            // « selon l’ONG »: the tagger's reading of the capitalised noun alone gives way to the organisation it stands for.
            var covering = _mentions.Find(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin != Origin.Dictionary);
            if (covering is not null)
            {
                if (covering.Origin != Origin.Ner || covering.First != i || covering.Last != i || covering.Actor is not null || covering.Person)
                {
                    continue;
                }

                covering.Dropped = true;
            }

            _mentions.Add(new Mention(determiner, i, _words[determiner].Start, word.End, Origin.RoleNoun)
            {
                How = MentionSource.Coref,
                Gender = _rules.IntroducingDeterminers.GetValueOrDefault(_words[determiner].Key),
                Titles = [],
                Sentence = word.Sentence,
                InQuote = word.InQuote,
            });
        }
    }

    /// <summary>
    /// A noun at word <paramref name="i"/> that may stand for a person the article named before: « la pénaliste », "the billionaire",
    /// "the 47-year-old", or any noun given an age (« le Savoyard de 24 ans », « l’homme de 45 ans »).
    /// </summary>
    private bool IsEpithetAt(int i, string key) =>
        _rules.Epithets.Contains(key) || _rules.DefendantNouns.Contains(key) || _rules.AgeNouns.ContainsKey(key) || IsOrdinalNounAt(i) || (key.EndsWith("-year-old", StringComparison.Ordinal) && key.Length > 9 && char.IsAsciiDigit(key[0]))
        || (i + 3 < _words.Length && SameSentence(i, i + 3) && _rules.AgeComplement.Length == 2 && _words[i + 1].Key == _rules.AgeComplement[0]
            && _words[i + 2].Kind == TokenKind.Number && _words[i + 3].Key == _rules.AgeComplement[1]);

    /// <summary>
    /// « a prévenu le premier », "the latter said": an ordinal noun standing alone (punctuation, or a reporting verb, after it; not
    /// « le premier ministre » nor "the former minister").
    /// </summary>
    private bool IsOrdinalNounAt(int i) =>
        _rules.OrdinalNouns.ContainsKey(_words[i].Key) && !_words[i].Capitalized
        && (i + 1 >= _words.Length || !SameSentence(i, i + 1) || !_words[i + 1].IsWord
            || _rules.SubjectSpeechVerbs.Contains(_words[i + 1].Key) || _rules.SpeechAuxiliaries.Contains(_words[i + 1].Key));

    /// <summary>« le talonneur fidjien Josaia Ravulo »: in a head-first language, a name after the noun's adjective, which the noun introduces.</summary>
    private bool NameAfterAdjective(int i) =>
        _rules.HeadFirst && i + 2 < _words.Length && SameSentence(i, i + 2) && _words[i + 1].Kind == TokenKind.Word && !_words[i + 1].Capitalized
        && !_rules.AgeComplement.Contains(_words[i + 1].Key) && _words[i + 2].Kind == TokenKind.Word && _words[i + 2].Capitalized;

    /// <summary>Whether one word the knowledge base knows as a place or a country (or its demonym) is word <paramref name="i"/>.</summary>
    private bool IsPlaceWord(int i) =>
        _mentions.Exists(m => !m.Dropped && m.First == i && m.Last == i && m.Hits.Any(h => h.Actor.Kind is ActorKind.Place or ActorKind.Country));

    /// <summary>An organisation's head noun, which may later stand for it (« l’entreprise », "the council").</summary>
    private void AddOrganizationHead(Mention organization, string head)
    {
        AddHead(organization, head);
        if (!_organizations.Contains(organization))
        {
            _organizations.Add(organization);
        }
    }

    private void AddHead(Mention mention, string head)
    {
        if (!_heads.TryGetValue(mention.EntityKey, out var heads))
        {
            _heads[mention.EntityKey] = heads = new HashSet<string>(StringComparer.Ordinal);
        }

        heads.Add(head);
        heads.UnionWith(_rules.BroaderNouns.GetValueOrDefault(head, []));
    }

    private bool IsOrganizationHead(string head) => _rules.OrganizationNouns.Contains(head) && !_rules.PersonNouns.Contains(head);

    private static bool IsOrganization(Mention mention) =>
        mention.Actor?.Kind == ActorKind.Organization || (mention.Actor is null && mention.LocalKey is not null && mention.LocalKind == ActorKind.Organization);

    /// <summary>
    /// A name of the article that the tagger took for an organisation or a place, but that a noun naming
    /// what a person is introduces ("Special envoy Ingvild Bakke"), is a person's; one it took for a
    /// person, but that a noun naming what an organisation is introduces, is an organisation's.
    /// </summary>
    private void RetypeIntroducedPeople()
    {
        // The other way round: « le fabricant de batteries Voltanor » (tagged as a person), "Finnish startup Kvanttia" (as a place) are organisations.
        foreach (var name in Live.Where(m => m.Actor is null && m.LocalKey is not null && m.LocalKind != ActorKind.Organization && m.Origin == Origin.Ner).ToList())
        {
            if ((Introduction(name) is { } introduction && IsOrganizationHead(introduction.Head)) || IsOrganizationNounBefore(name.First))
            {
                foreach (var same in _mentions.Where(m => m.LocalKey == name.LocalKey && m.Actor is null))
                {
                    same.LocalKind = ActorKind.Organization;
                    same.Person = false;
                }
            }
        }

        foreach (var name in Live.Where(m => m.Actor is null && m.LocalKey is not null && m.LocalKind != ActorKind.Person && m.Origin == Origin.Ner
            && m.Last > m.First && m.Last - m.First <= 2 && _words[m.First].Capitalized && _words[m.Last].Capitalized).ToList())
        {
            // « Au micro de France Télévisions, le coureur … »: a name that ends as an organisation's stays one.
            if (Introduction(name) is not { } introduction || IsOrganizationHead(introduction.Head) || IsOrganizationNameEnd(name.Last))
            {
                continue;
            }

            foreach (var same in _mentions.Where(m => m.LocalKey == name.LocalKey && m.Actor is null))
            {
                same.LocalKind = ActorKind.Person;
                same.Person = true;
            }
        }
    }

    /// <summary>
    /// « de la banque Aldric », « du groupe énergétique Voltaïs »: a noun naming what an organisation is, after a determiner, right
    /// before the name or up to two lower-case adjectives before it (head-first languages).
    /// </summary>
    private bool IsOrganizationNounBefore(int first)
    {
        if (!_rules.HeadFirst)
        {
            return false;
        }

        for (var noun = first - 1; noun >= 1 && noun >= first - 3 && SameSentence(noun - 1, first) && _words[noun].IsWord && !_words[noun].Capitalized; noun--)
        {
            if (IsOrganizationHead(_words[noun].Key))
            {
                return _rules.IntroducingDeterminers.ContainsKey(_words[noun - 1].Key) || _rules.Complements.Contains(_words[noun - 1].Key);
            }
        }

        return false;
    }

    /// <summary>
    /// The head noun and gender of the phrase that introduces a person: right before the name (a comma
    /// between allowed: « la députée lettone Ilze Ozola », "A federal judge in Seattle, Evelyn Liang"),
    /// else in apposition after it (« Karim Belhadj, infectiologue au CHU », "Kwabena Owusu, Ghana's
    /// chief negotiator in talks …").
    /// </summary>
    private (string Head, Gender Gender)? Introduction(Mention person)
    {
        var last = SkipBracketsBack(person.First - 1);
        var comma = last >= 0 && IsComma(last);
        if (comma)
        {
            // « Le maire de Vernières (Nord), Dominique Carpentier »: brackets may close the phrase before the comma too.
            last = SkipBracketsBack(last - 1);
        }

        if (last >= 0 && SameSentence(last, person.First) && _words[last].IsWord && (comma || !ComplementBefore(person.First))
            && (_rules.HeadFirst || comma ? PhraseBefore(last) : WordBefore(last)) is { } before)
        {
            return before;
        }

        // « Le médiateur désigné par l’EAC, le Tanzanien Joseph Mushi, »: a demonym in apposition; the phrase before it introduces.
        var demonym = person.First - 1;
        if (!comma && demonym >= 3 && _words[demonym].Capitalized && _rules.IntroducingDeterminers.ContainsKey(_words[demonym - 1].Key)
            && IsComma(demonym - 2) && SameSentence(demonym - 3, person.First) && _words[demonym - 3].IsWord
            && _mentions.Exists(m => !m.Dropped && m.First == demonym && m.Last == demonym && m.Hits.Any(h => h.Actor.Kind == ActorKind.Country))
            && PhraseBefore(demonym - 3) is { } apposed)
        {
            return apposed;
        }

        return ApposedAfter(person);
    }

    /// <summary>The phrase set off by a comma after a person's name that says what they are (« X, 47 ans, conseiller départemental de Y, »), or null.</summary>
    private (string Head, Gender Gender)? ApposedAfter(Mention person)
    {
        var after = person.Last + 1;
        // « Marie-Laure Pavageau, 67 ans, ancienne conseillère … »: an age set off by commas comes before the apposition.
        if (after + 3 < _words.Length && IsComma(after) && _words[after + 1].Kind == TokenKind.Number)
        {
            var ageEnd = IsComma(after + 2) ? after + 2 : IsComma(after + 3) ? after + 3 : -1;
            after = ageEnd > 0 ? ageEnd : after;
        }

        return after + 1 < _words.Length && IsComma(after) && SameSentence(after, after + 1) ? PhraseAfter(after + 1) : null;
    }

    /// <summary>"Ministry of National Defence", "Office for the Coordination of …": in a head-last language the word before the first complement, else the last word.</summary>
    private int HeadBeforeComplement(Mention name)
    {
        for (var k = name.First + 1; k < name.Last; k++)
        {
            if (_rules.Complements.Contains(_words[k].Key))
            {
                return k - 1;
            }
        }

        return name.Last;
    }

    /// <summary>« le maire de Lavaur (Tarn) X »: the word before a short bracketed aside ending at <paramref name="i"/>, else <paramref name="i"/>.</summary>
    private int SkipBracketsBack(int i)
    {
        if (i < 0 || _words[i].Kind != TokenKind.Punctuation || _text[_words[i].Start] != ')')
        {
            return i;
        }

        for (var k = i - 1; k >= 0 && i - k <= 6 && SameSentence(k, i); k--)
        {
            if (_words[k].Kind == TokenKind.Punctuation && _text[_words[k].Start] == '(')
            {
                return k - 1;
            }
        }

        return i;
    }

    /// <summary>Whether a person's name (not a pronoun or a noun standing for one) starts at word <paramref name="i"/>.</summary>
    private bool StartsPersonName(int i) => Live.Any(m => m.First == i && m.IsPerson && m.Origin is Origin.Ner or Origin.Name or Origin.Dictionary);

    /// <summary>A word, or a clitic such as the possessive of "Ghana's".</summary>
    private bool InPhrase(int i) => _words[i].IsWord || _words[i].Kind == TokenKind.Clitic;

    /// <summary>« la vice-présidente du Parlement moldave », « un port de la mer du Nord »: the name is a title's complement, not the one introduced.</summary>
    private bool ComplementBefore(int first)
    {
        var i = first - 1;
        if (i >= 0 && _rules.Determiners.Contains(_words[i].Key))
        {
            i--;
        }

        return i >= 0 && _rules.Complements.Contains(_words[i].Key);
    }

    private bool IsComma(int i) => _words[i].Kind == TokenKind.Punctuation && _text[_words[i].Start] == ',';

    /// <summary>"Energy Minister Luka Horvat": the word right before the name (English, no comma).</summary>
    private (string Head, Gender Gender)? WordBefore(int last) =>
        (_rules.PersonNouns.Contains(_words[last].Key) || _rules.OrganizationNouns.Contains(_words[last].Key) || _titleWord[last]) && !Covered(last)
            ? (_words[last].Key, Gender.Unknown) : null;

    /// <summary>The phrase ending at word <paramref name="last"/>, from its first determiner that no complement governs.</summary>
    private (string Head, Gender Gender)? PhraseBefore(int last)
    {
        // Back to punctuation, a conjunction, a name of something else (« à Zagreb la députée ») or the window's end.
        var first = last;
        while (first - 1 >= 0 && last - (first - 1) < IntroductionWindow && SameSentence(first - 1, last)
            && !_rules.Conjunctions.Contains(_words[first - 1].Key) && !StartsOtherName(first - 1))
        {
            if (InPhrase(first - 1))
            {
                first--;
            }
            else if (SkipBracketsBack(first - 1) is var before && before < first - 1 && before >= 0 && InPhrase(before))
            {
                // « La maire (PS) de Villeneuve-d’Ascq, X »: a party or a place in brackets inside the phrase.
                first = before;
            }
            else
            {
                break;
            }
        }

        if (last - first + 1 >= IntroductionWindow)
        {
            // No start found: the phrase may begin further back, with another head.
            return null;
        }

        var opened = false;
        for (var k = first; k < last; k++)
        {
            // « d’une association », « de la Défense »: a complement's determiner, not the phrase's, unless none came before it
            // (« en présence de la directrice générale de l’établissement, X »).
            if (k > first && _rules.Complements.Contains(_words[k - 1].Key)
                && (opened || !_rules.IntroducingDeterminers.ContainsKey(_words[k].Key) || Head(k + 1, last) is null))
            {
                opened |= _rules.IntroducingDeterminers.ContainsKey(_words[k].Key);
                continue;
            }

            if (_rules.IntroducingDeterminers.TryGetValue(_words[k].Key, out var gender))
            {
                return Head(k + 1, last) is { } head ? (head, gender) : InnermostPhrase(k + 1, last);
            }

            // "Sweden's special envoy for the Horn of Africa, X": a possessive opens the phrase.
            if (_words[k].Kind == TokenKind.Clitic && _words[k].Key is "'s")
            {
                return Head(k + 1, last) is { } head ? (head, Gender.Unknown) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// « sous la présidence de la juge Nathalie Brunet »: when the outer phrase names no person, the last
    /// determiner's phrase right before the name may (with no complement inside it).
    /// </summary>
    private (string Head, Gender Gender)? InnermostPhrase(int first, int last)
    {
        for (var k = last - 1; k >= first; k--)
        {
            if (_rules.Complements.Contains(_words[k].Key) && !_rules.IntroducingDeterminers.ContainsKey(_words[k].Key))
            {
                return null;
            }

            if (_rules.IntroducingDeterminers.TryGetValue(_words[k].Key, out var gender))
            {
                return Head(k + 1, last) is { } head ? (head, gender) : null;
            }
        }

        return null;
    }

    /// <summary>The apposition starting at word <paramref name="first"/>, up to the next punctuation: « infectiologue au CHU », "Ghana's chief negotiator".</summary>
    private (string Head, Gender Gender)? PhraseAfter(int first)
    {
        // An apposition opens with a determiner, a capital, a title or the noun itself ("X, a spokesperson", "X, Ghana's chief
        // negotiator", « X, infectiologue »); "X, met his counterpart" is a verb phrase.
        if (first >= _words.Length || !(_rules.IntroducingDeterminers.ContainsKey(_words[first].Key) || _words[first].Capitalized || _titleWord[first]
            || _rules.PersonNouns.Contains(_words[first].Key) || _rules.OrganizationNouns.Contains(_words[first].Key) || _rules.RoleModifiers.Contains(_words[first].Key)
            || !_rules.HeadFirst && first + 1 < _words.Length && _rules.PersonNouns.Contains(_words[first + 1].Key)))
        {
            return null;
        }

        var gender = Gender.Unknown;
        if (_rules.IntroducingDeterminers.TryGetValue(_words[first].Key, out var told))
        {
            (gender, first) = (told, first + 1);
        }

        var last = first;
        while (last + 1 < _words.Length && last + 1 - first < IntroductionWindow && SameSentence(first, last + 1) && InPhrase(last + 1))
        {
            last++;
        }

        // « Invitée de France Inter, la présidente du syndicat, Sophie Castagné, »: a phrase that a comma and a person's name close introduces that name.
        if (last + 2 < _words.Length && IsComma(last + 1) && SameSentence(last, last + 2) && StartsPersonName(last + 2))
        {
            return null;
        }

        return first < _words.Length && _words[first].IsWord && Head(first, last) is { } head ? (head, gender) : null;
    }

    /// <summary>
    /// The head noun of the words [<paramref name="first"/>, <paramref name="last"/>]: the first (French)
    /// or the last before a complement or a preposition (English: "federal judge in Seattle" → judge),
    /// when it names what a person is (<see cref="ActorRules.PersonNouns"/>) or is a title.
    /// </summary>
    private string? Head(int first, int last)
    {
        var at = first;
        // « l’ancien maire de … »: a modifier before the noun is not the head.
        while (_rules.HeadFirst && at < last && _rules.RoleModifiers.Contains(_words[at].Key))
        {
            at++;
        }

        if (!_rules.HeadFirst)
        {
            while (at + 1 <= last && !_rules.Complements.Contains(_words[at + 1].Key) && !_rules.Locatives.Contains(_words[at + 1].Key)
                && InPhrase(at + 1) && !_rules.Conjunctions.Contains(_words[at + 1].Key) && !_rules.RelativePronouns.Contains(_words[at + 1].Key))
            {
                at++;
            }
        }

        var word = _words[at];
        return word.IsWord && (_rules.PersonNouns.Contains(word.Key) || _rules.OrganizationNouns.Contains(word.Key) || _titleWord[at]) && !Covered(at) ? word.Key : null;
    }

    /// <summary>A capitalised word of a mention that no complement introduces (« à Zagreb »), not « de la Défense ».</summary>
    private bool StartsOtherName(int i)
    {
        if (!_words[i].Capitalized || _words[i].SentenceStart || !Covered(i))
        {
            return false;
        }

        var before = i - 1;
        return before < 0 || !(_rules.Determiners.Contains(_words[before].Key) || _rules.Complements.Contains(_words[before].Key));
    }

    /// <summary>
    /// "Sterling Ordnance’s plant … the company said": for a company noun, the one organisation of the last sentences that no noun
    /// introduced (an organisation introduced as a union or a ministry is not a company); for a union noun ("the union said"), the
    /// one such organisation whose name says it is a union; null when none or several.
    /// </summary>
    private Mention? OnlyUnintroducedOrganization(Mention noun)
    {
        var key = _words[noun.Last].Key;
        var union = _rules.UnionNouns.Contains(key);
        if (!union && !_rules.CompanyNouns.Contains(key))
        {
            return null;
        }

        var candidates = Live.Where(m => m.Start < noun.Start && m.Sentence >= noun.Sentence - _options.PronounWindow && m.Origin is not Origin.Pronoun and not Origin.RoleNoun
            && (union ? IsUnionName(m) : m.Actor is null && m.LocalKind == ActorKind.Organization && !_heads.ContainsKey(m.EntityKey))).ToList();
        return candidates.Select(m => m.EntityKey).Distinct().Count() == 1 ? candidates[^1] : null;
    }

    /// <summary>An organisation whose name holds a union word ("British Medical Association") or is an acronym (« la CGT »).</summary>
    private bool IsUnionName(Mention m)
    {
        if ((m.Actor?.Kind ?? (m.LocalKey is null ? ActorKind.Misc : m.LocalKind)) != ActorKind.Organization)
        {
            return false;
        }

        var acronym = m.First == m.Last && _words[m.First].AllCaps && _words[m.First].Key.Length is >= 2 and <= 6;
        return acronym || Enumerable.Range(m.First, m.Last - m.First + 1).Any(k => _rules.UnionNameWords.Contains(_words[k].Key));
    }

    /// <summary>The one person an introduced head noun stands for (« la gouverneure »), or null when none or several.</summary>

    private Mention? Introduced(Mention noun, List<Mention> people)
    {
        var head = _rules.HeadFirst && noun.Origin != Origin.RoleNoun ? _words[Math.Min(noun.First + 1, noun.Last)].Key : _words[noun.Last].Key;
        head = head.StartsWith("ex-", StringComparison.Ordinal) ? head[3..] : head;
        var candidates = people.Where(m => m.Start < noun.Start && _heads.TryGetValue(m.EntityKey, out var heads) && heads.Contains(head)).ToList();
        return candidates.Select(m => m.EntityKey).Distinct().Count() == 1 ? candidates[^1] : null;
    }
}
