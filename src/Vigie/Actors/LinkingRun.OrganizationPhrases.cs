using Vigie.Entities;
using Vigie.Kb;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>
    /// « Hexapôle Santé, groupe qui gère onze cliniques », "Skyloft Airways, a low-cost carrier", "the Austral LNG consortium":
    /// capitalised words that only the tagger's reading covers, followed by a comma and a noun naming what an organisation is (or in a
    /// head-last language, after "the", by that noun itself), are one organisation. A single word opening its sentence is left
    /// alone (« Lundi, … »).
    /// </summary>
    private void DetectApposedOrganizations()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (!_words[i].IsWord || !_words[i].Capitalized || _titleWord[i] || CoveredBeyondTagger(i)
                || (i > 0 && SameSentence(i - 1, i) && _words[i - 1].IsWord && _words[i - 1].Capitalized && !_rules.Determiners.Contains(_words[i - 1].Key)))
            {
                continue;
            }

            var end = NameRun(i);
            if (!_rules.HeadFirst && end >= i && i > 0 && _rules.Determiners.Contains(_words[i - 1].Key) && end + 1 < _words.Length && SameSentence(i, end + 1)
                && _words[end + 1].IsWord && !_words[end + 1].Capitalized && IsOrganizationHead(_words[end + 1].Key) && !Enumerable.Range(i, end - i + 1).Any(Covered))
            {
                AddOrganizationName(i, end);
                i = end;
                continue;
            }

            var comma = end + 1;
            // "Frontline Rights Monitor, a London-based watchdog": the tagger's shorter reading inside the name gives way.
            if (end < i || comma + 1 >= _words.Length || !IsComma(comma) || !SameSentence(i, comma + 1)
                || (end == i && (i == 0 || !SameSentence(i - 1, i))) || Enumerable.Range(i, end - i + 1).Any(CoveredBeyondTagger)
                || _mentions.Exists(m => !m.Dropped && m.First <= end && m.Last >= i && (m.First < i || m.Last > end)))
            {
                i = Math.Max(i, end);
                continue;
            }

            var noun = comma + 1;
            if (_rules.IntroducingDeterminers.ContainsKey(_words[noun].Key))
            {
                noun++;
            }

            // "a low-cost carrier", "a London-based watchdog": a modifier or two may stand before the noun in a head-last language.
            for (var k = noun; k < _words.Length && k <= noun + (_rules.HeadFirst ? 0 : 2) && SameSentence(noun, k) && _words[k].IsWord
                && (!_words[k].Capitalized || (k < noun + 2 && _text.AsSpan(_words[k].Start, _words[k].End - _words[k].Start).Contains('-'))); k++)
            {
                if (IsOrganizationHead(_words[k].Key))
                {
                    AddOrganizationName(i, end);
                    break;
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// "Philippine Institute of Volcanology and Seismology", "UN Office for the Coordination of Humanitarian Affairs": in a head-last
    /// language an organisation's name the tagger ended early goes on over "of", "for" (and "the") before capitalised words, and
    /// over "and" before one or two last capitalised words once it holds such a complement ("Ministry of Energy and Mineral
    /// Resources"; not "… and Home Office", another organisation's name).
    /// </summary>
    private void ExtendOrganizationNames()
    {
        if (_rules.HeadFirst)
        {
            return;
        }

        foreach (var name in _mentions.Where(m => !m.Dropped && m.Origin is Origin.Ner or Origin.Dictionary or Origin.Name
            && (m.NerType == EntityType.Organization || m.Hits.Any(h => h.Actor.Kind == ActorKind.Organization)) && _words[m.Last].Capitalized).ToList())
        {
            var last = name.Last;
            var complement = Enumerable.Range(name.First, name.Last - name.First + 1).Any(k => _rules.Complements.Contains(_words[k].Key));
            while (last + 2 < _words.Length && SameSentence(last, last + 2))
            {
                var next = last + 1;
                if (_rules.Complements.Contains(_words[next].Key))
                {
                    var run = _rules.Determiners.Contains(_words[next + 1].Key) ? next + 2 : next + 1;
                    if (run < _words.Length && SameSentence(next, run) && _words[run].IsWord && _words[run].Capitalized && NameRun(run) is var end && end >= run)
                    {
                        (last, complement) = (end, true);
                        continue;
                    }
                }
                else if (complement && _words[next].IsWord && _words[next].Capitalized && !_titleWord[next] && !IsGivenNameStart(next) && NameRun(next) is var more && more >= next)
                {
                    // "National Office of Electoral Processes": the capitalised words that go on after the complement.
                    last = more;
                    continue;
                }
                else if (complement && _rules.Conjunctions.Contains(_words[next].Key) && _words[next + 1].IsWord && _words[next + 1].Capitalized
                    && NameRun(next + 1) is var joined && joined <= next + 2 && !_rules.OrganizationNameHeads.Contains(_words[joined].Key))
                {
                    last = joined;
                    continue;
                }

                break;
            }

            // "the Chinese Embassy in Manila": a seat belongs to the name.
            if (_rules.SeatedBodyHeads.Contains(_words[last].Key))
            {
                last = SeatOfBody(name.First, last);
            }

            if (last > name.Last && !_mentions.Exists(m => !m.Dropped && m != name && m.First <= last && m.Last > last))
            {
                AddOrganizationName(name.First, last);
            }
        }
    }
}
