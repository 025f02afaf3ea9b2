using System.Globalization;
using Vigie.Kb;

namespace Vigie.Training.Kb;

/// <summary>One term of a head of state or government.</summary>
internal sealed record LeaderTerm(string Iso3, Office Office, string Name, string Qid, DateOnly? Start, DateOnly? End);

/// <summary>What the verification of leaders-wikidata did, for the NOTICE and docs/KB.md.</summary>
internal sealed record LeaderChecks(int Rows, int NotPeople, int Duplicates, int BadDates, int Merged, int ClosedBySuccessor, int DroppedContradicted, int Kept);

/// <summary>
/// Heads of state and government from leaders-wikidata (facts from Wikidata, CC0), verified before use:
/// the extract has duplicate rows, blank-node and impossible dates, open terms that a successor ended,
/// and a few rows that contradict the record ("Phil Baker", head of state of the United States from 2018).
/// </summary>
internal static class LeaderSource
{
    /// <summary>The extract's date: no term starts later, and open terms are known to run at least until then.</summary>
    public static readonly DateOnly ExtractDate = new(2025, 10, 3);

    public static IReadOnlyList<LeaderTerm> Read(string shared, out LeaderChecks checks, IReadOnlyList<LeaderTerm> curated)
    {
        var raw = new List<LeaderTerm>();
        int rows = 0, badDates = 0, notPeople = 0;
        foreach (var file in new[] { "leaders_history.csv", "leaders_current.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(shared, "kb/leaders-wikidata", file)).Skip(1))
            {
                var f = KbSourceText.Csv(line);
                if (f.Count < 7 || f[3].Length == 0 || !f[4].StartsWith('Q'))
                {
                    continue;
                }

                rows++;

                // "The President" (Q24043569) is a placeholder for the office, not a person.
                if (!IsPersonName(f[3]))
                {
                    notPeople++;
                    continue;
                }

                var office = f[2] == "head_of_state" ? Office.HeadOfState : Office.HeadOfGovernment;
                var start = Date(f[5], ref badDates);
                var end = Date(f[6], ref badDates);
                if (start is { } s && end is { } e && e < s)
                {
                    badDates++;
                    start = end = null;
                }

                raw.Add(new LeaderTerm(f[0], office, f[3], f[4], start, end));
            }
        }

        // Same person, office and start: one term (the rows differ by party); a dated end beats an open one, the later end the earlier.
        var terms = raw
            .GroupBy(t => (t.Iso3, t.Office, t.Qid, t.Start))
            .Select(g => g.OrderByDescending(t => t.End.HasValue).ThenByDescending(t => t.End).First())
            .ToList();
        var duplicates = raw.Count - terms.Count;

        // Overlapping terms of one person in one office (a cabinet reshuffle makes a new row): one term.
        var merged = 0;
        var joined = new List<LeaderTerm>();
        foreach (var group in terms.GroupBy(t => (t.Iso3, t.Office, t.Qid)))
        {
            LeaderTerm? current = null;
            foreach (var term in group.OrderBy(t => t.Start ?? DateOnly.MaxValue))
            {
                if (current is not null && current.Start is not null && term.Start is { } start && (current.End is null || start <= current.End))
                {
                    current = current with { End = current.End is null || term.End is null ? null : Max(current.End.Value, term.End.Value) };
                    merged++;
                    continue;
                }

                if (current is not null)
                {
                    joined.Add(current);
                }

                current = term;
            }

            joined.Add(current!);
        }

        // An open term followed by another person's term in the same office ended when the successor took
        // office, unless it began inside a term of someone else that has both dates: then it contradicts
        // the record and is dropped.
        var closed = 0;
        var dropped = 0;
        var verified = new List<LeaderTerm>();
        var all = joined.Concat(curated).ToList();
        foreach (var office in all.GroupBy(t => (t.Iso3, t.Office)))
        {
            var ordered = office.Where(t => t.Start is not null).OrderBy(t => t.Start).ToList();
            foreach (var term in office)
            {
                if (curated.Contains(term))
                {
                    continue;
                }

                if (term.Start is not { } start || term.End is not null)
                {
                    verified.Add(term);
                    continue;
                }

                var inside = ordered.Any(o => o.Qid != term.Qid && o.Start < start && o.End is { } end && start < end && !curated.Contains(o));
                var successor = ordered.FirstOrDefault(o => o.Qid != term.Qid && o.Start > start);
                if (inside && successor is not null)
                {
                    dropped++;
                    continue;
                }

                if (successor is not null)
                {
                    closed++;
                    verified.Add(term with { End = successor.Start });
                    continue;
                }

                verified.Add(term);
            }
        }

        checks = new LeaderChecks(rows, notPeople, duplicates, badDates, merged, closed, dropped, verified.Count);
        return verified;
    }

    public static void Add(KbDraft draft, IReadOnlyList<LeaderTerm> terms, IReadOnlyDictionary<string, (string Head, string Government)> titles)
    {
        // A person's country is that of their first term defined: offices held ex officio elsewhere come
        // last (the French president is co-prince of Andorra; the British monarch reigns over other realms).
        foreach (var term in terms.OrderBy(t => t.Iso3 == "AND" ? 2 : t.Iso3 == "GBR" ? 0 : 1).ThenBy(t => t.Iso3, StringComparer.Ordinal))
        {
            var actor = draft.Define(term.Qid, ActorKind.Person, term.Name, KbPart.Core, term.Iso3);
            draft.Alias(actor.Id, KbPart.Core, KbTier.Main, term.Name, ActorAlias.AnyLanguage);
            var countryName = draft.Find(CountrySources.Id(term.Iso3))?.Name ?? term.Iso3;
            var title = titles.TryGetValue(term.Iso3, out var t)
                ? term.Office == Office.HeadOfState ? t.Head : t.Government
                : term.Office == Office.HeadOfState ? $"Head of State of {countryName}" : $"Head of Government of {countryName}";
            draft.Role(actor.Id, KbPart.Core, new ActorRole(term.Office, CountrySources.Id(term.Iso3), title, term.Start, term.End));
        }
    }

    private static DateOnly? Date(string text, ref int bad)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 1000 && date <= new DateOnly(2026, 12, 31))
        {
            return date;
        }

        bad++;
        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Whether a label names a person: not only titles and articles ("The President").</summary>
    private static bool IsPersonName(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => !PersonNames.TitleWords.Contains(word) && !word.Equals("The", StringComparison.OrdinalIgnoreCase));
}
