namespace Vigie.Times.Matching;

/// <summary>The tense a word points to, when it is a tense cue.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Future,

    /// <summary>A verb form that says nothing of the time (the French conditional): the search for a cue stops there.</summary>
    Neutral,
}

/// <summary>
/// One entry of a language's time lexicon: a folded word and everything the rules say it is (a month,
/// a number, a unit …). Frozen once the rules are built.
/// </summary>
internal sealed class TimeWord(int id, string key)
{
    /// <summary>The entry's number, for literal pattern elements.</summary>
    public int Id { get; } = id;

    /// <summary>The <see cref="Text.TextFold"/> key.</summary>
    public string Key { get; } = key;

    /// <summary>The lexical <see cref="TokenClass"/> bits of the word.</summary>
    public ulong Classes { get; set; }

    public int Month { get; set; }

    public int Weekday { get; set; }

    /// <summary>The number a word is (NaN for « quelques »).</summary>
    public double Number { get; set; } = double.NaN;

    /// <summary>Whether <see cref="Number"/> is an estimate (« dizaine »).</summary>
    public bool ApproximateNumber { get; set; }

    /// <summary>A number that multiplies (« cent »).</summary>
    public int Multiplier { get; set; }

    public int Ordinal { get; set; }

    public TimeUnitWord Unit { get; set; }

    public int RelativeDay { get; set; }

    public string? PartOfDay { get; set; }

    public string? Season { get; set; }

    public string? Holiday { get; set; }

    public TimeModifier Boundary { get; set; }

    /// <summary>Hours to add after a clock time ("p.m." 12, "a.m." 0); -1 when the word is no meridiem.</summary>
    public int Meridiem { get; set; } = -1;

    public Tense Tense { get; set; }

    /// <summary>Whether some pattern may start with this word (else the scan passes it by).</summary>
    public bool StartsPatterns { get; set; }

    public override string ToString() => Key;
}
