namespace Vigie.Times;

/// <summary>What a time expression's value was computed from.</summary>
public enum TimeAnchor : byte
{
    /// <summary>Nothing: the words give the value by themselves ("3 September 2025", "two weeks", "now").</summary>
    None,

    /// <summary>The article's publication date (« hier », « jeudi », "last month").</summary>
    Publication,

    /// <summary>An earlier time expression of the text (« le lendemain », « 14 h » after « samedi 5 juin »).</summary>
    Text,
}
