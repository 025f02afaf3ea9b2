namespace Vigie.Storage.Records;

/// <summary>
/// A time expression as the store keeps it: offsets into the article's text, the contract's type name
/// (date, time, duration, set), the TIMEX3 value, and the contract's approximate, anchor and mod.
/// </summary>
public sealed record StoredTime(int Start, int End, string Type, string? Value, bool Approximate, string? Anchor, string? Mod);
