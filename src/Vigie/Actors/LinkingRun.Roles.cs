using Vigie.Kb;
using Vigie.Text;

namespace Vigie.Actors;

internal sealed partial class LinkingRun
{
    private static readonly string[] MonarchTitles = ["Monarch", "King", "Queen", "Emperor", "Emir", "Sultan", "Grand Duke"];

    /// <summary>
    /// Role phrases: a title with the state or organisation it is held in (« le président américain »,
    /// « le secrétaire général de l’OTAN », "the Russian foreign minister", "NATO Secretary General"). Followed
    /// by a name, they describe that person; alone, they name whoever held the office at the publication
    /// date. A title with no complement and no name is a role noun, tied later like a pronoun.
    /// </summary>
    private void ReadRolePhrases()
    {
        foreach (var title in _titles)
        {
            var start = title.First;
            var end = title.Last;
            Actor? of = null;

            // "Australia's chief medical officer": another office than the chief of the state.
            if (end + 1 < _words.Length && _rules.TitleContinuations.Contains(_words[end + 1].Key) && !_words[end + 1].Capitalized)
            {
                continue;
            }

            // A fixed complement: "the Pentagon chief".
            var fixedOf = title.Titles.Select(t => t.Of).FirstOrDefault(o => o is not null);
            if (fixedOf is not null)
            {
                of = _kb.Find(fixedOf);
            }

            // Before the title (English): "the NATO chief", "Russian President", "Russia's foreign minister".
            if (of is null && Complement(NameEndingAt(start - 1)) is { } before)
            {
                of = before.Actor;
                start = before.First;
            }
            else if (of is null && start >= 2 && _words[start - 1].Kind == TokenKind.Clitic && _words[start - 1].Key is "'s" && Complement(NameEndingAt(start - 2)) is { } owner)
            {
                of = owner.Actor;
                start = owner.First;
            }

            // After the title: « américain », « de l’OTAN », "of the United States", « russe des Affaires étrangères ».
            var tailOffice = (Office?)null;
            if (of is null && Complement(NameStartingAt(end + 1)) is { } demonym && demonym.Hits.Any(h => h.Alias.Kind == AliasKind.Demonym && h.Actor == demonym.Actor))
            {
                of = demonym.Actor;
                end = demonym.Last;
            }
            else if (of is null)
            {
                foreach (var complement in _rules.Complements.OrderByDescending(c => c.Length))
                {
                    var words = ActorRules.TokenCount(complement);
                    if (end + words + 1 >= _words.Length || !KeyOf(end + 1, end + words).SequenceEqual(complement))
                    {
                        continue;
                    }

                    // « de l’ »: the elision is one word of its own.
                    // "the head of Ghana's Paralympic committee": a possessive makes the name the owner of the complement, not the complement.
                    var next = end + words + 1;
                    if (Complement(NameStartingAt(next)) is { } complemented
                        && !(complemented.Last + 1 < _words.Length && _words[complemented.Last + 1].Kind == TokenKind.Clitic && _words[complemented.Last + 1].Key is "'s"))
                    {
                        of = complemented.Actor;
                        end = complemented.Last;
                        break;
                    }
                }
            }

            foreach (var t in title.Titles.Where(t => t.Tails is not null))
            {
                foreach (var (tail, office) in t.Tails!)
                {
                    var tailKey = ActorRules.Key(tail);
                    var words = ActorRules.TokenCount(tail);
                    if (end + words < _words.Length && KeyOf(end + 1, end + words).SequenceEqual(tailKey))
                    {
                        tailOffice = office;
                        end += words;
                        break;
                    }
                }
            }

            if (start > 0 && _rules.Determiners.Contains(_words[start - 1].Key) && SameSentence(start - 1, start))
            {
                start--;
            }

            var gender = title.Titles[0].Gender;
            var apposed = Apposition(end + 1);
            if (of is null && tailOffice is null)
            {
                if (apposed is null && NameStartingAt(title.Last + 1) is null)
                {
                    AddRoleNoun(title, start, end, gender);
                }

                continue;
            }

            var mention = new Mention(start, end, _words[start].Start, _words[end].End, Origin.Role)
            {
                How = MentionSource.Role,
                Gender = gender,
                Sentence = _words[start].Sentence,
                InQuote = _words[start].InQuote,
            };

            if (apposed is not null)
            {
                mention.Actor = apposed.Actor;
                mention.LocalKey = apposed.LocalKey;
                mention.LocalKind = apposed.LocalKind;
                mention.LocalName = apposed.LocalName;
                mention.Offices = tailOffice is { } held ? [held] : [.. title.Titles.SelectMany(t => t.ForCountry.Concat(t.ForOrganization)).Distinct()];
                mention.OfficeOf = of;
                apposed.Gender = apposed.Gender == Gender.Unknown ? gender : apposed.Gender;
                _mentions.Add(mention);
                continue;
            }

            if (of is not null && _date is { } date && Holder(title, tailOffice, of, date) is { } holder
                && (gender == Gender.Unknown || holder.Gender == Gender.Unknown || holder.Gender == gender))
            {
                mention.Actor = holder;
                _mentions.Add(mention);
            }
            else if (of is not null && tailOffice is null && _mentions.Exists(m => m.OfficeOf == of && m.Offices is not null))
            {
                // « le chef de la diplomatie tchadienne » and no holder known: a person the article titled for that state may be meant.
                AddRoleNoun(title, start, end, gender, of);
            }
        }
    }

    /// <summary>The mention as a complement of a title when it names a state or an organisation.</summary>
    private static Mention? Complement(Mention? mention) =>
        mention is { Actor: { Kind: ActorKind.Country or ActorKind.Organization or ActorKind.Group } } ? mention : null;

    /// <summary>A person named right after a role phrase, directly or between commas: « …de l’OTAN, Mark Rutte, ».</summary>
    private Mention? Apposition(int next)
    {
        if (next < _words.Length && _words[next].Kind == TokenKind.Punctuation && _text[_words[next].Start] == ',')
        {
            next++;
        }

        var name = NameStartingAt(next);
        return name is not null && name.IsResolved && name.IsPerson ? name : null;
    }

    /// <summary>Who held the office the title names in <paramref name="of"/> on <paramref name="date"/>, when exactly one person did.</summary>
    private Actor? Holder(TitleMatch title, Office? tailOffice, Actor of, DateOnly date)
    {
        var found = new List<(Actor Person, ActorRole Role)>();
        foreach (var t in title.Titles)
        {
            if (t.Countries is { } only && (of.Country is null || !only.Contains(of.Country)))
            {
                continue;
            }

            IReadOnlyList<Office> offices = tailOffice is { } office ? [office]
                : of.Kind == ActorKind.Country ? t.ForCountry : t.ForOrganization;
            foreach (var o in offices)
            {
                foreach (var (person, role) in _kb.HoldersOn(o, of.Id, date))
                {
                    if ((tailOffice is not null || t.Prefixes.Count == 0 || t.Prefixes.Any(p => TitleStartsWith(role.Title, p)))
                        && !found.Exists(f => f.Person == person))
                    {
                        found.Add((person, role));
                    }
                }
            }

            // « le chef », "the leader" of a state where a monarch reigns: whoever governs.
            if (t.Prefixes.Count == 0 && offices.Contains(Office.HeadOfState) && offices.Contains(Office.HeadOfGovernment) && found.Count > 1)
            {
                var governing = found.Where(f => !(f.Role.Office == Office.HeadOfState && MonarchTitles.Any(m => TitleStartsWith(f.Role.Title, m)))).ToList();
                found = governing.Count > 0 ? governing : found;
            }
        }

        if (found.Count > 1)
        {
            // Head of state first: « le président américain » is the President, also head of government.
            var heads = found.Where(f => f.Role.Office == Office.HeadOfState).Select(f => f.Person).Distinct().ToList();
            return heads.Count == 1 ? heads[0] : null;
        }

        return found.Count == 1 ? found[0].Person : null;
    }

    private static bool TitleStartsWith(string title, string prefix)
    {
        if (title.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            var a = title[i] == '-' ? ' ' : char.ToLowerInvariant(title[i]);
            var b = prefix[i] == '-' ? ' ' : char.ToLowerInvariant(prefix[i]);
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title alone (« le président a ajouté »): tied to the most recent person holding such an office.</summary>
    private void AddRoleNoun(TitleMatch title, int start, int end, Gender gender, Actor? of = null)
    {
        if (!_rules.Determiners.Contains(_words[start].Key))
        {
            return;
        }

        _mentions.Add(new Mention(start, end, _words[start].Start, _words[end].End, Origin.RoleNoun)
        {
            How = MentionSource.Coref,
            Gender = gender,
            Titles = title.Titles,
            OfficeOf = of,
            Sentence = _words[start].Sentence,
            InQuote = _words[start].InQuote,
        });
    }
}
