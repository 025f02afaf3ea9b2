using Vigie.Entities;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>How many words a relative clause between a name and its reporting verb may hold ("Calder Estates, which owned the car park, said").</summary>
    private const int RelativeReach = 12;

    /// <summary>
    /// Capitalised words no dictionary, tagger or name rule took, right before a reporting verb ("Ofgem said on Thursday",
    /// « Harbourside a indiqué ») or before a relative clause set off by commas and the verb ("Calder Estates, which owned the
    /// car park, said"): they name whoever speaks, an organisation, since a person's name opens with a given name or a title,
    /// which other rules read. The words must open their sentence or follow a comma, and their first word be no common word,
    /// no given name, and, alone at a sentence's start, no plural ("Charities said").
    /// </summary>
    private void DetectSpeakingNames()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Kind != TokenKind.Word || !word.Capitalized || word.InQuote || _titleWord[i] || _rules.Determiners.Contains(word.Key)
                || !OpensSubject(i) || (IsCommonWord(i) && !AfterPossessive(i)) || IsGivenNameWord(i))
            {
                continue;
            }

            var end = NameRun(i);
            if (end < i || (end == i && word.SentenceStart && IsPluralShape(word.Key)) || !SpeaksAt(end + 1) || Enumerable.Range(i, end - i + 1).Any(CoveredByName)
                || _mentions.Exists(m => !m.Dropped && m.First == i && m.Last == end && OnlyPlaces(m)))
            {
                continue;
            }

            AddOrganizationName(i, end);
            i = end;
        }
    }

    /// <summary>
    /// Capitalised words no dictionary, tagger or name rule took, after a determiner right after a reporting verb
    /// (« …, a annoncé mardi l’Inserm », "…, said the Harbourside Group") or after « selon » / "according to" and a determiner
    /// (« selon l’ARS Occitanie »): the inverted subject is an organisation, since a person's name takes no determiner. An
    /// acronym opening the words needs no determiner (« …, a annoncé SNCF Voyageurs »).
    /// </summary>
    private void DetectInvertedSpeakingNames()
    {
        for (var i = 1; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Kind != TokenKind.Word || !word.Capitalized || word.InQuote || _titleWord[i] || !SameSentence(i - 1, i))
            {
                continue;
            }

            // The cheap tests on the words first, the knowledge base's common words last.
            var determined = _rules.Determiners.Contains(_words[i - 1].Key);
            var spoken = determined ? i >= 2 && (SpokenRightBefore(i - 2) || FollowsSourceMarker(i)) : word.AllCaps && word.Key.Length >= 2 && SpokenRightBefore(i - 1);
            if (!spoken || IsCommonWord(i))
            {
                continue;
            }

            var end = NameRun(i);
            if (end < i || Enumerable.Range(i, end - i + 1).Any(CoveredByName))
            {
                continue;
            }

            AddOrganizationName(i, end);
            i = end;
        }
    }

    /// <summary>Whether a reporting verb of its subject ends at word <paramref name="k"/>, or before days and adverbs that end there.</summary>
    private bool SpokenRightBefore(int k)
    {
        var first = k;
        while (k >= 0 && SameSentence(k, first) && _rules.VerbAdverbs.Contains(_words[k].Key))
        {
            k--;
        }

        return k >= 0 && SameSentence(k, first) && (_rules.SubjectSpeechVerbs.Contains(_words[k].Key) || _rules.PresentSpeechVerbs.Contains(_words[k].Key));
    }

    /// <summary>
    /// A name the tagger read as a place but the knowledge base does not know, that speaks as the subject of a reporting verb
    /// ("SNCF Réseau a indiqué", "The Cyberabad police said") or as the source after « selon » / "according to" ("according to the
    /// Bruhat Bengaluru Mahanagara Palike"): a place does not speak, so it is an organisation, with the capitalised words after it.
    /// </summary>
    private void RetypeSpeakingPlaces()
    {
        foreach (var place in _mentions.Where(m => !m.Dropped && m.Origin == Origin.Ner && m.NerType == EntityType.Location && m.Hits.Length == 0 && !m.InQuote).ToList())
        {
            var end = Math.Max(place.Last, NameRun(place.First));
            if ((OpensSubject(place.First) && SpeaksAt(end + 1)) || FollowsSourceMarker(place.First))
            {
                AddOrganizationName(place.First, end);
            }
        }
    }

    /// <summary>Whether « selon », "according to" or another source marker of the rules (and a determiner) stands right before word <paramref name="i"/>.</summary>
    private bool FollowsSourceMarker(int i)
    {
        var before = i - 1;
        if (before >= 0 && SameSentence(before, i) && _rules.Determiners.Contains(_words[before].Key))
        {
            before--;
        }

        foreach (var words in _rules.SourceMarkers)
        {
            var first = before - words.Length + 1;
            if (first >= 0 && SameSentence(first, i) && MatchesAt(first, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesAt(int first, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (_words[first + k].Key != words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> may open a subject: it opens its sentence or follows a comma or a name's possessive, alone or after
    /// a determiner that does ("The Harbourside Group said"; not "the University of the Philippines said").
    /// </summary>
    private bool OpensSubject(int i)
    {
        var before = i - 1;
        if (before >= 0 && SameSentence(before, i) && _rules.Determiners.Contains(_words[before].Key))
        {
            before--;
        }

        return before < 0 || !SameSentence(before, i) || _words[before].Key == "," || AfterPossessive(i);
    }

    /// <summary>"Mexico’s National Civil Protection Coordination said": a name's possessive right before word <paramref name="i"/>, whose capital then says it is a name.</summary>
    private bool AfterPossessive(int i) => i >= 2 && _words[i - 1].Key == "'s" && _words[i - 2].Capitalized && SameSentence(i - 2, i);

    /// <summary>"Charities said", « Associations … »: a sentence opening with one plural word names no one.</summary>
    private static bool IsPluralShape(string key) => key.Length > 3 && key[^1] == 's' && key[^2] is not ('s' or 'u');

    /// <summary>Whether a reporting verb of its subject opens the words at <paramref name="k"/>, after a relative clause set off by commas.</summary>
    private bool SpeaksAt(int k)
    {
        if (k + 1 < _words.Length && _words[k].Key == "," && _rules.RelativePronouns.Contains(_words[k + 1].Key))
        {
            var comma = k + 2;
            while (comma < _words.Length && comma - k <= RelativeReach && SameSentence(k, comma) && _words[comma].Key != ",")
            {
                comma++;
            }

            if (comma >= _words.Length || _words[comma].Key != ",")
            {
                // The relative clause does not end within reach: its verb is no speaker's.
                return false;
            }

            k = comma + 1;
        }

        if (k >= _words.Length || !SameSentence(k - 1, k))
        {
            return false;
        }

        if (_rules.PresentSpeechVerbs.Contains(_words[k].Key))
        {
            return true;
        }

        if (_rules.SpeechAuxiliaries.Count > 0)
        {
            if (!_rules.SpeechAuxiliaries.Contains(_words[k].Key))
            {
                return false;
            }

            k++;
            while (k < _words.Length && _rules.VerbAdverbs.Contains(_words[k].Key))
            {
                k++;
            }
        }

        return k < _words.Length && SameSentence(k - 1, k) && _rules.SubjectSpeechVerbs.Contains(_words[k].Key);
    }
}
