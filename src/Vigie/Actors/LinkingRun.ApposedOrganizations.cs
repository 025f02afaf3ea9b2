namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    /// <summary>
    /// « Hexapôle Santé, groupe qui gère onze cliniques », "Skyloft Airways, a low-cost carrier", "the Austral LNG consortium":
    /// capitalised words that no mention covers, followed by a comma and a noun naming what an organisation is (or in a
    /// head-last language, after "the", by that noun itself), are one organisation. A single word opening its sentence is left
    /// alone (« Lundi, … »).
    /// </summary>
    private void DetectApposedOrganizations()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (!_words[i].IsWord || !_words[i].Capitalized || _titleWord[i] || Covered(i) || (i > 0 && SameSentence(i - 1, i) && _words[i - 1].IsWord && _words[i - 1].Capitalized && !_rules.Determiners.Contains(_words[i - 1].Key)))
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
            if (end < i || comma + 1 >= _words.Length || !IsComma(comma) || !SameSentence(i, comma + 1)
                || (end == i && (i == 0 || !SameSentence(i - 1, i))) || Enumerable.Range(i, end - i + 1).Any(Covered))
            {
                i = Math.Max(i, end);
                continue;
            }

            var noun = comma + 1;
            if (_rules.IntroducingDeterminers.ContainsKey(_words[noun].Key))
            {
                noun++;
            }

            // "a low-cost carrier": a modifier or two may stand before the noun in a head-last language.
            for (var k = noun; k < _words.Length && k <= noun + (_rules.HeadFirst ? 0 : 2) && SameSentence(noun, k) && _words[k].IsWord && !_words[k].Capitalized; k++)
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
}
