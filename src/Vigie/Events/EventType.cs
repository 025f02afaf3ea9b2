namespace Vigie.Events;

/// <summary>The 16 PLOVER event types in current use (PLOVER manual, draft 0.8).</summary>
public enum EventType : byte
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}
