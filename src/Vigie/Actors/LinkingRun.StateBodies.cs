using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>
    /// A state's army, staff, navy, embassy or police named by the state and a body noun ("Pakistan's military said",
    /// "the Philippine coast guard", "Ukraine's General Staff", « l’état-major ukrainien », « l’armée de l’air russe ») is one
    /// organisation of that state, which speaks and acts in its own name: the state is no mention of its own there.
    /// A body noun that only describes another noun ("Pakistan's army chief", "the Indian military's budget") makes none.
    /// </summary>
    private void DetectStateBodies()
    {
        foreach (var state in _mentions.Where(m => !m.Dropped && m.Hits.Any(h => h.Actor.Kind is ActorKind.Country or ActorKind.Place)).ToList())
        {
            var (first, last) = _rules.HeadFirst ? HeadFirstStateBody(state) : HeadLastStateBody(state);
            if (last >= 0 && !state.Hits.Any(h => h.Actor.Kind == ActorKind.Country) && !_rules.PlaceOrganizationHeads.Contains(_words[last].Key))
            {
                // "Brussels police": a town has no army or embassy, but an institution named after it.
                continue;
            }

            if (last < 0 || _mentions.Exists(m => !m.Dropped && m.First <= last && m.Last >= first && (m.First < first || m.Last > last)))
            {
                continue;
            }

            last = SeatOfBody(first, last);
            var body = AddOrganizationName(first, last);
            body.LocalCountry = state.Hits.First(h => h.Actor.Kind is ActorKind.Country or ActorKind.Place).Actor.Country;
        }
    }

    /// <summary>
    /// "Pakistan's military", "South Korea's Joint Chiefs of Staff", "the Philippine coast guard": the state's possessive or
    /// demonym, then up to four words ending with a body noun that ends the noun phrase. (first, last) words, or last −1.
    /// </summary>
    private (int First, int Last) HeadLastStateBody(Mention state)
    {
        var demonym = state.First == state.Last && state.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym);
        var possessive = state.Last + 1 < _words.Length && _words[state.Last + 1].Kind == TokenKind.Clitic && SameSentence(state.Last, state.Last + 1);
        // "Brussels police": a place's name right before the noun.
        var place = !demonym && !possessive && state.Hits.Any(h => h.Actor.Kind == ActorKind.Place);
        if (!demonym && !possessive && !place)
        {
            return (0, -1);
        }

        var from = possessive ? state.Last + 2 : state.Last + 1;
        var reach = place ? 1 : 4;
        for (var k = from; k < from + reach && k < _words.Length && SameSentence(state.First, k) && _words[k].Kind == TokenKind.Word; k++)
        {
            if (_rules.StateBodyHeads.Contains(_words[k].Key) || _rules.PlaceOrganizationHeads.Contains(_words[k].Key))
            {
                return EndsNounPhrase(k) ? (state.First, k) : (0, -1);
            }

            // "Joint Chiefs of Staff": « of » only inside capitalised words.
            if (_rules.Determiners.Contains(_words[k].Key) || (IsGenitive(k) && !(k > from && _words[k - 1].Capitalized)))
            {
                break;
            }
        }

        return (0, -1);
    }

    /// <summary>
    /// « l’armée pakistanaise », « l’état-major ukrainien », « l’armée de l’air russe »: after a determiner, a body noun,
    /// an optional complement of one lower-case word (« de l’air », « de terre ») and the state's demonym.
    /// </summary>
    private (int First, int Last) HeadFirstStateBody(Mention state)
    {
        if (state.First != state.Last || !state.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym))
        {
            return (0, -1);
        }

        // « de l’air », « de terre »: a complement of one lower-case word between the body noun and the demonym is skipped.
        var head = state.First - 1;
        var genitive = head - 1 - (IsDeterminerBefore(head) ? 1 : 0);
        if (head >= 2 && !_words[head].Capitalized && _words[head].Kind == TokenKind.Word && genitive >= 1 && IsGenitive(genitive))
        {
            head = genitive - 1;
        }

        return head >= 1 && SameSentence(head - 1, state.First) && _rules.StateBodyHeads.Contains(_words[head].Key) && IsDeterminerBefore(head)
            ? (head, state.Last)
            : (0, -1);
    }

    private bool IsDeterminerBefore(int i) => i >= 1 && (_rules.Determiners.Contains(_words[i - 1].Key) || _words[i - 1].Kind == TokenKind.Clitic);

    /// <summary>
    /// Whether the body noun at <paramref name="head"/> ends its noun phrase (head-last languages): what follows is no word, a
    /// verb, a locative, a conjunction or a past form, not another noun ("army chief", "military spending").
    /// </summary>
    private bool EndsNounPhrase(int head)
    {
        var next = head + 1;
        if (next >= _words.Length || !SameSentence(head, next) || _words[next].Kind != TokenKind.Word)
        {
            return next >= _words.Length || _words[next].Kind != TokenKind.Clitic;
        }

        var key = _words[next].Key;
        return !_words[next].Capitalized
            && (_rules.StateVerbs.Contains(key) || _rules.VerbAdverbs.Contains(key) || _rules.Locatives.Contains(key) || _rules.Conjunctions.Contains(key)
                || _rules.InvertedSpeechVerbs.Contains(key) || EndsAsPast(key));
    }

    private bool EndsAsPast(string key)
    {
        foreach (var ending in _rules.PastEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russia's embassy in Tallinn", « l’ambassade russe à Tallinn »: a seat after a locative belongs to the body's name.</summary>
    private int SeatOfBody(int first, int last)
    {
        if (!_rules.SeatedBodyHeads.Contains(_words[_rules.HeadFirst ? first : last].Key))
        {
            return last;
        }

        var locative = last + 1;
        return locative + 1 < _words.Length && SameSentence(last, locative + 1) && _rules.Locatives.Contains(_words[locative].Key)
            && _mentions.Find(m => !m.Dropped && m.First == locative + 1 && m.Hits.Any(h => h.Actor.Kind == ActorKind.Place)) is { } seat
                ? seat.Last
                : last;
    }
}
