using Vigie.Text;
using Vigie.Times;

namespace Vigie.Events;

/// <summary>
/// A PLOVER event found in an article: who (<see cref="Sources"/>) did what (<see cref="Type"/>,
/// <see cref="Mode"/>) to whom (<see cref="Targets"/>), where (<see cref="Place"/>) and when, with the
/// words behind it. Actor spans are the words that name the actors; <see cref="SourceIds"/>,
/// <see cref="TargetIds"/> and <see cref="PlaceId"/> are the entities of the actor stage they resolve to
/// (<see cref="EventActors"/>). <see cref="Evidence"/> is the clause of the first mention; <see cref="Mentions"/> holds
/// the evidence of every mention merged into this event.
/// </summary>
public sealed record Event(
    EventType Type,
    string? Mode,
    IReadOnlyList<TextSpan> Sources,
    IReadOnlyList<TextSpan> Targets,
    TextSpan? Place,
    TextSpan Trigger,
    TextSpan Evidence,
    EventStatus Status,
    TextSpan? ClaimedBy,
    double Confidence)
{
    /// <summary>The day of the event (the first day of <see cref="DateValue"/> when that is a period), and where it comes from.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// The TIMEX3 value of the time expression that dates the event (« jeudi » → "2025-09-04", « la
    /// semaine dernière » → "2025-W35"), or null when the date is the publication day.
    /// </summary>
    public string? DateValue { get; init; }

    public Dating Dating { get; init; }

    /// <summary>The entity ids (actor stage) of the sources whose words resolve to one, in the order of <see cref="Sources"/>, without repeats.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The entity ids of the targets whose words resolve to one.</summary>
    public IReadOnlyList<string> TargetIds { get; init; } = [];

    /// <summary>The entity id of the place, when its words resolve to one.</summary>
    public string? PlaceId { get; init; }

    /// <summary>The evidence of each mention of this event in the article, first one first.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];

    /// <summary>Whether the event happened as far as the article tells: asserted or claimed, not negated, not hypothetical.</summary>
    public bool Counts => Status is EventStatus.Asserted or EventStatus.Claimed;

    /// <summary>PLOVER's name of the type: AGREE, CONSULT …</summary>
    public string TypeName => Names.Of(Type);

    private static class Names
    {
        private static readonly string[] All = [.. Enum.GetNames<EventType>().Select(name => name.ToUpperInvariant())];

        public static string Of(EventType type) => All[(int)type];
    }
}
