using System.Globalization;
using Vigie.Storage.Records;

namespace Vigie.Cli.Commands;

/// <summary>
/// An event in the shape of PLOVER's event records (id, date, source and target actor lists with
/// actorText, event, mode, eventText, text, location), for tools that read PLOVER data.
/// </summary>
internal sealed record PloverRecord(
    string Id,
    string? Date,
    IReadOnlyList<PloverActor> Source,
    IReadOnlyList<PloverActor> Target,
    string Event,
    string? Mode,
    string? EventText,
    string Text,
    string? Location,
    string Status,
    string? ClaimedBy,
    double Confidence,
    string? Publication,
    string? Url)
{
    public static PloverRecord From(StoredEvent e) => new(
        $"{e.ArticleId}#{e.EvidenceStart.ToString(CultureInfo.InvariantCulture)}-{e.EvidenceEnd.ToString(CultureInfo.InvariantCulture)}-{e.Type}",
        e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Actors(e.SourceText),
        Actors(e.TargetText),
        e.Type,
        e.Mode,
        e.Trigger,
        e.Evidence,
        e.PlaceText,
        e.Status,
        e.ClaimedBy,
        e.Confidence,
        e.Source,
        e.Path);

    private static List<PloverActor> Actors(string words) =>
        [.. words.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(text => new PloverActor(text, null))];
}

/// <summary>A PLOVER actor: its words, and its code once the actor stage resolves it.</summary>
internal sealed record PloverActor(string ActorText, string? Code);
