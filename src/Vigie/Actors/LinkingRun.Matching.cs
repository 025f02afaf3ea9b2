using System.Collections.Frozen;
using Vigie.Entities;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

/// <summary>A title found in the text: words <see cref="First"/>..<see cref="Last"/> and the titles they may be.</summary>
internal sealed record TitleMatch(int First, int Last, RoleTitle[] Titles);

internal sealed partial class LinkingRun
{
    /// <summary>Role titles (« secrétaire général », "prime minister") and forms of address (« M. », "Mrs").</summary>
    private void FindTitles()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (!_words[i].IsWord)
            {
                continue;
            }

            // "Ms de Vries": a particle may open the surname after the form of address (not after « col » in « col d’Èze »).
            if (_rules.Honorifics.TryGetValue(_words[i].Key, out var gender) && i + 1 < _words.Length && SameSentence(i, i + 1)
                && (_words[i + 1].Capitalized
                    || (_words[i].Capitalized && _rules.NameParticles.Contains(_words[i + 1].Key) && i + 2 < _words.Length && _words[i + 2].Capitalized)))
            {
                _honorific[i] = gender;
                _titleWord[i] = true;
                continue;
            }

            if (!_rules.TitleStarts.Contains(_words[i].Key))
            {
                continue;
            }

            for (var last = Math.Min(_words.Length - 1, i + _rules.MaxTitleTokens - 1); last >= i; last--)
            {
                if (!SameSentence(i, last) || !_words[last].IsWord)
                {
                    continue;
                }

                if (_rules.Titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(KeyOf(i, last), out var titles))
                {
                    _titles.Add(new TitleMatch(i, last, titles));
                    for (var k = i; k <= last; k++)
                    {
                        _titleWord[k] = true;
                    }

                    i = last;
                    break;
                }
            }
        }
    }

    /// <summary>Knowledge-base names over the words, longest match first, left to right.</summary>
    private void MatchDictionary()
    {
        var lengths = new List<int>(4);
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Kind != TokenKind.Word || _honorific[i] is not null || _words[i].End - _words[i].Start < 2)
            {
                continue;
            }

            lengths.Clear();
            for (var last = i; last < _words.Length && last - i < MatchKey.MaxTokens; last++)
            {
                if (!SameSentence(i, last) || _words[last].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote)
                {
                    break;
                }

                var key = KeyOf(i, last);
                if (_kb.Match(key).Length > 0 && _words[last].Kind is TokenKind.Word or TokenKind.Number)
                {
                    lengths.Add(last);
                }

                // After an elision the key goes on without a space (« d’études »): no prefix ends there.
                if (!_kb.IsPrefix(key) && _words[last].Kind != TokenKind.Elision)
                {
                    break;
                }
            }

            for (var n = lengths.Count - 1; n >= 0; n--)
            {
                var last = lengths[n];
                var hits = Accepted(i, last, _kb.Match(KeyOf(i, last)));
                if (hits.Length == 0)
                {
                    continue;
                }

                _mentions.Add(new Mention(i, last, _words[i].Start, _words[last].End, Origin.Dictionary)
                {
                    Hits = hits,
                    How = MentionSource.Kb,
                    Sentence = _words[i].Sentence,
                    InQuote = _words[i].InQuote,
                });
                i = last;
                break;
            }
        }
    }

    /// <summary>The hits whose case, language and position fit the words.</summary>
    private AliasHit[] Accepted(int first, int last, ReadOnlySpan<AliasHit> hits)
    {
        var accepted = new List<AliasHit>(hits.Length);
        var single = first == last;
        foreach (var hit in hits)
        {
            var alias = hit.Alias;
            if (alias.Kind is AliasKind.Demonym or AliasKind.Anaphor)
            {
                // Lower-case words of one language: « russe » is Russian only in French.
                if (alias.Language != _rules.Language)
                {
                    continue;
                }
            }
            else if (IsAllCaps(alias.Text))
            {
                // Acronyms keep their case: "US" is not "us", « OTAN » not « otan »; one of four letters or more may be written
                // as a word with a capital (« l’Otan », "Nato", « l’Unesco ») when the article never writes that word in lower case.
                if (!SpanHasNoLowerCase(first, last) && !(single && alias.Text.Length >= 4 && _words[first].Capitalized && !IsCommonWord(first)))
                {
                    continue;
                }
            }
            else if (FirstLetterIsUpper(alias.Text) && !_words[first].Capitalized)
            {
                continue;
            }

            if (single && hit.Actor.Kind == ActorKind.Place && _rules.Months.Contains(_words[first].Key))
            {
                // "in March", "from May": a month, not the town of that name.
                continue;
            }

            if (single && alias.Kind is not AliasKind.Acronym and not AliasKind.Demonym && _words[first].SentenceStart
                && (alias.IsCommonWord || IsCommonWord(first)))
            {
                // « Dans », "Reading" at the start of a sentence are words, not names.
                continue;
            }

            accepted.Add(hit);
        }

        return [.. accepted];
    }

    /// <summary>
    /// The tagger's mentions: a tagged span the dictionary matched exactly confirms it; a longer one that no name covers is a
    /// document-local entity. A span holding a comma or brackets is read as its pieces ("Harehills, West Yorkshire Police",
    /// « Lagrasse (Aude) Josiane Berthomieu »): a name holds no such punctuation.
    /// </summary>
    private void AddTaggerMentions()
    {
        foreach (var tagged in _ner)
        {
            var first = FirstWordEndingAfter(tagged.Start);
            var last = FirstWordStartingAtOrAfter(tagged.End) - 1;
            if (first >= _words.Length || last < first || _words[first].Start >= tagged.End)
            {
                continue;
            }

            var piece = first;
            for (var k = first; k <= last; k++)
            {
                if (_words[k].Kind == TokenKind.Punctuation && _text[_words[k].Start] is ',' or '(' or ')')
                {
                    AddTaggerMention(piece, k - 1, tagged.Type);
                    piece = k + 1;
                }
            }

            AddTaggerMention(piece, last, tagged.Type);
        }
    }

    private void AddTaggerMention(int first, int last, EntityType type)
    {
        if (last < first)
        {
            return;
        }

        // « à Dakar Ousmane Diagne-Faye »: a known place before a given name is no part of a person's name.
        if (type == EntityType.Person && first + 1 < last && IsGivenNameStart(first + 1)
            && _mentions.Exists(m => !m.Dropped && m.First == first && m.Last == first && m.Hits.Any(h => h.Actor.Kind is ActorKind.Place or ActorKind.Country)))
        {
            first++;
        }

        // « le », « M. », "Secretary of State", a lower-case noun (« club Castelnau Rugby ») before the name are not part of it.
        while (first < last && (_rules.Determiners.Contains(_words[first].Key) || _titleWord[first] || _words[first].Kind == TokenKind.Elision
            || (!_words[first].Capitalized && (_rules.OrganizationNouns.Contains(_words[first].Key) || _rules.PersonNouns.Contains(_words[first].Key)))))
        {
            first++;
        }

        // "Olena Marchenko-Kuzmenko": a double-barrelled name the tagger left out belongs to the name before it.
        while (last + 1 < _words.Length && SameSentence(last, last + 1) && IsDoubleBarrelled(last + 1) && !Covered(last + 1))
        {
            last++;
        }

        last = WithLowerCaseComplement(first, last, type);
        if (!HasCapitalisedWord(first, last) || (first == last && (_honorific[first] is not null || _titleWord[first])))
        {
            // "Local elder Abdirahman …": lower-case words alone name no one; nor does a form of address alone ("Brig. Gen. X").
            return;
        }

        var exact = _mentions.Find(m => !m.Dropped && m.First == first && m.Last == last);
        if (exact is not null)
        {
            // The tagger's type does not overrule the knowledge base: "Kyiv" tagged as a person is still the capital.
            exact.NerType = type;
            exact.Person |= type == EntityType.Person && (exact.Hits.Length == 0 || exact.Hits.Any(h => h.Actor.Kind == ActorKind.Person));
            return;
        }

        var inside = _mentions.FindAll(m => !m.Dropped && m.First >= first && m.Last <= last);
        var overlapping = _mentions.Exists(m => !m.Dropped && m.Last >= first && m.First <= last && (m.First < first || m.Last > last));
        if (overlapping || JoinsKnownNames(first, last, inside))
        {
            return;
        }

        foreach (var m in inside)
        {
            m.Dropped = true;
        }

        var hits = Accepted(first, last, _kb.Match(KeyOf(first, last)));
        var mention = new Mention(first, last, _words[first].Start, _words[last].End, Origin.Ner)
        {
            Hits = hits,
            How = MentionSource.Ner,
            NerType = type,
            Person = type == EntityType.Person && (hits.Length == 0 || hits.Any(h => h.Actor.Kind == ActorKind.Person)),
            Sentence = _words[first].Sentence,
            InQuote = _words[first].InQuote,
        };
        if (mention.Hits.Length > 0)
        {
            mention.How = MentionSource.Kb;
        }

        _mentions.Add(mention);
    }

    private bool HasCapitalisedWord(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (_words[k].Capitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the apposition from word <paramref name="first"/> to the next punctuation holds a lower-case noun naming what a person is.</summary>
    private bool PersonNounInApposition(int first)
    {
        for (var k = first; k < _words.Length && k - first < 6 && SameSentence(first, k) && (_words[k].IsWord || _words[k].Kind == TokenKind.Clitic); k++)
        {
            if (_rules.PersonNouns.Contains(_words[k].Key) && !_words[k].Capitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> lies in a mention other than the tagger's (whose type a person noun before it overrules) and
    /// other than a surname alone ("Marcus" of Gill Marcus in "The mayor, Marcus Bell,").
    /// </summary>
    private bool CoveredBeyondTagger(int i) =>
        _mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin != Origin.Ner
            && !(m.Origin == Origin.Dictionary && m.Hits.Length > 0 && m.Hits.Max(h => Strength(h.Alias.Kind)) <= 1));

    private static bool OnlyPlaces(Mention mention) => mention.Hits.Length > 0 && mention.Hits.All(h => h.Actor.Kind == ActorKind.Place);

    /// <summary>
    /// « l’Observatoire pyrénéen du changement climatique », « l’Union syndicale des personnels hospitaliers »: an
    /// organisation's name the tagger ended early goes on over « de » and up to five lower-case words, to a comma, a
    /// verb of a state acting, a determiner or a capitalised word.
    /// </summary>
    private int WithLowerCaseComplement(int first, int last, EntityType type)
    {
        if (type != EntityType.Organization || !_rules.NameComplementHeads.Contains(_words[first].Key))
        {
            return last;
        }

        // « la Commission électorale nationale indépendante »: adjectives of the name the tagger left out.
        while (last + 1 < _words.Length && SameSentence(first, last + 1) && _rules.OrganizationNameAdjectives.Contains(_words[last + 1].Key) && !_words[last + 1].Capitalized)
        {
            last++;
        }

        // « de ski et de snowboard »: a complement the tagger left out may be a second one, after a conjunction.
        var genitive = last + 2 < _words.Length && _rules.Conjunctions.Contains(_words[last + 1].Key) && IsGenitive(last + 2) ? last + 2 : last + 1;
        if (genitive + 1 >= _words.Length || !IsGenitive(genitive) || !SameSentence(first, genitive + 1))
        {
            return last;
        }

        var end = genitive;
        // « de la », « de l’ »: the article after « de ».
        if (_rules.Determiners.Contains(_words[end + 1].Key))
        {
            end++;
        }

        var words = 0;
        for (var k = end + 1; k < _words.Length && words < 5 && SameSentence(first, k); k++)
        {
            var word = _words[k];
            // A second complement joined by a conjunction goes on.
            if (words > 0 && _rules.Conjunctions.Contains(word.Key) && k + 2 < _words.Length && IsGenitive(k + 1) && !_words[k + 2].Capitalized && _words[k + 2].IsWord)
            {
                k++;
                continue;
            }

            if (!word.IsWord || word.Capitalized || _rules.Determiners.Contains(word.Key) || _rules.StateVerbs.Contains(word.Key) || _rules.Conjunctions.Contains(word.Key))
            {
                break;
            }

            end = k;
            words++;
        }

        return words > 0 ? end : last;
    }

    /// <summary>The first word that ends after <paramref name="offset"/> (binary search: words are in text order), or the word count.</summary>
    private int FirstWordEndingAfter(int offset)
    {
        var (low, high) = (0, _words.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _words[middle].End > offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>The first word that starts at or after <paramref name="offset"/>, or the word count.</summary>
    private int FirstWordStartingAtOrAfter(int offset)
    {
        var (low, high) = (0, _words.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _words[middle].Start >= offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is two capitalised words joined by a hyphen ("Kamau-Ndegwa", « Villeneuve-Castel »),
    /// or a short particle joined to a capitalised word ("al-Sayed", "el-Amin").
    /// </summary>
    private bool IsDoubleBarrelled(int i)
    {
        var word = _text.AsSpan(_words[i].Start, _words[i].End - _words[i].Start);
        var hyphen = word.IndexOf('-');
        return _words[i].Kind == TokenKind.Word && hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && (_words[i].Capitalized || (hyphen <= 3 && char.IsLower(word[0])));
    }

    /// <summary>
    /// Whether a tagged span only joins names the knowledge base knows with small words: "Washington
    /// and Moscow" is two capitals, not one entity; « Banque de France » (an unknown capitalised word) is one.
    /// </summary>
    private bool JoinsKnownNames(int first, int last, List<Mention> inside)
    {
        if (inside.Count < 2 || inside.Exists(m => m.Hits.Length == 0))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (_words[i].Capitalized && !inside.Exists(m => m.First <= i && i <= m.Last))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Names after a form of address or a title (« M. Rutte », « le président Xi Jinping », "Foreign
    /// Minister Sergei Lavrov"): the title is stripped, the name is a person's.
    /// </summary>
    private void DetectNames()
    {
        var starts = new List<(int Next, Gender Gender)>();
        for (var i = 0; i < _words.Length; i++)
        {
            if (_honorific[i] is { } gender)
            {
                starts.Add((i + 1, gender));
            }
        }

        foreach (var title in _titles)
        {
            starts.Add((title.Last + 1, title.Titles[0].Gender));
        }

        // A given name and a surname: "Scott Bessent", « Aïcha Traoré » (the given name is part of the name).
        var given = new HashSet<int>();
        for (var i = 0; i < _words.Length; i++)
        {
            if (IsGivenNameStart(i))
            {
                starts.Add((i, Gender.Unknown));
                given.Add(i);
            }
        }

        // A name in apposition after a noun naming what a person is: "the agency's spokeswoman, Revathi Menon-Iyer," (two words at least).
        for (var i = 2; i + 1 < _words.Length; i++)
        {
            if (_words[i - 1].Key == "," && _rules.PersonNouns.Contains(_words[i - 2].Key) && !_words[i - 2].Capitalized && _words[i].Capitalized
                && !IsCommonWord(i) && !CoveredBeyondTagger(i) && NameRun(i) is var run && run > i && run + 1 < _words.Length && _words[run + 1].Key is "," or ".")
            {
                starts.Add((i, Gender.Unknown));
                given.Add(i);
            }
        }

        // A name right after a noun naming what a person is: "opposition lawmaker Wanjiru Kamau-Ndegwa", "Detective Inspector Carys
        // Pritchard-Lowe" (two words at least; the tagger's own reading of the words, often an organisation for names it does not know, gives way).
        for (var i = 1; i + 1 < _words.Length; i++)
        {
            if (_rules.PersonNouns.Contains(_words[i - 1].Key) && _words[i - 1].IsWord && _words[i].Capitalized && !_rules.PersonNouns.Contains(_words[i].Key) && !IsCommonWord(i)
                && SameSentence(i - 1, i) && NameRun(i) > i && !CoveredBeyondTagger(i))
            {
                starts.Add((i, Gender.Unknown));
                given.Add(i);
            }
        }

        // A name before an apposition that names what a person is: "Adaeze Nwosu-Grant, the university’s vice-chancellor,", « Awa Diallo,
        // porte-parole du collectif, » (two words at least).
        for (var i = 0; i + 3 < _words.Length; i++)
        {
            // The cheap tests on the words first, the scans of the mentions last.
            if (_words[i].Kind == TokenKind.Word && _words[i].Capitalized && !_words[i].AllCaps && !(i > 0 && _words[i - 1].Capitalized && SameSentence(i - 1, i))
                && !_rules.Locatives.Contains(_words[i].Key) && NameRun(i) is var run && run > i && run + 2 < _words.Length && _words[run + 1].Key == ","
                && PersonNounInApposition(run + 2) && !IsCommonWord(i) && !CoveredBeyondTagger(i)
                && !_mentions.Exists(m => !m.Dropped && m.First <= run && m.Last >= i && m.Hits.Any(h => h.Actor.Kind is ActorKind.Place or ActorKind.Country)))
            {
                starts.Add((i, Gender.Unknown));
                given.Add(i);
            }
        }

        // The speaker after a quotation and its inverted verb: "“…,” said Chanda Mulenga, …" (two words at least).
        for (var i = 1; i + 1 < _words.Length; i++)
        {
            if (_rules.InvertedSpeechVerbs.Contains(_words[i].Key) && (_words[i - 1].Kind == TokenKind.CloseQuote || _words[i - 1].Key == ",")
                && _words[i + 1].Capitalized && !IsCommonWord(i + 1)
                && !_mentions.Exists(m => !m.Dropped && m.Origin == Origin.Ner && m.First <= i + 1 && i + 1 <= m.Last && m.NerType != EntityType.Person))
            {
                starts.Add((i + 1, Gender.Unknown));
                given.Add(i + 1);
            }
        }

        DetectOrganizationNames();
        DetectOrganizationNameRuns();
        foreach (var (next, gender) in starts)
        {
            // "Ms de Vries": a particle opens the surname after a form of address (after a title, « du » is a preposition).
            var end = NameRun(next > 0 && _honorific[next - 1] is not null && _rules.NameParticles.Contains(_words[next].Key) && !_words[next].Capitalized && next + 1 < _words.Length ? next + 1 : next);
            if (end < next || (given.Contains(next) && end == next))
            {
                continue;
            }

            var known = _mentions.FindAll(m => !m.Dropped && m.Last >= next && m.First <= end);
            if (known.Exists(m => m.Hits.Any(h => h.Actor.Kind is ActorKind.Country or ActorKind.Organization or ActorKind.Group)
                && !(m.First == next && m.Last == next && end > next && IsGivenNameWord(next) && !BeforePlaceWord(next))))
            {
                // « le président Russe », "the NATO chief": a complement, not a name.
                continue;
            }

            // A knowledge-base name that starts with the name or goes beyond it ("King Charles", « Ursula von der Leyen »): it stays;
            // but after a form of address or a title, a town's name is a person's ("Mr. Moriyama").
            var addressed = !given.Contains(next);
            var longer = known.Find(m => m.First < next || m.Last > end || (m.First == next && m.Last == end && !(addressed && OnlyPlaces(m))));
            if (longer is not null)
            {
                // "Alberta Nurses' Federation", "Queen Elizabeth University Hospital": a given name opening an organisation's or a
                // building's name makes no person of it.
                if (!IsBuildingNameEnd(longer.Last))
                {
                    longer.Person |= (longer.Hits.Length == 0 && !(longer.NerType == EntityType.Organization && IsOrganizationNameEnd(longer.Last)))
                        || longer.Hits.Any(h => h.Actor.Kind == ActorKind.Person);
                    longer.Gender = longer.Gender == Gender.Unknown ? gender : longer.Gender;
                }

                continue;
            }

            foreach (var m in known)
            {
                m.Dropped = true;
            }

            var name = new Mention(next, end, _words[next].Start, _words[end].End, Origin.Name)
            {
                Hits = [.. Accepted(next, end, _kb.Match(KeyOf(next, end))).Where(h => !addressed || h.Actor.Kind != ActorKind.Place)],
                How = MentionSource.Ner,
                Person = true,
                Gender = gender,
                Sentence = _words[next].Sentence,
                InQuote = _words[next].InQuote,
            };
            if (name.Hits.Length > 0)
            {
                name.How = MentionSource.Kb;
            }

            _mentions.Add(name);
        }
    }

    /// <summary>
    /// Names right after a noun that says what an organisation is (« le fabricant de drones français
    /// Aérolynx », "Brazilian meatpacker Frigonorte"): an organisation's, when the tagger missed them.
    /// In French the noun may stand up to six lower-case words before the name.
    /// </summary>
    private void DetectOrganizationNames()
    {
        for (var i = 1; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Kind != TokenKind.Word || !word.Capitalized || word.SentenceStart || _titleWord[i] || _honorific[i - 1] is not null || CoveredByName(i)
                || !NounBefore(i, _rules.OrganizationNouns))
            {
                continue;
            }

            var end = NameRun(i);
            if (end < i || Enumerable.Range(i, end - i + 1).Any(CoveredByName))
            {
                continue;
            }

            // "logistics group Meridian Freight": a town of the same name (Meridian) gives way.
            foreach (var town in _mentions.Where(m => !m.Dropped && m.First >= i && m.Last <= end))
            {
                town.Dropped = true;
            }

            var hits = Accepted(i, end, _kb.Match(KeyOf(i, end)));
            _mentions.Add(new Mention(i, end, word.Start, _words[end].End, Origin.Name)
            {
                Hits = hits,
                How = hits.Length > 0 ? MentionSource.Kb : MentionSource.Ner,
                NerType = EntityType.Organization,
                Sentence = word.Sentence,
                InQuote = word.InQuote,
            });
            i = end;
        }
    }

    /// <summary>
    /// A run of capitalised words ending with the head of an organisation's name ("Australian Grain Exporters
    /// Council", "Peruvian Culture Ministry") that no knowledge-base name covers whole is one organisation:
    /// the state or place its first words name is not a mention of its own.
    /// </summary>
    private void DetectOrganizationNameRuns()
    {
        DropPostNominals();
        RetypeOrganizationNames();
        DetectStateBodies();
        DetectApposedOrganizations();
        DetectNamesDefiningAcronyms();
        if (_rules.HeadFirst)
        {
            DetectHeadFirstOrganizationNames();
            DetectDescribedHeadFirstOrganizations();
            return;
        }

        DetectDescribedOrganizations();
        DetectHeadOfPlaceNames();

        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Kind != TokenKind.Word || !_words[i].Capitalized
                || (i > 0 && _words[i - 1].Kind == TokenKind.Word && _words[i - 1].Capitalized && !_rules.Determiners.Contains(_words[i - 1].Key) && SameSentence(i - 1, i)))
            {
                continue;
            }

            var end = JoinedNameRun(i);
            if (end == i && LowerCaseHeadAfterDemonym(i) is var head and > 0)
            {
                // "the Chinese commerce ministry": a state's demonym, lower-case nouns and the head.
                end = head;
            }

            if (end <= i || !IsOrganizationNameEnd(end)
                || _mentions.Exists(m => !m.Dropped && m.First <= i && m.Last >= end)
                || _mentions.Exists(m => !m.Dropped && m.First <= end && m.Last >= i && (m.First < i || m.Last > end)))
            {
                i = Math.Max(i, end);
                continue;
            }

            AddOrganizationName(i, end);
            i = end;
        }

        ExtendOrganizationNames();
    }

    /// <summary>
    /// "The University of Edinburgh", "the Bank of Korea" (head-last languages): a capitalised head of an organisation's name, "of" and
    /// a capitalised run make one organisation, which the tagger may have missed; the place after "of" is no mention of its own.
    /// </summary>
    private void DetectHeadOfPlaceNames()
    {
        for (var i = 0; i + 2 < _words.Length; i++)
        {
            if (_words[i].Kind != TokenKind.Word || !_words[i].Capitalized || !_rules.OrganizationNameHeads.Contains(_words[i].Key) || !IsGenitive(i + 1)
                || !SameSentence(i, i + 2) || _words[i + 2].Kind != TokenKind.Word || !_words[i + 2].Capitalized
                || (i > 0 && SameSentence(i - 1, i) && (_words[i - 1].Kind == TokenKind.Clitic || (_words[i - 1].Kind == TokenKind.Word && _words[i - 1].Capitalized && !_rules.Determiners.Contains(_words[i - 1].Key)))))
            {
                // "Poland’s Ministry of National Defence", "Seoul National University of …": a longer name the other rules read whole.
                continue;
            }

            var end = NameRun(i + 2);
            if (end < i + 2 || _mentions.Exists(m => !m.Dropped && m.First <= end && m.Last >= i && (m.First < i || m.Last > end || (m.First == i && m.Last == end))))
            {
                continue;
            }

            AddOrganizationName(i, end);
            i = end;
        }
    }

    /// <summary>"Prosecutor James Whitcombe, KC, told the jury": an honour after a person's name and a comma is no name (the tagger read a place).</summary>
    private void DropPostNominals()
    {
        foreach (var tagged in _mentions.Where(m => !m.Dropped && m.First == m.Last && m.First >= 2 && IsComma(m.First - 1)
            && _rules.PostNominals.Contains(_words[m.First].Key) && _words[m.First - 2].Capitalized))
        {
            tagged.Dropped = true;
        }
    }

    /// <summary>
    /// "Kestrel Orbital Semiconductor", "State Department", « Vellane Industries » tagged as a person or a place: a name that ends so is an
    /// organisation's; one tagged as a person that ends like a building's name is a place's.
    /// </summary>
    private void RetypeOrganizationNames()
    {
        foreach (var tagged in _mentions.Where(m => !m.Dropped && m.Origin == Origin.Ner && m.Hits.Length == 0 && m.Last > m.First
            && m.NerType != EntityType.Organization && _words[m.Last].Capitalized && IsOrganizationNameEnd(m.Last)))
        {
            tagged.NerType = EntityType.Organization;
            tagged.Person = false;
        }

        // "Queen Elizabeth University Hospital", "Victoria Station" tagged as a person: a name that ends with a building's or a street's noun is a place's.
        foreach (var tagged in _mentions.Where(m => !m.Dropped && m.Origin == Origin.Ner && m.Hits.Length == 0 && m.Last > m.First
            && m.NerType == EntityType.Person && IsBuildingNameEnd(m.Last)))
        {
            tagged.NerType = EntityType.Location;
            tagged.Person = false;
        }
    }

    /// <summary>
    /// Whether a name ending with word <paramref name="i"/> is an organisation's: "… Semiconductor", « … Industries », and in a
    /// head-last language "… Council" (a head-first language's heads open the name: « ministère … »).
    /// </summary>
    private bool IsOrganizationNameEnd(int i) =>
        _rules.NameEndingHeads.ContainsKey(_words[i].Key) || (!_rules.HeadFirst && _rules.OrganizationNameHeads.Contains(_words[i].Key));

    /// <summary>Whether a name ending with word <paramref name="i"/> is a building's or a street's ("… Hospital", "… Station"), in a head-last language.</summary>
    private bool IsBuildingNameEnd(int i) => !_rules.HeadFirst && _words[i].Capitalized && _rules.PlaceNameEnds.Contains(_words[i].Key);

    /// <summary>
    /// The capitalised run from word <paramref name="first"/>, joined over "and" or a possessive to the next run when
    /// that one ends an organisation's name ("Vietnam Coffee and Cocoa Association", "Canadian Nurses' Federation").
    /// </summary>
    private int JoinedNameRun(int first)
    {
        var end = NameRun(first);
        var joined = end;
        while (joined >= first && joined + 2 < _words.Length && SameSentence(joined, joined + 2)
            && (_rules.Conjunctions.Contains(_words[joined + 1].Key) || _words[joined + 1].Kind == TokenKind.Clitic || _text[_words[joined + 1].Start] is '&' or '\'' or '’')
            && NameRun(joined + 2) is var next && next >= joined + 2)
        {
            joined = next;
        }

        return joined > end && IsOrganizationNameEnd(joined) ? joined : end;
    }

    /// <summary>
    /// "The attorney-general's office said", "the state civil defence agency said": a lower-case phrase after "the" that
    /// ends with an organisation's head and is the subject of a verb of acting is one organisation (head-last languages).
    /// </summary>
    private void DetectDescribedOrganizations()
    {
        for (var i = 1; i + 2 < _words.Length; i++)
        {
            var owner = StateBeforePossessive(i - 1);
            // "a spokesperson for the foreign ministry said": a person noun opens no organisation's name; the body comes after it.
            if (!(_rules.Determiners.Contains(_words[i - 1].Key) || owner >= 0) || (_words[i].Capitalized && !IsLowerCaseOrPlace(i)) || Covered(i)
                || _rules.PersonNouns.Contains(_words[i].Key))
            {
                continue;
            }

            for (var k = i + 1; k <= i + 4 && k + 1 < _words.Length && SameSentence(i, k + 1); k++)
            {
                if (_rules.OrganizationNameHeads.Contains(_words[k].Key) && !_words[k].Capitalized)
                {
                    // After a state's possessive the phrase names the organisation wherever it stands ("Saudi Arabia's foreign ministry, which …").
                    if ((_rules.StateVerbs.Contains(_words[k + 1].Key) || owner >= 0) && !Enumerable.Range(i, k - i + 1).Any(Covered))
                    {
                        // "Switzerland's defence procurement agency said": the state is part of the organisation's name.
                        AddOrganizationName(owner >= 0 ? owner : i, k);
                        i = k;
                    }

                    break;
                }

                if (!(_words[k].Kind == TokenKind.Clitic || IsLowerCaseOrPlace(k)) || _rules.PersonNouns.Contains(_words[k].Key))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// « L’agence régionale de santé a répondu », « le parquet général a salué », « L’Autorité de sûreté nucléaire a classé »:
    /// after a determiner, an organisation's head noun and lower-case words (one at least, « de » allowed) that are the
    /// subject of a verb of acting make one organisation (head-first languages). A head alone (« la commission a ») does not.
    /// A state body's or a local institution's head with adjectives of names only (« la police nationale ») needs no verb; nor
    /// does a phrase after « selon », « contre » … that a comma closes.
    /// </summary>
    private void DetectDescribedHeadFirstOrganizations()
    {
        for (var i = 1; i + 2 < _words.Length; i++)
        {
            var key = _words[i].Key;
            if (!_rules.Determiners.Contains(_words[i - 1].Key) || !SameSentence(i - 1, i) || Covered(i)
                || !(_rules.OrganizationNameHeads.Contains(key) || _rules.PlaceOrganizationHeads.Contains(key) || _rules.NameComplementHeads.Contains(key)
                    || _rules.StateBodyHeads.Contains(key)))
            {
                continue;
            }

            // « selon l’Agence nationale de la sécurité des systèmes d’information, »: after a word that makes it an actor, a longer name.
            var source = i >= 2 && SameSentence(i - 2, i) && _rules.StateBefore.Contains(_words[i - 2].Key);
            var k = i + 1;
            while (k < _words.Length && k - i <= (source ? 9 : 5) && SameSentence(i, k) && !_words[k].Capitalized
                && (_words[k].Kind == TokenKind.Word || (_words[k].Kind == TokenKind.Elision && k + 1 < _words.Length && _words[k + 1].Kind == TokenKind.Word))
                && !_rules.StateVerbs.Contains(_words[k].Key) && !_rules.Conjunctions.Contains(_words[k].Key))
            {
                k++;
            }

            var last = k - 1;
            var closed = source && k < _words.Length && IsComma(k);
            // « …, a annoncé l’état-major des armées. »: the inverted subject of a reporting verb, which the sentence's end closes.
            // « a précisé le ministère dans un communiqué »: not past a preposition.
            var inverted = i >= 2 && SpokenRightBefore(i - 2)
                && (k + 1 >= _words.Length || !SameSentence(i, k + 1) || IsComma(k) || (!_words[k].IsWord && !SameSentence(k, k + 1)))
                && !Enumerable.Range(i + 1, k - i - 1).Any(w => _rules.Locatives.Contains(_words[w].Key));
            // « la police nationale », « la préfecture maritime »: a body's head with adjectives of names only is one wherever it stands.
            var named = last > i && (_rules.StateBodyHeads.Contains(key) || _rules.PlaceOrganizationHeads.Contains(key))
                && Enumerable.Range(i + 1, last - i).All(w => _rules.OrganizationNameAdjectives.Contains(_words[w].Key));
            // « l’état-major des armées a annoncé »; « l’armée soudanaise a bombardé » stays the state acting.
            var acting = (!_rules.StateBodyHeads.Contains(key) || IsGenitive(i + 1)) && k < _words.Length && SameSentence(i, k) && _rules.StateVerbs.Contains(_words[k].Key);
            if (last > i && (named || acting || closed || inverted) && !IsGenitive(last)
                && !_rules.Determiners.Contains(_words[last].Key))
            {
                AddOrganizationName(i, last);
                i = last;
            }
        }
    }

    /// <summary>The first word of a state's name before the possessive at <paramref name="clitic"/> ("Switzerland's", "Saudi Arabia's"), or -1.</summary>
    private int StateBeforePossessive(int clitic) =>
        clitic >= 1 && _words[clitic].Kind == TokenKind.Clitic && SameSentence(clitic - 1, clitic)
        && _mentions.Find(m => !m.Dropped && m.Last == clitic - 1 && m.Hits.Any(h => h.Actor.Kind == ActorKind.Country)) is { } state
            ? state.First : -1;

    /// <summary>A lower-case word, or one capitalised word the knowledge base knows as a place ("the Borders health board").</summary>
    private bool IsLowerCaseOrPlace(int i) =>
        _words[i].Kind == TokenKind.Word && (!_words[i].Capitalized || _mentions.Exists(m => !m.Dropped && m.First == i && m.Last == i && m.Hits.Any(h => h.Actor.Kind == ActorKind.Place)));

    /// <summary>The head of an organisation's name up to two lower-case words after a demonym at <paramref name="i"/> ("Chinese commerce ministry"), or -1.</summary>
    private int LowerCaseHeadAfterDemonym(int i)
    {
        if (!_mentions.Exists(m => !m.Dropped && m.First == i && m.Last == i && m.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym)))
        {
            return -1;
        }

        for (var k = i + 1; k <= i + 3 && k < _words.Length && SameSentence(i, k) && _words[k].Kind == TokenKind.Word && !_words[k].Capitalized; k++)
        {
            // "Danish shipping group Nordhavn Lines": a name after the head is the organisation's, the words before only describe it.
            if (_rules.OrganizationNameHeads.Contains(_words[k].Key))
            {
                return k + 1 < _words.Length && SameSentence(k, k + 1) && _words[k + 1].Capitalized && _words[k + 1].IsWord ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>Words <paramref name="first"/> to <paramref name="last"/> name one organisation: the mentions inside them are not mentions of their own.</summary>
    private Mention AddOrganizationName(int first, int last)
    {
        foreach (var inside in _mentions.Where(m => !m.Dropped && m.First >= first && m.Last <= last))
        {
            inside.Dropped = true;
        }

        var name = new Mention(first, last, _words[first].Start, _words[last].End, Origin.Name)
        {
            Hits = Accepted(first, last, _kb.Match(KeyOf(first, last))),
            How = MentionSource.Ner,
            NerType = EntityType.Organization,
            Sentence = _words[first].Sentence,
            InQuote = _words[first].InQuote,
        };
        _mentions.Add(name);
        return name;
    }

    /// <summary>
    /// In a head-first language, an organisation's head noun, up to two adjectives, « de » and a capitalised
    /// name (« le ministère polonais de la Défense », « le ministère russe des Affaires étrangères ») is one
    /// organisation: the state its adjective names and the tagger's pieces of the name are not mentions of their own.
    /// </summary>
    private void DetectHeadFirstOrganizationNames()
    {
        for (var i = 0; i + 2 < _words.Length; i++)
        {
            var named = _rules.OrganizationNameHeads.Contains(_words[i].Key);
            if (!named && !_rules.PlaceOrganizationHeads.Contains(_words[i].Key))
            {
                continue;
            }

            var genitive = LowerCaseWordsAfter(i, 3);
            // « la cour administrative d’appel de Lyon », « la Société de transport de Montréal »: a lower-case complement before the place.
            if (!named && genitive < _words.Length && IsGenitive(genitive) && LowerCaseWordsAfter(genitive, 2) is var next && next > genitive + 1
                && next < _words.Length && IsGenitive(next))
            {
                genitive = next;
            }

            var name = genitive + 1;
            if (name < _words.Length && _rules.Determiners.Contains(_words[name].Key))
            {
                name++;
            }

            // « de l’océan Indien »: a place the knowledge base knows may open with a lower-case word.
            // « de Seine-Maritime »: or a place the tagger found.
            var place = name < _words.Length
                ? _mentions.Find(m => !m.Dropped && m.First == name && (m.Hits.Any(h => h.Actor.Kind is ActorKind.Place or ActorKind.Country) || (m.Hits.Length == 0 && m.NerType == EntityType.Location)))
                : null;
            if (name >= _words.Length || !IsGenitive(genitive) || !SameSentence(i, name) || (place?.Last ?? NameRun(name)) is var end && end < name
                || (!named && place?.Last != end))
            {
                continue;
            }

            // Adjectives of the name (« Affaires étrangères »), and the tagger's reading, may go further than the capitalised words.
            end = WithNameAdjectives(end);

            // « le ministère de l’Europe et des Affaires étrangères », « du Travail et de l’Emploi »: a second complement joined by « et ».
            if (named && end + 3 < _words.Length && _rules.Conjunctions.Contains(_words[end + 1].Key) && IsGenitive(end + 2) && SameSentence(end, end + 3))
            {
                var second = _rules.Determiners.Contains(_words[end + 3].Key) ? end + 4 : end + 3;
                if (second < _words.Length && SameSentence(end, second) && _words[second].Capitalized && NameRun(second) is var joined && joined >= second)
                {
                    end = WithNameAdjectives(joined);
                }
            }

            end = _mentions.Where(m => !m.Dropped && m.Origin == Origin.Ner && m.First <= end && m.Last >= name).Select(m => m.Last).DefaultIfEmpty(end).Max();
            if (_mentions.Exists(m => !m.Dropped && m.First <= i && m.Last >= end) || _mentions.Exists(m => !m.Dropped && m.First < i && m.Last >= i))
            {
                continue;
            }

            AddOrganizationName(i, end);
            i = end;
        }
    }

    /// <summary>The last word of the adjectives of a name (« Affaires étrangères ») that go on after word <paramref name="end"/>.</summary>
    private int WithNameAdjectives(int end)
    {
        while (end + 1 < _words.Length && _rules.OrganizationNameAdjectives.Contains(_words[end + 1].Key))
        {
            end++;
        }

        return end;
    }

    /// <summary>The first word after <paramref name="i"/> that is not one of up to <paramref name="most"/> lower-case words other than « de ».</summary>
    private int LowerCaseWordsAfter(int i, int most)
    {
        var k = i + 1;
        while (k < _words.Length && k - i <= most && _words[k].Kind == TokenKind.Word && !_words[k].Capitalized && !IsGenitive(k))
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a noun of <paramref name="nouns"/> stands right before word <paramref name="i"/> (French: with lower-case words between).</summary>
    /// <summary>Whether a name other than a town the dictionary alone found covers word <paramref name="i"/>.</summary>
    private bool CoveredByName(int i) =>
        _mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy
            && !(m.Origin == Origin.Dictionary && m.Hits.Length > 0 && m.Hits.All(h => h.Actor.Kind == ActorKind.Place)));

    private bool NounBefore(int i, FrozenSet<string> nouns)
    {
        var reach = _rules.HeadFirst ? 7 : 1;
        for (var k = i - 1; k >= Math.Max(0, i - reach) && SameSentence(k, i); k--)
        {
            // « l’ONG Sea-Watch »: the noun in lower case, or an acronym.
            if (nouns.Contains(_words[k].Key))
            {
                return !_words[k].Capitalized || _words[k].AllCaps;
            }

            if (!_words[k].IsWord || _words[k].Capitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is a given name that starts a person's name: capitalised, not
    /// after a title or form of address (those are starts of their own), not the start of a name the
    /// knowledge base knows, and followed by a capitalised word that is no common word (« Marine nationale »,
    /// "Marine Corps" are not people).
    /// </summary>
    private bool IsGivenNameStart(int i)
    {
        var word = _words[i];
        if (word.Kind != TokenKind.Word || !word.Capitalized || word.AllCaps || _titleWord[i] || (i > 0 && (_honorific[i - 1] is not null || _titleWord[i - 1]))
            || i + 1 >= _words.Length || !SameSentence(i, i + 1) || _words[i + 1].Kind != TokenKind.Word || !_words[i + 1].Capitalized || _words[i + 1].AllCaps
            || !IsGivenNameWord(i) || (IsCommonWord(i + 1) && !IsSurnameAfterGivenName(i + 1)) || _titleWord[i + 1])
        {
            return false;
        }

        // "Mark Rutte" is known: the dictionary decides. A state's one-word name that is a given name too stands for a person before
        // a surname ("Jordan Henderson", « Dominique Ollier »), not before a place's last word ("Jordan Valley").
        var placeAfter = BeforePlaceWord(i);
        return !_mentions.Exists(m => !m.Dropped && m.First == i && m.Origin == Origin.Dictionary
            && (m.Last > i || m.Hits.Any(h => h.Actor.Kind is ActorKind.Organization or ActorKind.Group || (placeAfter && h.Actor.Kind == ActorKind.Country))));
    }

    /// <summary>Whether the word after word <paramref name="i"/> ends a place's name ("Jordan Valley", "Chad Basin").</summary>
    private bool BeforePlaceWord(int i) => i + 1 < _words.Length && _rules.PlaceNameEnds.Contains(_words[i + 1].Key);

    /// <summary>Whether word <paramref name="i"/> is a given name the knowledge base knows.</summary>
    private bool IsGivenNameWord(int i) => _kb.IsGivenName(_text.AsSpan(_words[i].Start, _words[i].End - _words[i].Start));

    /// <summary>
    /// "Sarah Young", "Marcus Bell": a common word after a given name is a surname when people of the knowledge base bear it,
    /// it ends the capitalised run, names no street or building ("Victoria Park") and the given name names no place ("Austin Energy").
    /// </summary>
    private bool IsSurnameAfterGivenName(int i) =>
        !_rules.PlaceNameEnds.Contains(_words[i].Key)
        && !(i + 1 < _words.Length && _words[i + 1].Kind == TokenKind.Word && _words[i + 1].Capitalized && SameSentence(i, i + 1))
        && IsSurnameOfSomeone(_kb.Match(KeyOf(i, i))) && !NamesPlace(_kb.Match(KeyOf(i - 1, i - 1)));

    private static bool IsSurnameOfSomeone(ReadOnlySpan<AliasHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Alias.Kind == AliasKind.Surname && hit.Actor.Kind == ActorKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesPlace(ReadOnlySpan<AliasHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Actor.Kind is ActorKind.Place or ActorKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of the capitalised name that starts at word <paramref name="first"/> (particles allowed inside), or first - 1.</summary>
    private int NameRun(int first)
    {
        var end = first - 1;
        for (var i = first; i < _words.Length && i - first < 6 && SameSentence(first, i); i++)
        {
            var word = _words[i];
            if (word.Kind == TokenKind.Word && (word.Capitalized || (end >= first && IsDoubleBarrelled(i))) && !_titleWord[i] && !_rules.Determiners.Contains(word.Key))
            {
                end = i;
                continue;
            }

            // Particles inside a name: « de », "von der", "al".
            if (end >= first && _rules.NameParticles.Contains(word.Key))
            {
                var k = i + 1;
                while (k < _words.Length && _rules.NameParticles.Contains(_words[k].Key))
                {
                    k++;
                }

                if (k < _words.Length && _words[k].Capitalized)
                {
                    continue;
                }
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// A place or person name right beside an unknown capitalised word is part of a longer name the
    /// knowledge base does not know: "Paris" in "Paris Saint-Germain", "Washington" in "Washington Post".
    /// </summary>
    private void DropEmbedded()
    {
        foreach (var mention in _mentions)
        {
            if (mention.Dropped || mention.Origin != Origin.Dictionary || mention.Person
                || mention.Hits.All(h => h.Alias.Kind is AliasKind.Demonym or AliasKind.Acronym or AliasKind.Anaphor))
            {
                continue;
            }

            // « Olympique de Marseille », « Banque de France »: the same across a particle.
            var before = mention.First - 1;
            var acrossParticle = before > 0 && _rules.NameParticles.Contains(_words[before].Key) && IsUnknownName(before - 1, mention.First);
            if (IsUnknownName(mention.First - 1, mention.First) || IsUnknownName(mention.Last + 1, mention.Last) || acrossParticle)
            {
                mention.Dropped = true;
            }
        }
    }

    private bool IsUnknownName(int i, int beside)
    {
        if (i < 0 || i >= _words.Length || !SameSentence(i, beside))
        {
            return false;
        }

        var word = _words[i];
        return word.Kind == TokenKind.Word && word.Capitalized && !_titleWord[i] && _honorific[i] is null
            && !_rules.NameParticles.Contains(word.Key) && !_rules.Determiners.Contains(word.Key)
            && !(word.SentenceStart && IsCommonWord(i))
            && !_mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && (m.Hits.Length == 0 || m.Hits.Max(h => Strength(h.Alias.Kind)) == 2)
                && !(m.First == m.Last && m.Hits.All(h => h.Actor.Kind == ActorKind.Place && h.Actor.Weight < SmallPlace)));
    }

    /// <summary>Below this population, a town named like a common word is only a place after « à », "in".</summary>
    private const long SmallPlace = 100_000;

    /// <summary>Chooses the actor of every mention that full names, acronyms, demonyms or metonyms match; states and places named in the article help the rest.</summary>
    private void ResolveNames()
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var mention in _mentions)
            {
                if (mention.Dropped || mention.Actor is not null || mention.Hits.Length == 0 || mention.Hits.Max(h => Strength(h.Alias.Kind)) < 2)
                {
                    continue;
                }

                // « l’Alliance » once NATO is named is NATO, not Alliance (Nebraska).
                var anaphor = mention.Hits.Where(h => h.Alias.Kind == AliasKind.Anaphor).Select(h => h.Actor).Distinct()
                    .Where(a => _mentions.Exists(m => !m.Dropped && m.Actor == a && m.Start < mention.Start)).ToList();
                if (pass == 0 && mention.Hits.Any(h => h.Alias.Kind == AliasKind.Anaphor))
                {
                    continue;
                }

                var actor = anaphor.Count == 1 ? anaphor[0] : Choose(mention.Hits, pass == 0 ? null : countries);
                if (actor is null)
                {
                    continue;
                }

                if (anaphor.Count == 1)
                {
                    mention.Actor = actor;
                    mention.How = MentionSource.Alias;
                    continue;
                }

                // "the University of the Philippines", « l’Alliance »: a town named like a common word never takes an article.
                if (actor.Kind == ActorKind.Place && mention.First == mention.Last && mention.First > 0 && _rules.Determiners.Contains(_words[mention.First - 1].Key)
                    && (mention.Hits.Any(h => h.Actor == actor && h.Alias.IsCommonWord) || IsCommonWord(mention.First)))
                {
                    mention.Dropped = true;
                    continue;
                }

                // « Baptisé "Trident côtier" » is no Trento: a place named only by a gazetteer's alternate names needs « à », "in", or its state in the article.
                if (actor.Kind == ActorKind.Place && mention.Hits.Where(h => h.Actor == actor).All(h => h.Alias.IsAlternate) && !IsPlaceCue(mention))
                {
                    if (pass == 0)
                    {
                        continue;
                    }

                    if (actor.Country is null || !countries.Contains(actor.Country))
                    {
                        mention.Dropped = true;
                        continue;
                    }
                }

                if (actor.Kind == ActorKind.Place && actor.Weight is > 0 and < SmallPlace && mention.First == mention.Last && !IsPlaceCue(mention))
                {
                    // "Alliance" (Nebraska), « Orange »: a small town named like a common word needs « à », "in".
                    if (mention.Hits.Any(h => h.Actor == actor && h.Alias.IsCommonWord) || IsCommonWord(mention.First))
                    {
                        mention.Dropped = true;
                        continue;
                    }

                    // "Carney", "Davis", "Martin": a small town named like people is a surname until « à », "in" says otherwise.
                    if (mention.Hits.Any(h => h.Alias.Kind == AliasKind.Surname))
                    {
                        mention.Hits = [.. mention.Hits.Where(h => h.Alias.Kind == AliasKind.Surname)];
                        continue;
                    }

                    // "Heston met officers": a small town alone, in no state of the article, is not known to be that town.
                    if (pass == 1 && (actor.Country is null || !countries.Contains(actor.Country)))
                    {
                        mention.Dropped = true;
                        continue;
                    }

                    if (pass == 0)
                    {
                        continue;
                    }
                }

                if (mention.Person && actor.Kind != ActorKind.Person)
                {
                    continue;
                }

                mention.Actor = actor;
                if (actor.Country is { } country)
                {
                    countries.Add(country);
                }
            }
        }

        // A name the knowledge base cannot tell (two namesakes) stays a name of the article when something says it is one.
        foreach (var mention in _mentions)
        {
            if (!mention.Dropped && mention.Actor is null && mention.Origin is Origin.Dictionary && !mention.Person
                && mention.Hits.Length > 0 && mention.Hits.Max(h => Strength(h.Alias.Kind)) == 2)
            {
                mention.Dropped = true;
            }
        }
    }

    /// <summary>The one actor the strongest hits name, or null when they name several equally.</summary>
    private Actor? Choose(AliasHit[] hits, HashSet<string>? countries)
    {
        var strength = hits.Max(h => Strength(h.Alias.Kind));
        var strongest = hits.Where(h => Strength(h.Alias.Kind) == strength).ToList();
        var language = strongest.Min(h => LanguageRank(h.Alias.Language));
        var actors = strongest.Where(h => LanguageRank(h.Alias.Language) == language).Select(h => h.Actor).Distinct().ToList();
        if (actors.Count == 1)
        {
            return actors[0];
        }

        var kind = actors.Min(a => KindRank(a.Kind));
        actors = actors.Where(a => KindRank(a.Kind) == kind).ToList();
        if (actors.Count == 1)
        {
            return actors[0];
        }

        if (actors[0].Kind == ActorKind.Place)
        {
            if (countries is not null)
            {
                var here = actors.Where(a => a.Country is not null && countries.Contains(a.Country)).ToList();
                if (here.Count == 1)
                {
                    return here[0];
                }

                if (here.Count > 1)
                {
                    actors = here;
                }
            }

            var ordered = actors.OrderByDescending(a => a.Weight).ToList();
            return ordered[0].Weight >= _options.PlaceDominance * Math.Max(1, ordered[1].Weight) ? ordered[0] : null;
        }

        if (actors[0].Kind == ActorKind.Person && _date is { } date)
        {
            var active = actors.Where(a => a.Roles.Any(r => r.IsHeldOn(date))).ToList();
            return active.Count == 1 ? active[0] : null;
        }

        return null;
    }

    private int LanguageRank(string language) =>
        language == _rules.Language ? 0 : language == ActorAlias.AnyLanguage ? 1 : 2;

    private static int KindRank(ActorKind kind) => kind switch
    {
        ActorKind.Country => 0,
        ActorKind.Organization => 1,
        ActorKind.Group => 2,
        ActorKind.Person => 3,
        ActorKind.Place => 4,
        _ => 5,
    };

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool FirstLetterIsUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private bool SpanHasNoLowerCase(int first, int last)
    {
        foreach (var c in _text.AsSpan(_words[first].Start, _words[last].End - _words[first].Start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
