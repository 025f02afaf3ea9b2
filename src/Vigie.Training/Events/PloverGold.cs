using System.Text.Json;

namespace Vigie.Training.Events;

/// <summary>
/// Reads PLOVER's gold standard records (PLOVER_GSR_CAMEO.txt, a JSON list, CC BY-SA 4.0, read in
/// place from ../shared): one English sentence and one event each; the DOCUMENT record is skipped and
/// the older type names are mapped to the current ones (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE →
/// ACCUSE, FIGHT → ASSAULT). <see cref="EventCase.Position"/> is the record's position among the events
/// (0-based): the even positions are the tuning half, the odd ones the held-out half.
/// </summary>
public static class PloverGold
{
    public static IReadOnlyList<EventCase> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<EventCase>();
        foreach (var record in document.RootElement.EnumerateArray())
        {
            var type = record.GetProperty("event").GetString() ?? "";
            if (type == "DOCUMENT")
            {
                continue;
            }

            var id = record.GetProperty("id").GetString() ?? $"GSR-{cases.Count}";
            var mode = record.TryGetProperty("mode", out var m) && m.GetString() is { Length: > 0 } given ? given : null;
            var expected = new ExpectedEvent(Map(type), mode, Actors(record, "source"), Actors(record, "target"),
                record.TryGetProperty("eventText", out var e) ? e.GetString() : null);
            cases.Add(new EventCase(id, [Map(type)], "en", null, record.GetProperty("text").GetString() ?? "", [expected], cases.Count));
        }

        return cases;
    }

    public static string Map(string type) => type switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        _ => type,
    };

    private static List<string> Actors(JsonElement record, string field) =>
        record.TryGetProperty(field, out var actors) && actors.ValueKind == JsonValueKind.Array
            ? [.. actors.EnumerateArray().Select(a => a.TryGetProperty("actorText", out var text) ? text.GetString() ?? "" : "").Where(s => s.Length > 0)]
            : [];
}
