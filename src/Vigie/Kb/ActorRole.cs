namespace Vigie.Kb;

/// <summary>
/// An office an actor held: the kind of office, the actor it is held in (<see cref="Of"/>, an actor id:
/// <c>country:RUS</c>, <c>Q7184</c>), an English title, and the dates: from <see cref="Start"/> on, until
/// the day before <see cref="End"/> (the day a successor takes office); null when unknown or still running.
/// </summary>
public sealed record ActorRole(Office Office, string Of, string Title, DateOnly? Start, DateOnly? End)
{
    /// <summary>
    /// Whether the role is known to be held on <paramref name="date"/>: a start on or before it and no
    /// end before it. A role without a start date is never known to be held.
    /// </summary>
    public bool IsHeldOn(DateOnly date) => Start is { } start && start <= date && (End is not { } end || date < end);
}
