using System.Globalization;

namespace Vigie.Times.Matching;

/// <summary>
/// Reads what figures say: integers, decimals, ordinals (« 1er », "21st", « XIXe »), clock times
/// (« 14h30 », "15:00", "3pm"), dates ("2025-09-03", « 03/09/2025 ») and decades ("1990s"), and adds up
/// hyphenated number words (« dix-huit »). Allocates nothing.
/// </summary>
internal static class NumberReader
{
    public static void Read(ReadOnlySpan<char> span, TimeRulesData data, ref TimeToken t)
    {
        if (TryDate(span, data.DayFirst, ref t) || TryClock(span, ref t) || TryOrdinal(span, ref t))
        {
            return;
        }

        var digits = 0;
        var grouped = false;
        var separator = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is ',' or '.')
            {
                if (separator >= 0)
                {
                    grouped = true;
                }

                separator = i;
            }
            else if (char.IsWhiteSpace(c))
            {
                grouped = true;
            }
            else
            {
                return;
            }
        }

        if (separator < 0)
        {
            if (grouped)
            {
                t.Value = ParseDigits(span);
                t.Shape = NumberShape.Integer;
                t.Classes |= TokenClasses.Of(TokenClass.Count) | TokenClasses.Of(TokenClass.Number);
                return;
            }

            Integer(span, ref t);
            return;
        }

        var mark = span[separator];
        var decimalMark = data.DecimalComma ? ',' : '.';
        var after = span.Length - separator - 1;
        if (!grouped && mark == decimalMark && after >= 1)
        {
            Span<char> invariant = stackalloc char[Math.Min(span.Length, 32)];
            if (span.Length <= invariant.Length)
            {
                span.CopyTo(invariant);
                invariant[separator] = '.';
            }

            if (span.Length <= invariant.Length && double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                t.Value = value;
                t.Shape = NumberShape.Decimal;
                t.Classes |= TokenClasses.Of(TokenClass.Count);
            }

            return;
        }

        t.Value = ParseDigits(span);
        t.Shape = NumberShape.Integer;
        t.Classes |= TokenClasses.Of(TokenClass.Count) | TokenClasses.Of(TokenClass.Number);
    }

    /// <summary>Digit words of the Text stage: "3pm", "1990s".</summary>
    public static void ReadWord(ReadOnlySpan<char> key, TimeRules rules, ref TimeToken t)
    {
        var digits = 0;
        while (digits < key.Length && char.IsAsciiDigit(key[digits]))
        {
            digits++;
        }

        var suffix = key[digits..];
        if (digits is 1 or 2 && rules.Find(suffix) is { Meridiem: >= 0 } meridiem)
        {
            var hour = ParseInt(key[..digits]);
            if (hour is >= 1 and <= 12)
            {
                t.Shape = NumberShape.Clock;
                t.A = (hour % 12) + meridiem.Meridiem;
                t.B = 0;
                t.Classes |= TokenClasses.Of(TokenClass.Clock);
            }

            return;
        }

        if (digits == 4 && key[3] == '0')
        {
            foreach (var decade in rules.Data.DecadeSuffixes)
            {
                if (suffix.Equals(decade, StringComparison.Ordinal))
                {
                    t.Shape = NumberShape.Decade;
                    t.A = ParseInt(key[..3]);
                    t.Classes |= TokenClasses.Of(TokenClass.Decade);
                    return;
                }
            }
        }
    }

    /// <summary>The value of a Roman numeral with an ordinal suffix (« XIXe » 19), or 0.</summary>
    public static int RomanOrdinal(ReadOnlySpan<char> key, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (key.Length <= suffix.Length || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var roman = key[..^suffix.Length];
            var total = 0;
            for (var i = 0; i < roman.Length; i++)
            {
                var value = Roman(roman[i]);
                if (value == 0)
                {
                    total = 0;
                    break;
                }

                total += i + 1 < roman.Length && Roman(roman[i + 1]) > value ? -value : value;
            }

            if (total is > 0 and < 40)
            {
                return total;
            }
        }

        return 0;
    }

    /// <summary>A hyphenated number word (« dix-huit » 18, « quatre-vingt-dix » 90, "twenty-one" 21), or 0.</summary>
    public static int Compound(ReadOnlySpan<char> key, TimeRules rules)
    {
        var total = 0;
        var current = 0;
        var parts = 0;
        foreach (var range in key.Split('-'))
        {
            var part = key[range];
            if (part.Length == 0)
            {
                return 0;
            }

            var word = rules.Find(part);
            if (word is null)
            {
                return 0;
            }

            parts++;
            if (word.Multiplier > 0)
            {
                if (word.Multiplier >= 1000)
                {
                    total += Math.Max(current, 1) * word.Multiplier;
                    current = 0;
                }
                else
                {
                    current = Math.Max(current, 1) * word.Multiplier;
                }
            }
            else if (word.Number is >= 1 and < 100 && !word.ApproximateNumber)
            {
                // « quatre-vingts »: a small number before twenty multiplies it.
                var n = (int)word.Number;
                current = current is > 1 and < 10 && n == 20 ? current * 20 : current + n;
            }
            else if (rules.IsNumberJoiner(word))
            {
                continue;
            }
            else
            {
                return 0;
            }
        }

        return parts >= 2 ? total + current : 0;
    }

    private static int Roman(char c) => c switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        _ => 0,
    };

    private static void Integer(ReadOnlySpan<char> span, ref TimeToken t)
    {
        var value = span.Length <= 9 ? ParseInt(span) : int.MaxValue;
        t.Shape = NumberShape.Integer;
        t.Value = span.Length <= 15 ? ParseDigits(span) : double.NaN;
        t.A = value;
        t.Classes |= TokenClasses.Of(TokenClass.Count) | TokenClasses.Of(TokenClass.Number);
        if (span.Length <= 2)
        {
            if (value is >= 1 and <= 31)
            {
                t.Classes |= TokenClasses.Of(TokenClass.Day);
            }

            if (value <= 24)
            {
                t.Classes |= TokenClasses.Of(TokenClass.Hour);
            }

            if (value <= 59)
            {
                t.Classes |= TokenClasses.Of(TokenClass.Minute);
            }

            if (span.Length == 2)
            {
                t.Classes |= TokenClasses.Of(TokenClass.Year2);
            }
        }
        else if (span.Length == 4 && value is >= 1000 and <= 2999)
        {
            t.Classes |= TokenClasses.Of(TokenClass.Year);
        }
    }

    /// <summary>"2025-09-03", "2025-09", « 03/09/2025 », "3.9.2025", "2025/09/03".</summary>
    private static bool TryDate(ReadOnlySpan<char> span, bool dayFirst, ref TimeToken t)
    {
        Span<Range> parts = stackalloc Range[4];
        var separator = span.IndexOfAny('-', '/', '.');
        if (separator < 0)
        {
            return false;
        }

        var mark = span[separator];
        var count = span.Split(parts, mark);
        if (count is not (2 or 3))
        {
            return false;
        }

        Span<int> lengths = stackalloc int[3];
        Span<int> values = stackalloc int[3];
        for (var i = 0; i < count; i++)
        {
            var part = span[parts[i]];
            if (part.Length is 0 or > 4 || !IsDigits(part))
            {
                return false;
            }

            lengths[i] = part.Length;
            values[i] = ParseInt(part);
        }

        int year, month, day;
        if (count == 2)
        {
            // "2025-09" only: "12/05" and "2024-25" are too often something else.
            if (mark != '-' || lengths[0] != 4 || lengths[1] != 2)
            {
                return false;
            }

            (year, month, day) = (values[0], values[1], -1);
        }
        else if (lengths[0] == 4)
        {
            if (mark == '.' || lengths[1] > 2 || lengths[2] > 2)
            {
                return false;
            }

            (year, month, day) = (values[0], values[1], values[2]);
        }
        else if (lengths[2] is 4 or 2 && lengths[0] <= 2 && lengths[1] <= 2 && mark != '-')
        {
            year = lengths[2] == 4 ? values[2] : (values[2] < 50 ? 2000 : 1900) + values[2];
            (day, month) = dayFirst ? (values[0], values[1]) : (values[1], values[0]);
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day);
            }
        }
        else
        {
            return false;
        }

        if (year is < 1000 or > 2999 || month is < 1 or > 12 || (day != -1 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }

        t.Shape = NumberShape.Date;
        (t.A, t.B, t.C) = (year, month, day);
        t.Classes |= TokenClasses.Of(TokenClass.NumericDate);
        return true;
    }

    /// <summary>« 14h30 », « 14h », "15:00".</summary>
    private static bool TryClock(ReadOnlySpan<char> span, ref TimeToken t)
    {
        var mark = span.IndexOfAny('h', 'H', ':');
        if (mark is < 1 or > 2 || !IsDigits(span[..mark]))
        {
            return false;
        }

        var minutes = span[(mark + 1)..];
        if (minutes.Length is not (0 or 2) || !IsDigits(minutes) || (minutes.Length == 0 && span[mark] == ':'))
        {
            return false;
        }

        var hour = ParseInt(span[..mark]);
        var minute = minutes.Length == 0 ? 0 : ParseInt(minutes);
        if (hour > 24 || minute > 59)
        {
            return false;
        }

        t.Shape = NumberShape.Clock;
        (t.A, t.B) = (hour, minute);
        t.Classes |= TokenClasses.Of(TokenClass.Clock);
        return true;
    }

    /// <summary>« 1er », « 3e », "21st": the figures then letters only.</summary>
    private static bool TryOrdinal(ReadOnlySpan<char> span, ref TimeToken t)
    {
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3 || digits == span.Length)
        {
            return false;
        }

        foreach (var c in span[digits..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        var value = ParseInt(span[..digits]);
        t.Shape = NumberShape.Ordinal;
        t.A = value;
        t.Classes |= TokenClasses.Of(TokenClass.Ordinal);
        if (value is >= 1 and <= 31)
        {
            t.Classes |= TokenClasses.Of(TokenClass.Day);
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return span.Length > 0;
    }

    private static int ParseInt(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }

    private static double ParseDigits(ReadOnlySpan<char> span)
    {
        double value = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }
}
