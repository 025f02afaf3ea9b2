using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>How many words before a name are read for the phrase that introduces it.</summary>
    private const int IntroductionWindow = 12;

    /// <summary>For each person entity, the head nouns of the phrases that introduced it (« députée », "ambassador").</summary>
    private readonly Dictionary<string, HashSet<string>> _heads = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads how the article introduces people: « la députée lettone Ilze Ozola », « La gouverneure de
    /// la région, Olena Marchenko, », "EU climate negotiator Isabel Fonseca". The head noun may later
    /// stand for that person alone (« la gouverneure a assuré », "the negotiator said"): such nouns become
    /// role nouns. A French determiner also tells the person's gender (« la députée »).
    /// </summary>
    private void ReadIntroductions()
    {
        foreach (var person in Live.Where(m => m.IsResolved && m.IsPerson && m.Origin is not Origin.Pronoun and not Origin.RoleNoun and not Origin.Role).ToList())
        {
            // "Aiko Tanabe and her Australian counterpart": she is a woman.
            var after = person.Last + 2;
            if (person.Gender == Gender.Unknown && after < _words.Length && SameSentence(person.Last, after)
                && _rules.Conjunctions.Contains(_words[after - 1].Key) && _rules.Possessives.TryGetValue(_words[after].Key, out var told))
            {
                person.Gender = told;
            }

            if (Introduction(person) is not var (head, gender))
            {
                continue;
            }

            if (!_heads.TryGetValue(person.EntityKey, out var heads))
            {
                _heads[person.EntityKey] = heads = new HashSet<string>(StringComparer.Ordinal);
            }

            heads.Add(head);
            if (person.Gender == Gender.Unknown)
            {
                person.Gender = gender;
            }
        }

        if (_heads.Count == 0)
        {
            return;
        }

        var known = _heads.Values.SelectMany(h => h).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < _words.Length; i++)
        {
            var word = _words[i];
            if (!known.Contains(word.Key) || word.InQuote || !_rules.Determiners.Contains(_words[i - 1].Key) || !SameSentence(i - 1, i)
                || (SameSentence(i, i + 1) && _words[i + 1].Capitalized && _words[i + 1].IsWord)
                || _mentions.Exists(m => !m.Dropped && m.First <= i && i <= m.Last && m.Origin != Origin.Dictionary))
            {
                continue;
            }

            _mentions.Add(new Mention(i - 1, i, _words[i - 1].Start, word.End, Origin.RoleNoun)
            {
                How = MentionSource.Coref,
                Gender = _rules.IntroducingDeterminers.GetValueOrDefault(_words[i - 1].Key),
                Titles = [],
                Sentence = word.Sentence,
                InQuote = word.InQuote,
            });
        }
    }

    /// <summary>
    /// The head noun and gender of the phrase right before a person's name (a comma between allowed):
    /// in French the noun after the phrase's first determiner, in English the word before the name.
    /// </summary>
    private (string Head, Gender Gender)? Introduction(Mention person)
    {
        var last = person.First - 1;
        if (last >= 0 && _words[last].Kind == TokenKind.Punctuation && _text[_words[last].Start] == ',')
        {
            last--;
        }

        if (last < 0 || !SameSentence(last, person.First) || !_words[last].IsWord)
        {
            return null;
        }

        if (!_rules.HeadFirst)
        {
            var word = _words[last];
            return _rules.IntroducingDeterminers.ContainsKey(word.Key) || Covered(last) || word.Key.Length < 2 ? null : (word.Key, Gender.Unknown);
        }

        // The phrase: back to punctuation, a conjunction, a name of something else (« à Zagreb la députée ») or the window's end.
        var first = last;
        while (first - 1 >= 0 && last - (first - 1) < IntroductionWindow && SameSentence(first - 1, last) && _words[first - 1].IsWord
            && !_rules.Conjunctions.Contains(_words[first - 1].Key) && !StartsOtherName(first - 1))
        {
            first--;
        }

        if (last - first + 1 >= IntroductionWindow)
        {
            // No start found: the phrase may begin further back, with another head.
            return null;
        }

        for (var k = first; k < last; k++)
        {
            // « d’une association », « de la Défense »: a complement's determiner, not the phrase's.
            if (k > first && _rules.Complements.Contains(_words[k - 1].Key))
            {
                continue;
            }

            if (_rules.IntroducingDeterminers.TryGetValue(_words[k].Key, out var gender))
            {
                var head = _words[k + 1];
                return head.IsWord && (!head.Capitalized || _titleWord[k + 1]) && head.Key.Length > 2 ? (head.Key, gender) : null;
            }
        }

        return null;
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

    /// <summary>The one person an introduced head noun stands for (« la gouverneure »), or null when none or several.</summary>
    private Mention? Introduced(Mention noun, List<Mention> people)
    {
        var head = _rules.HeadFirst ? _words[Math.Min(noun.First + 1, noun.Last)].Key : _words[noun.Last].Key;
        var candidates = people.Where(m => m.Start < noun.Start && _heads.TryGetValue(m.EntityKey, out var heads) && heads.Contains(head)).ToList();
        return candidates.Select(m => m.EntityKey).Distinct().Count() == 1 ? candidates[^1] : null;
    }
}
