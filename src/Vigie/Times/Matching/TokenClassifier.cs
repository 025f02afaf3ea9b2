using System.Globalization;
using Vigie.Text;

namespace Vigie.Times.Matching;

/// <summary>
/// Turns the tokens of the Text stage into <see cref="TimeToken"/>s: looks each word up in the lexicon
/// (folded, on the stack), reads the numbers written in figures, and applies the capitalisation rule
/// of month names. Linear in the number of tokens; allocates nothing.
/// </summary>
internal static class TokenClassifier
{
    private const int MaxFolded = 64;

    public static void Classify(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences, TimeRules rules, Span<TimeToken> output)
    {
        var sentence = 0;
        Span<char> folded = stackalloc char[MaxFolded];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (sentence < sentences.Count - 1 && token.Start >= sentences[sentence].End)
            {
                sentence++;
            }

            ref var t = ref output[i];
            t = new TimeToken
            {
                Start = token.Start,
                End = token.End,
                Kind = token.Kind,
                Sentence = sentence,
                Value = double.NaN,
                A = -1,
                B = -1,
                C = -1,
            };
            var span = text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Number)
            {
                Numbers.Read(span, rules.Data, ref t);
            }

            if (span.Length > MaxFolded)
            {
                continue;
            }

            var length = TextFold.Fold(span, folded);
            var key = folded[..length];
            t.Word = length <= rules.MaxWordLength ? rules.Find(key, char.IsUpper(span[0])) : null;
            if (t.Word is { } word)
            {
                t.Classes |= word.Classes;
                if (!double.IsNaN(word.Number))
                {
                    t.Value = word.Number;
                }

                if ((word.Classes & Names) != 0)
                {
                    Letters(span, out t.Capitalised, out t.AllCapitals);
                }
            }
            else if (token.Kind == TokenKind.Word && MayBeTimeWord(span))
            {
                ReadWord(key, span, rules, ref t);
            }
        }

        ApplyNameCase(output[..tokens.Count], rules.Data.NamesAreCapitalised);
    }

    /// <summary>The classes whose words' capitals matter (<see cref="ApplyNameCase"/>).</summary>
    private static readonly ulong Names =
        TokenClasses.Of(TokenClass.Month) | TokenClasses.Of(TokenClass.MidMonth) | TokenClasses.Of(TokenClass.Weekday)
        | TokenClasses.Of(TokenClass.WeekdayPlural) | TokenClasses.Of(TokenClass.Holiday);

    /// <summary>Whether a word the lexicon lacks may still be a time word: figures first, a hyphen, or a Roman numeral.</summary>
    private static bool MayBeTimeWord(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) || word[0] is 'I' or 'V' or 'X' or 'L' or 'C' || word.Contains('-');

    /// <summary>Words that are no lexicon entry but still time words: « mi-mai », "3pm", « XIXe », "1990s", « dix-huit ».</summary>
    private static void ReadWord(ReadOnlySpan<char> key, ReadOnlySpan<char> original, TimeRules rules, ref TimeToken t)
    {
        foreach (var prefix in rules.MidPrefixes)
        {
            if (key.Length == prefix.Length + 4 && key.StartsWith(prefix, StringComparison.Ordinal) && IsYear(key[prefix.Length..]))
            {
                // "mid-2024"
                t.Shape = NumberShape.Integer;
                t.A = int.Parse(key[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
                t.Digits = 4;
                t.Mid = true;
                t.Classes |= TokenClasses.Of(TokenClass.Year);
                return;
            }

            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
                && rules.Find(key[prefix.Length..]) is { } inner
                && (inner.Month > 0 || inner.Season is not null))
            {
                t.Word = inner;
                t.Mid = true;
                t.Classes |= inner.Month > 0 ? TokenClasses.Of(TokenClass.MidMonth) : TokenClasses.Of(TokenClass.Season);
                Letters(original[prefix.Length..], out t.Capitalised, out t.AllCapitals);
                return;
            }
        }

        if (char.IsAsciiDigit(key[0]))
        {
            Numbers.ReadWord(key, rules, ref t);
            return;
        }

        if (Numbers.RomanOrdinal(key, rules.Data.RomanOrdinalSuffixes) is > 0 and var roman)
        {
            t.Shape = NumberShape.Ordinal;
            t.A = roman;
            t.Classes |= TokenClasses.Of(TokenClass.Ordinal);
            return;
        }

        if (key.Contains('-') && Numbers.Compound(key, rules) is > 0 and var compound)
        {
            t.Value = compound;
            t.Classes |= TokenClasses.Of(TokenClass.Count);
        }
    }

    private static bool IsYear(ReadOnlySpan<char> figures) =>
        figures.Length == 4 && char.IsAsciiDigit(figures[0]) && char.IsAsciiDigit(figures[1]) && char.IsAsciiDigit(figures[2])
        && char.IsAsciiDigit(figures[3]) && figures[0] is '1' or '2';

    private static void Letters(ReadOnlySpan<char> span, out bool capitalised, out bool allCapitals)
    {
        capitalised = false;
        allCapitals = false;
        var letters = 0;
        var lower = 0;
        foreach (var c in span)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == 0)
            {
                capitalised = char.IsUpper(c);
            }

            letters++;
            if (char.IsLower(c))
            {
                lower++;
            }
        }

        allCapitals = letters >= 2 && lower == 0;
    }

    /// <summary>
    /// English writes month and day names with a capital, so a lower-case "may" is a verb. French writes
    /// them in lower case, so a capitalised « Mars » inside a sentence is a name unless a day number comes
    /// before it or a year after it.
    /// </summary>
    private static void ApplyNameCase(Span<TimeToken> tokens, bool capitalised)
    {
        var names = TokenClasses.Of(TokenClass.Month) | TokenClasses.Of(TokenClass.MidMonth);
        var days = TokenClasses.Of(TokenClass.Weekday) | TokenClasses.Of(TokenClass.WeekdayPlural);
        var holiday = TokenClasses.Of(TokenClass.Holiday);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            if ((t.Classes & holiday) != 0 && !t.Capitalised)
            {
                // Holidays are proper names in every language: « l’ascension du col » is no Ascension.
                t.Classes &= ~holiday;
            }

            if ((t.Classes & (names | days)) == 0)
            {
                continue;
            }

            if (capitalised)
            {
                if (!t.Capitalised)
                {
                    t.Classes &= ~(names | days);
                }

                continue;
            }

            if ((t.Classes & names) == 0 || !t.Capitalised || t.AllCapitals || StartsSentence(tokens, i))
            {
                continue;
            }

            var dayBefore = i > 0 && (tokens[i - 1].Is(TokenClass.Day) || tokens[i - 1].Is(TokenClass.Weekday));
            var yearAfter = i + 1 < tokens.Length && (tokens[i + 1].Is(TokenClass.Year) || tokens[i + 1].Is(TokenClass.Year2));
            if (!dayBefore && !yearAfter)
            {
                t.Classes &= ~names;
            }
        }
    }

    private static bool StartsSentence(ReadOnlySpan<TimeToken> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence)
        {
            return true;
        }

        var previous = tokens[i - 1].Kind;
        return previous is TokenKind.Punctuation or TokenKind.OpenQuote;
    }

    /// <summary>Reads what figures say.</summary>
    private static class Numbers
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
                if (double.TryParse(span.ToString().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
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
            t.Digits = span.Length;
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
}
