using System.CommandLine;
using System.Globalization;
using Vigie.Storage;

namespace Vigie.Cli.Commands;

/// <summary>Options several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"The store file (default: ${StoreLocation.Variable}, else {StoreLocation.Resolve(null)}).",
        HelpName = "FILE",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} expects a date as YYYY-MM-DD, not '{token}'.");
            return null;
        },
    };

    /// <summary>An integer option that accepts only values in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int> Count(string name, string alias, string description, int fallback, int min, int max)
    {
        var option = alias.Length > 0 ? new Option<int>(name, alias) : new Option<int>(name);
        option.Description = $"{description} ({min}–{max}).";
        option.HelpName = "N";
        option.DefaultValueFactory = _ => fallback;
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < min || result.GetValueOrDefault<int>() > max)
            {
                result.AddError($"{name} must be between {min} and {max}.");
            }
        });
        return option;
    }

    /// <summary>Opens the store chosen by --db / VIGIE_DB / the default, creating it if needed.</summary>
    public static SqliteStore OpenStore(ParseResult parse, Option<string?> database) =>
        SqliteStore.Open(StoreLocation.Resolve(parse.GetValue(database)));
}
