using System.Text;

namespace Vigie.Cli.Output;

/// <summary>RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; quotes doubled.</summary>
internal static class Csv
{
    public static string Line(params object?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var value = fields[i] switch
            {
                null => "",
                DateOnly date => date.ToString("yyyy-MM-dd"),
                double number => number.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
            line.Append(value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        return line.ToString();
    }
}
