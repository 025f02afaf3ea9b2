using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>
    /// States and their capitals, as actors or as places: « à Pékin », « en Chine » are places; « Pékin a
    /// annoncé », « la position de Pékin », « Moscou et Pékin investissent », "Beijing's" are the state.
    /// A capital with no cue stays the city.
    /// </summary>
    private void TellStatesFromPlaces()
    {
        var states = new List<Mention>();
        foreach (var mention in _mentions)
        {
            if (mention.Dropped || mention.Actor is not { } actor || mention.Origin is not (Origin.Dictionary or Origin.Ner))
            {
                continue;
            }

            if (actor.Kind == ActorKind.Country)
            {
                var place = IsPlaceCue(mention);
                mention.Sense = place ? MentionSense.Place : MentionSense.State;
                if (!place)
                {
                    states.Add(mention);
                }
            }
            else if (actor.CapitalOf is { } countryId && _kb.Find(countryId) is { } country)
            {
                if (!IsPlaceCue(mention) && IsStateCue(mention))
                {
                    mention.Actor = country;
                    mention.Sense = MentionSense.State;
                    states.Add(mention);
                }
                else
                {
                    mention.Sense = MentionSense.Place;
                }
            }
            else if (mention.Hits.Any(h => h.Alias.Kind == AliasKind.Metonym && h.Actor.Kind == ActorKind.Country))
            {
                mention.Sense = MentionSense.State;
                states.Add(mention);
            }
        }

        // « Moscou et Pékin investissent »: a capital joined to a state acting is the state too.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var mention in _mentions)
            {
                if (mention.Dropped || mention.Sense != MentionSense.Place || mention.Actor?.CapitalOf is not { } countryId || IsPlaceCue(mention))
                {
                    continue;
                }

                if (states.Exists(s => Coordinated(s, mention)) && _kb.Find(countryId) is { } country)
                {
                    mention.Actor = country;
                    mention.Sense = MentionSense.State;
                    states.Add(mention);
                    changed = true;
                }
            }
        }
    }

    /// <summary>
    /// A state's demonym with a noun for its government (« le gouvernement néerlandais », "the Irish government"):
    /// the mention grows to the whole phrase, the state as its government.
    /// </summary>
    private void ReadGovernments()
    {
        foreach (var mention in _mentions)
        {
            if (mention.Dropped || mention.Actor?.Kind != ActorKind.Country || mention.First != mention.Last
                || !mention.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym))
            {
                continue;
            }

            var noun = _rules.HeadFirst ? mention.First - 1 : mention.Last + 1;
            if (noun < 0 || noun >= _words.Length || !SameSentence(noun, mention.First) || !_rules.GovernmentNouns.Contains(_words[noun].Key))
            {
                continue;
            }

            (mention.First, mention.Last) = (Math.Min(noun, mention.First), Math.Max(noun, mention.Last));
            (mention.Start, mention.End) = (_words[mention.First].Start, _words[mention.Last].End);
            mention.Sense = MentionSense.Government;
        }
    }

    /// <summary>A locative before (« à », « en », "in"), or a place noun before « de » (« l’aéroport de »).</summary>
    private bool IsPlaceCue(Mention mention)
    {
        var before = mention.First - 1;
        var determiner = false;
        while (before >= 0 && _rules.Determiners.Contains(_words[before].Key) && SameSentence(before, mention.First))
        {
            before--;
            determiner = true;
        }

        if (before < 0 || !SameSentence(before, mention.First))
        {
            return false;
        }

        var key = _words[before].Key;
        if (_rules.Locatives.Contains(key))
        {
            // « à la Russie » is a recipient, « à Moscou » a place.
            return !(determiner && key is "a" or "to");
        }

        return IsGenitive(before) && before > 0 && _rules.PlaceNouns.Contains(_words[before - 1].Key);
    }

    /// <summary>A verb of a state acting after it, "'s", a state noun before « de » (« la position de »), or « entre », « contre » before it.</summary>
    private bool IsStateCue(Mention mention)
    {
        // « Le festival de Berlin s'est ouvert »: after « de », the verb belongs to the noun before, not to the city.
        var before = mention.First - 1;
        var genitive = before >= 0 && SameSentence(before, mention.First) && IsGenitive(before);
        var after = mention.Last + 1;
        // "Beijing on Friday accused", « Pékin aussi a … »: a day or an adverb may stand before the verb.
        while (after < _words.Length && after - mention.Last <= 3 && _rules.VerbAdverbs.Contains(_words[after].Key) && SameSentence(after, mention.Last))
        {
            after++;
        }

        if (!genitive && after < _words.Length && SameSentence(after, mention.Last) && _rules.StateVerbs.Contains(_words[after].Key))
        {
            return true;
        }

        if (before < 0 || !SameSentence(before, mention.First))
        {
            return false;
        }

        // « entre Moscou et… », and a state acting on it: « Moscou accuse Kiev », "sanctions against Beijing".
        if (_rules.StateBefore.Contains(_words[before].Key) || (_words[before].Key.Length >= 4 && _rules.StateVerbs.Contains(_words[before].Key)))
        {
            return true;
        }

        // « la position de Pékin », « les équipements militaires de Pékin »: a state noun, perhaps with its adjective.
        return IsGenitive(before) && before > 0
            && (_rules.StateNouns.Contains(_words[before - 1].Key) || (before > 1 && _rules.StateNouns.Contains(_words[before - 2].Key)));
    }

    private bool IsGenitive(int i) => _words[i].Key is "de" or "d'" or "du" or "des" or "of";

    /// <summary>Whether two mentions are joined by « et », "and" or a comma, and nothing else.</summary>
    private bool Coordinated(Mention a, Mention b)
    {
        var (left, right) = a.Start < b.Start ? (a, b) : (b, a);
        var between = right.First - left.Last - 1;
        if (between is < 1 or > 2 || !SameSentence(left.Last, right.First))
        {
            return false;
        }

        for (var i = left.Last + 1; i < right.First; i++)
        {
            var word = _words[i];
            var comma = word.Kind == TokenKind.Punctuation && _text[word.Start] == ',';
            if (!comma && !_rules.Conjunctions.Contains(word.Key) && !_rules.Determiners.Contains(word.Key))
            {
                return false;
            }
        }

        return true;
    }
}
