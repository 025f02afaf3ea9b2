namespace Vigie.Quotes;

/// <summary>
/// A reporting cue as token indices: its words [First, Last], the reporting verb in it, and the
/// speaker's words [SpeakerFirst, SpeakerLast] (-1 when none); Mixed when words of the reported
/// clause stand between the cue and the quotation marks.
/// </summary>
internal readonly record struct Cue(int First, int Last, int Verb, int SpeakerFirst, int SpeakerLast, SpeakerClue Clue, bool Mixed = false);
