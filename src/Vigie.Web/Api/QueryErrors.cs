using Microsoft.AspNetCore.Http.HttpResults;
using Vigie.Events;

namespace Vigie.Web.Api;

/// <summary>What is wrong with a request's parameters, one message per parameter, answered as a 400 validation problem.</summary>
public sealed class QueryErrors
{
    private static readonly string[] EventTypes = [.. Enum.GetNames<EventType>().Select(name => name.ToUpperInvariant())];

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Check(bool valid, string parameter, string message)
    {
        if (!valid)
        {
            _errors[parameter] = [.. _errors.GetValueOrDefault(parameter) ?? [], message];
        }
    }

    /// <summary>Checks that a date range is not upside down.</summary>
    public void Range(DateOnly? from, DateOnly? to) =>
        Check(from is null || to is null || from <= to, "from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");

    /// <summary>Checks an optional PLOVER event type; returns it in upper case.</summary>
    public string? EventType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var upper = type.Trim().ToUpperInvariant();
        Check(EventTypes.Contains(upper), "type", $"type must be one of PLOVER's types ({string.Join(", ", EventTypes)}), not '{type}'.");
        return upper;
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors, detail: string.Join(" ", _errors.Values.SelectMany(messages => messages)), title: "Some parameters are not valid.");
}
