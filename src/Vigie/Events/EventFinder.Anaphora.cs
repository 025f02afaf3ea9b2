using Vigie.Text;

namespace Vigie.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// A target that names an earlier act rather than an actor is the one who did that act: in "Russia struck a hospital in
    /// Kherson. Germany condemned the attack", Germany's target is Russia. The target's words must name no actor and hold an
    /// act noun: one of the lexicon's noun triggers ("attack", « sanctions »), whose act must then be of its type, or a word
    /// of <see cref="EventWordClass.ActNoun"/> ("the decision", « les expulsions »), whose act must stand in the same
    /// sentence or the one before. Only for reactions to an act: accusing, rejecting, supporting, protesting.
    /// The nearest such act before, with a source that is not the reacting one's, lends its source words; else the words stay.
    /// </summary>
    private void ReferToEarlierActs(EventScan scan, List<Event> found, IReadOnlyList<TextSpan> sentences)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var e = found[i];
            if (e.Type is not (EventType.Accuse or EventType.Reject or EventType.Support or EventType.Protest) || e.Targets.Count != 1)
            {
                continue;
            }

            var (first, last) = (scan.TokenAt(e.Targets[0].Start), scan.TokenAt(e.Targets[0].End - 1));
            if (ActNamed(scan, first, last) is not var (specific, type))
            {
                continue;
            }

            var sentence = EventActors.SentenceOf(sentences, e.Trigger.Start);
            for (var j = i - 1; j >= 0; j--)
            {
                var act = found[j];
                if (!specific && EventActors.SentenceOf(sentences, act.Trigger.Start) < sentence - 1)
                {
                    break;
                }

                if ((specific ? act.Type != type : act.Type == e.Type) || act.Sources.Count == 0 || act.Trigger.End > e.Targets[0].Start
                    || act.Sources.Any(s => e.Sources.Any(r => r.Start < s.End && s.Start < r.End)))
                {
                    continue;
                }

                found[i] = e with { Targets = act.Sources };
                break;
            }
        }
    }

    /// <summary>
    /// Whether tokens [<paramref name="first"/>, <paramref name="last"/>] name an act and no actor: (true, its type) for a noun
    /// trigger of the lexicon, (false, any) for a word of <see cref="EventWordClass.ActNoun"/>; null otherwise.
    /// </summary>
    private (bool Specific, EventType Type)? ActNamed(EventScan scan, int first, int last)
    {
        (bool, EventType)? named = null;
        Span<char> buffer = stackalloc char[EventScan.MaxWord * 2];
        for (var t = first; t <= last; t++)
        {
            if (scan.IsActorWord(t))
            {
                return null;
            }

            var length = named is null ? scan.Fold(t, buffer) : 0;
            if (length == 0)
            {
                continue;
            }

            if (NounTriggerType(buffer[..length]) is { } type)
            {
                named = (true, type);
            }
            else if (Rules.Has(EventWordClass.ActNoun, buffer[..length]))
            {
                named = (false, default);
            }
        }

        return named;
    }

    /// <summary>The type of a one-word noun trigger matching the folded word ("attack" → ASSAULT), or null.</summary>
    private EventType? NounTriggerType(ReadOnlySpan<char> word)
    {
        foreach (var i in Rules.TriggersAt(word))
        {
            if (Rules.Triggers[i] is { Kind: TriggerKind.Noun or TriggerKind.Joint, Elements.Count: 1 } trigger)
            {
                return trigger.Type;
            }
        }

        for (var k = Math.Min(word.Length, Rules.LongestPrefix); k >= 3; k--)
        {
            foreach (var i in Rules.TriggersByPrefix(word[..k]))
            {
                if (Rules.Triggers[i] is { Kind: TriggerKind.Noun or TriggerKind.Joint, Elements.Count: 1 } trigger && trigger.Elements[0].Matches(word))
                {
                    return trigger.Type;
                }
            }
        }

        return null;
    }
}
