using Vigie.Entities;
using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>
    /// Surnames alone (« Rutte », « Poutine »): the person of the same article with that surname, else
    /// the one person with that surname who held an office at the date (or left one recently).
    /// </summary>
    private void ResolveShortNames()
    {
        var people = PeopleInArticle();
        foreach (var mention in _mentions)
        {
            if (mention.Dropped || mention.Actor is not null)
            {
                continue;
            }

            var surnames = mention.Hits.Where(h => h.Alias.Kind == AliasKind.Surname).Select(h => h.Actor).Distinct().ToList();
            if (surnames.Count > 0 && mention.Hits.Max(h => Strength(h.Alias.Kind)) <= 1 || (mention.Person && surnames.Count > 0))
            {
                var inArticle = surnames.Where(people.Contains).ToList();

                // A surname that is also a common word ("May", « Lula »?) needs the full name in the article.
                var common = mention.Hits.Any(h => h.Alias.Kind == AliasKind.Surname && h.Alias.IsCommonWord) || IsCommonWord(mention.First);
                // A surname many people share ("Singh", "Kim", "Wang") needs the full name in the article too.
                var shared = SameEra(surnames) >= CommonSurname;
                // "Head coach Ingrid Solberg … Solberg said": a person of the article the knowledge base does not know bears the surname.
                var local = inArticle.Count == 0 && _mentions.Exists(m => !m.Dropped && m.Actor is null && m.Person && m.Last > m.First && _words[m.Last].Key == _words[mention.Last].Key);
                var chosen = inArticle.Count == 1 ? inArticle[0] : inArticle.Count > 1 || common || shared || local ? null : OnlyFitting(surnames);
                if (chosen is not null)
                {
                    mention.Actor = chosen;
                    mention.How = MentionSource.Alias;
                    people.Add(chosen);
                    continue;
                }
            }

            if (mention.Origin is Origin.Name or Origin.Ner && mention.First == mention.Last && SurnameOf(people, _words[mention.First].Key) is { } person)
            {
                mention.Actor = person;
                mention.How = MentionSource.Alias;
                continue;
            }

            if (mention.Origin == Origin.Dictionary && !mention.Person && mention.Hits.Length > 0 && mention.Hits.Max(h => Strength(h.Alias.Kind)) == 1)
            {
                mention.Dropped = true;
            }
        }
    }

    /// <summary>A surname shared by this many people of the knowledge base is too common to name one alone.</summary>
    private const int CommonSurname = 3;

    /// <summary>How many of the people held some office within 30 years of the date (all of them when there is no date).</summary>
    private int SameEra(List<Actor> people)
    {
        if (_date is not { } date)
        {
            return people.Count;
        }

        var from = ShiftYears(date, -30);
        var to = ShiftYears(date, 30);
        return people.Count(p => p.Roles.Any(r => r.Start is { } start && start <= to && (r.End ?? date) >= from));
    }

    /// <summary>The one person among <paramref name="candidates"/> that the date makes certain: in office then, else the only one who left office in the recent years.</summary>
    private Actor? OnlyFitting(List<Actor> candidates)
    {
        if (_date is not { } date)
        {
            var known = candidates.Where(a => !a.Id.StartsWith("phoenix:", StringComparison.Ordinal)).ToList();
            return candidates.Count == 1 && known.Count == 1 ? known[0] : null;
        }

        var active = candidates.Where(a => a.Roles.Any(r => r.IsHeldOn(date))).ToList();
        if (active.Count == 1)
        {
            return active[0];
        }

        if (active.Count > 1)
        {
            return null;
        }

        var since = ShiftYears(date, -_options.RecentYears);
        var recent = candidates.Where(a => a.Roles.Any(r => r.End is { } end && end <= date && end >= since && r.Office is not Office.Government and not Office.Other)).ToList();
        return recent.Count == 1 ? recent[0] : null;
    }

    /// <summary>The people the article names in full (knowledge-base actors).</summary>
    private HashSet<Actor> PeopleInArticle() =>
        Live.Where(m => m.Actor?.Kind == ActorKind.Person).Select(m => m.Actor!).ToHashSet();

    /// <summary>The person of <paramref name="people"/> whose surname is <paramref name="key"/> (folded), when only one.</summary>
    private static Actor? SurnameOf(IEnumerable<Actor> people, string key)
    {
        var found = people.Where(p => SurnameKeys(p).Contains(key)).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static IEnumerable<string> SurnameKeys(Actor person)
    {
        foreach (var alias in person.Aliases)
        {
            if (alias.Kind == AliasKind.Surname)
            {
                yield return TextFold.FoldWithoutDiacritics(alias.Text);
            }
        }

        var name = person.Name;
        var space = name.LastIndexOf(' ');
        yield return TextFold.FoldWithoutDiacritics(space < 0 ? name : name[(space + 1)..]);
    }

    /// <summary>
    /// A capitalised word that no name covers and that is one or two letters away from the surname of a
    /// person of the same article is that person misspelt (« Rute » for Rutte), when nothing better matches:
    /// only people already named, only the same first letter, never a common word.
    /// </summary>
    private void JoinMisspellings()
    {
        var people = new List<(string Key, Actor? Actor, string? Local)>();
        foreach (var m in Live.Where(m => m.IsPerson))
        {
            if (m.Actor is { } actor)
            {
                people.AddRange(SurnameKeys(actor).Distinct().Select(k => (k, (Actor?)actor, (string?)null)));
            }
        }

        if (people.Count == 0)
        {
            return;
        }

        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (!word.Capitalized)
            {
                continue;
            }

            var named = _mentions.Find(m => !m.Dropped && m.First == i && m.Last == i && m.Origin is Origin.Name or Origin.Ner && !m.IsResolved);
            if (named is null && (!word.Capitalized || word.AllCaps || word.Kind != TokenKind.Word || _titleWord[i] || Covered(i)
                || word.Key.Length < 4 || !word.Key.All(char.IsLetter) || IsCommonWord(i) || _rules.Pronouns.ContainsKey(word.Key)
                || IsCapitalisedWord(i - 1) || IsCapitalisedWord(i + 1)))
            {
                // "Rutter Smith": a word beside another capitalised one is part of someone else's full name.
                continue;
            }

            var limit = word.Key.Length <= 7 ? 1 : 2;
            var best = int.MaxValue;
            var matches = new HashSet<Actor>();
            foreach (var (key, actor, _) in people)
            {
                if (key.Length == 0 || key[0] != word.Key[0] || key == word.Key)
                {
                    continue;
                }

                var distance = EditDistance.Of(word.Key, key, limit);
                if (distance > limit || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    matches.Clear();
                }

                matches.Add(actor!);
            }

            if (matches.Count != 1)
            {
                continue;
            }

            if (named is not null)
            {
                named.Actor = matches.First();
                named.How = MentionSource.Fuzzy;
                continue;
            }

            _mentions.Add(new Mention(i, i, word.Start, word.End, Origin.Fuzzy)
            {
                Actor = matches.First(),
                How = MentionSource.Fuzzy,
                Sentence = word.Sentence,
                InQuote = word.InQuote,
            });
        }
    }

    private bool IsCapitalisedWord(int i) =>
        i >= 0 && i < _words.Length && _words[i].Kind == TokenKind.Word && _words[i].Capitalized && !_words[i].SentenceStart && _honorific[i] is null && !_titleWord[i]
        && SameSentence(i, Math.Clamp(i + 1, 0, _words.Length - 1));

    /// <summary>
    /// The surname alone of a person the article named in full and the knowledge base does not know
    /// ("Freed aid worker Tomás Ibarra … “…,” Ibarra told reporters"), where the tagger missed it: a
    /// name mention, which <see cref="MakeLocals"/> joins to the full name.
    /// </summary>
    private void ReadSurnamesOfLocalPeople()
    {
        // Every word of a full name but the first: its surname, and the middle ones of a longer name ("Diego Andrade Vélez … Andrade said").
        var surnames = Live.Where(m => m.Origin is Origin.Name or Origin.Ner && m.Person && !m.IsResolved && m.Last > m.First)
            .SelectMany(m => Enumerable.Range(m.First + 1, m.Last - m.First))
            .Where(i => _words[i].Capitalized && !_rules.NameParticles.Contains(_words[i].Key) && !_rules.Determiners.Contains(_words[i].Key))
            .Select(i => _words[i].Key).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        // "Anouk de Vries": a surname that a lower-case particle opens in the full name (« de » before it elsewhere is mostly a preposition).
        var particled = Live.Where(m => m.Origin is Origin.Name or Origin.Ner && m.Person && !m.IsResolved && m.Last > m.First + 1)
            .SelectMany(m => Enumerable.Range(m.First + 2, m.Last - m.First - 1))
            .Where(i => _rules.NameParticles.Contains(_words[i - 1].Key) && !_words[i - 1].Capitalized)
            .Select(i => _words[i].Key).ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Kind != TokenKind.Word || !word.Capitalized || word.AllCaps || !surnames.Contains(word.Key) || _titleWord[i]
                || IsCapitalisedWord(i - 1) || IsCapitalisedWord(i + 1))
            {
                continue;
            }

            // "Anouk de Vries … Ms de Vries": the particle before the surname belongs to it.
            var first = particled.Contains(word.Key) && SameSentence(i - 1, i) && _rules.NameParticles.Contains(_words[i - 1].Key) && !_words[i - 1].Capitalized ? i - 1 : i;

            // A knowledge-base surname that resolved to no one, or the tagger's place or organisation of that one word ("Vasilescu, 58,"),
            // yields to the person of the article.
            var covering = _mentions.Find(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin is Origin.Dictionary or Origin.Ner or Origin.Name or Origin.Fuzzy);
            if (covering is not null)
            {
                // "Eleri Vaughan … Vaughan, who stayed behind,": a town of the knowledge base (Vaughan, Ontario) gives way as well.
                var yields = covering.First >= first && covering.First <= i && covering.Last == i
                    && ((covering.Actor is null && (covering.Origin == Origin.Dictionary || (covering.Origin == Origin.Ner && covering.Hits.Length == 0 && !covering.Person)))
                        || (covering.Origin == Origin.Dictionary && OnlyPlaces(covering)));
                if (!yields)
                {
                    continue;
                }

                covering.Dropped = true;
            }

            _mentions.Add(new Mention(first, i, _words[first].Start, word.End, Origin.Name)
            {
                How = MentionSource.Ner,
                Person = true,
                Sentence = word.Sentence,
                InQuote = word.InQuote,
            });
        }
    }

    /// <summary>Names the tagger or a form of address found that nothing resolved: entities of the article, a surname joining the full name.</summary>
    private void MakeLocals()
    {
        foreach (var mention in _mentions.Where(m => !m.Dropped && !m.IsResolved && m.Origin is Origin.Name or Origin.Ner).OrderByDescending(m => m.Last - m.First))
        {
            // Something that says a person is named (a title, a form of address, a person noun before) outweighs the tagger's type.
            var kind = mention.Person ? ActorKind.Person : mention.NerType switch
            {
                EntityType.Organization => ActorKind.Organization,
                EntityType.Location => ActorKind.Place,
                EntityType.Misc => ActorKind.Misc,
                _ => ActorKind.Person,
            };
            var name = TextOf(mention.First, mention.Last);
            // A surname alone, of one word or more (« M. Ben Slimane »): the one person named in full whose name ends so.
            if (kind == ActorKind.Person)
            {
                var full = _mentions.Where(m => !m.Dropped && m.LocalKey is not null && m.LocalKind == ActorKind.Person && m.Last - m.First > mention.Last - mention.First
                    && (EndsWithWordsOf(m, mention) || IsMiddleWordOf(m, mention))).DistinctBy(m => m.LocalKey).ToList();
                if (full.Count == 1)
                {
                    JoinTo(mention, full[0]);
                    continue;
                }

                if (full.Count == 0 && NamedAsOtherThanPerson(mention) is { } retyped)
                {
                    JoinTo(mention, retyped);
                    continue;
                }

                // "Amy Kwan … her grandmother, Dorothy Kwan … Amy said": a given name alone, when one person named in full bears it.
                var given = full.Count == 0 && mention.First == mention.Last
                    ? _mentions.Where(m => !m.Dropped && m.LocalKey is not null && m.LocalKind == ActorKind.Person && m.Last > m.First && m.Last - m.First <= 2
                        && _words[m.First].Key == _words[mention.First].Key).DistinctBy(m => m.LocalKey).ToList()
                    : [];
                if (given.Count == 1)
                {
                    JoinTo(mention, given[0]);
                    continue;
                }
            }

            mention.Local(name, kind);
            mention.How = MentionSource.Ner;
        }
    }

    /// <summary>
    /// "Indrek Raudsepp … Mr Raudsepp": a form of address says that the one name of two or three words the tagger took for
    /// an organisation or a place, and that ends with this surname, is a person's; that name, retyped, or null.
    /// </summary>
    private Mention? NamedAsOtherThanPerson(Mention surname)
    {
        if (surname.First == 0 || _honorific[surname.First - 1] is null)
        {
            return null;
        }

        var names = _mentions.Where(m => !m.Dropped && m.Origin == Origin.Ner && m.Hits.Length == 0 && m.LocalKey is not null
            && m.LocalKind is ActorKind.Organization or ActorKind.Place && m.Last > m.First && m.Last - m.First <= 2 && EndsWithWordsOf(m, surname))
            .DistinctBy(m => m.LocalKey).ToList();
        if (names.Count != 1)
        {
            return null;
        }

        foreach (var same in _mentions.Where(m => m.LocalKey == names[0].LocalKey))
        {
            same.LocalKind = ActorKind.Person;
            same.Person = true;
        }

        return names[0];
    }

    /// <summary>
    /// An acronym the article defines in brackets after a name (« Hsinchu Advanced Semiconductor (HASC) ») names the
    /// same entity there and wherever else the article uses it, unless the knowledge base knows it.
    /// </summary>
    private void JoinDefinedAcronyms()
    {
        var defined = new Dictionary<string, Mention>(StringComparer.Ordinal);
        for (var i = 2; i + 1 < _words.Length; i++)
        {
            if (_words[i].AllCaps && _words[i - 1].Key == "(" && _words[i + 1].Key == ")"
                && _mentions.Find(m => m.IsResolved && m.Last == i - 2 && m.Last > m.First && !m.IsPerson) is { } name)
            {
                defined.TryAdd(_words[i].Key, name);
            }
        }

        if (defined.Count == 0)
        {
            return;
        }

        foreach (var mention in _mentions)
        {
            if (!mention.Dropped && mention.Actor is null && mention.First == mention.Last && _words[mention.First].AllCaps
                && defined.TryGetValue(_words[mention.First].Key, out var name) && name != mention)
            {
                JoinTo(mention, name);
            }
        }

        // Uses the tagger missed become mentions too.
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].AllCaps && defined.TryGetValue(_words[i].Key, out var name) && !Covered(i))
            {
                _mentions.Add(JoinTo(WordMention(i), name));
            }
        }
    }

    /// <summary>
    /// « Forges de Bourges Défense (FBD) », "the Vietnam Coffee and Cocoa Association (Vicofa)": the words before an acronym in
    /// brackets whose initials spell it (of the capitalised words, or of all but the small ones) are one organisation's name,
    /// however the tagger cut them. The longest such run of up to eight words, opening with a capital, is taken.
    /// </summary>
    private void DetectNamesDefiningAcronyms()
    {
        for (var i = 3; i + 1 < _words.Length; i++)
        {
            if (!_words[i].AllCaps || _words[i].Key.Length < 2 || _words[i - 1].Key != "(" || _words[i + 1].Key != ")")
            {
                continue;
            }

            var last = i - 2;
            for (var first = Math.Max(0, last - 7); first < last; first++)
            {
                if (_words[first].Kind != TokenKind.Word || !_words[first].Capitalized || _rules.Determiners.Contains(_words[first].Key)
                    || !SameSentence(first, last) || !SpellsAcronym(first, last, _words[i].Key))
                {
                    continue;
                }

                // A name that covers the words already (« l’Organisation mondiale de la santé » of the knowledge base) stays.
                if (!_mentions.Exists(m => !m.Dropped && m.First <= last && m.Last >= first && (m.First < first || m.Last > last || (m.First == first && m.Last == last))))
                {
                    AddOrganizationName(first, last);
                }

                break;
            }
        }
    }

    /// <summary>Whether the initials of words <paramref name="first"/> to <paramref name="last"/> spell <paramref name="acronym"/> (folded).</summary>
    private bool SpellsAcronym(int first, int last, string acronym)
    {
        Span<char> capitals = stackalloc char[16];
        Span<char> contents = stackalloc char[16];
        var (c, w) = (0, 0);
        for (var k = first; k <= last; k++)
        {
            var word = _words[k];
            if (word.Kind != TokenKind.Word || c >= capitals.Length || w >= contents.Length)
            {
                continue;
            }

            var initial = char.ToLowerInvariant(word.Key[0]);
            if (word.Capitalized)
            {
                capitals[c++] = initial;
            }

            if (!_rules.NameParticles.Contains(word.Key) && !_rules.Determiners.Contains(word.Key) && !_rules.Conjunctions.Contains(word.Key))
            {
                contents[w++] = initial;
            }
        }

        return capitals[..c].SequenceEqual(acronym) || contents[..w].SequenceEqual(acronym);
    }

    /// <summary>
    /// "Halyard Mobile … Halyard said": the first word alone of an organisation the article named in full (once the
    /// introductions have typed it) is its short name, when it names nothing else.
    /// </summary>
    private void JoinShortOrganizationNames()
    {
        var organizations = _mentions.Where(m => !m.Dropped && m.Actor is null && m.LocalKey is not null && m.LocalKind == ActorKind.Organization && m.Last > m.First);
        var byFirstWord = organizations.GroupBy(m => _words[m.First].Key, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.LocalKey).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (byFirstWord.Count == 0)
        {
            return;
        }

        foreach (var mention in _mentions)
        {
            if (!mention.Dropped && mention.Actor is null && mention.LocalKey is not null && mention.First == mention.Last && mention.LocalKind != ActorKind.Person
                && mention.Origin is Origin.Ner or Origin.Name && byFirstWord.TryGetValue(_words[mention.First].Key, out var full))
            {
                JoinTo(mention, full);
            }
        }

        // Uses the tagger missed become mentions too (not a common word, not beside another capitalised word).
        for (var i = 0; i < _words.Length; i++)
        {
            if (_words[i].Capitalized && !_words[i].AllCaps && byFirstWord.TryGetValue(_words[i].Key, out var full) && !IsCommonWord(i)
                && !IsCapitalisedWord(i - 1) && !IsCapitalisedWord(i + 1) && !Covered(i))
            {
                _mentions.Add(JoinTo(WordMention(i), full));
            }
        }
    }

    /// <summary>A name mention of word <paramref name="i"/> alone.</summary>
    private Mention WordMention(int i) =>
        new(i, i, _words[i].Start, _words[i].End, Origin.Name) { Sentence = _words[i].Sentence, InQuote = _words[i].InQuote };

    /// <summary>Makes <paramref name="mention"/> a short form of the entity <paramref name="full"/> names (a surname, an acronym, a short name).</summary>
    private static Mention JoinTo(Mention mention, Mention full)
    {
        mention.Actor = full.Actor;
        (mention.LocalKey, mention.LocalName, mention.LocalKind) = (full.LocalKey, full.LocalName, full.LocalKind);
        mention.How = MentionSource.Alias;
        return mention;
    }

    /// <summary>Whether one word, <paramref name="word"/>, is a middle word of a name of three words or more ("Andrade" of "Diego Andrade Vélez").</summary>
    private bool IsMiddleWordOf(Mention name, Mention word)
    {
        if (word.First != word.Last || name.Last - name.First < 2)
        {
            return false;
        }

        for (var k = name.First + 1; k < name.Last; k++)
        {
            if (_words[k].Key == _words[word.First].Key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the last words of <paramref name="name"/> are those of <paramref name="tail"/>.</summary>
    private bool EndsWithWordsOf(Mention name, Mention tail)
    {
        var offset = name.Last - tail.Last;
        for (var i = tail.First; i <= tail.Last; i++)
        {
            if (_words[i + offset].Key != _words[i].Key)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>« l’Alliance » is NATO once NATO is named before it; otherwise nobody.</summary>
    private void ResolveAnaphors()
    {
        foreach (var mention in _mentions)
        {
            if (mention.Dropped || mention.IsResolved || mention.Hits.Length == 0 || mention.Hits.Max(h => Strength(h.Alias.Kind)) != 0)
            {
                continue;
            }

            var named = mention.Hits.Select(h => h.Actor).Distinct()
                .Where(a => _mentions.Exists(m => !m.Dropped && m.Actor == a && m.Start < mention.Start))
                .ToList();
            if (named.Count == 1)
            {
                mention.Actor = named[0];
                mention.How = MentionSource.Alias;
            }
            else
            {
                mention.Dropped = true;
            }
        }
    }

    /// <summary>The date moved by whole years, held within the calendar (a text may be dated year 16 or 9990).</summary>
    private static DateOnly ShiftYears(DateOnly date, int years) =>
        date.Year + years < DateOnly.MinValue.Year + 1 ? DateOnly.MinValue
        : date.Year + years > DateOnly.MaxValue.Year - 1 ? DateOnly.MaxValue
        : date.AddYears(years);
}
