using System.Text;
using Vigie.Entities;
using Vigie.Text;

namespace Vigie.Training.Ner;

/// <summary>Where the columns of a CoNLL-like file are and how its documents are delimited.</summary>
public sealed record ConllLayout
{
    /// <summary>The column of the token (0-based).</summary>
    public int TokenColumn { get; init; }

    /// <summary>The column of the label; negative counts from the end (-1: the last).</summary>
    public int LabelColumn { get; init; } = -1;

    /// <summary>Blank lines end sentences (else the sentence splitter finds them in the rebuilt text).</summary>
    public bool BlankLineEndsSentence { get; init; } = true;

    /// <summary>Without document markers, a document is cut after this many sentences (or <see cref="TokensPerDocument"/> tokens).</summary>
    public int SentencesPerDocument { get; init; } = 40;

    public int TokensPerDocument { get; init; } = 1500;

    /// <summary>Lines that start a new document and carry no token: "-DOCSTART-", "# newdoc id = …", "# hipe2022:document_id = …".</summary>
    public IReadOnlyList<string> DocumentMarkers { get; init; } = ["-DOCSTART-", "# newdoc id", "# hipe2022:document_id"];

    /// <summary>The last column may hold "NoSpaceAfter" and "EndOfLine" (HIPE); a token ending with ¬ at a line end is glued to the next.</summary>
    public bool SpacingColumn { get; init; }

    /// <summary>
    /// Keep only mentions that are names: leading lower-case words ("the", "a") are dropped, and what
    /// is left must start with a capital and have no lower-case content word (for corpora that also
    /// annotate "the army", "he" or "rebels").
    /// </summary>
    public bool NamesOnly { get; init; }

    /// <summary>Guesses the layout of a file from its first lines: HIPE header, UD-style numbered rows, or token … label.</summary>
    public static ConllLayout Detect(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines.Take(200))
        {
            if (line.StartsWith("TOKEN\t", StringComparison.Ordinal))
            {
                return new ConllLayout { LabelColumn = 1, SpacingColumn = true, BlankLineEndsSentence = false };
            }

            if (line.Length == 0 || ConllReader.IsComment(line))
            {
                continue;
            }

            var fields = ConllReader.Fields(line);
            if (fields.Length >= 3 && int.TryParse(fields[0], out _))
            {
                return new ConllLayout { TokenColumn = 1, LabelColumn = 2 };
            }

            return new ConllLayout();
        }

        return new ConllLayout();
    }
}

/// <summary>
/// Reads CoNLL/IOB files (one token per line, blank lines between sentences): IOB1, IOB2, IO, BIOES/BILOU
/// and bare type labels, tab- or space-separated. The text is rebuilt from the tokens (a space between
/// tokens, none before closing punctuation and English clitics nor after an opening bracket or an
/// elided article; a line break between sentences), and mentions become character spans of it.
/// </summary>
public static class ConllReader
{
    public static IEnumerable<NerDocument> ReadFile(string path, string id, string source, ConllLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        layout ??= ConllLayout.Detect(File.ReadLines(path));
        return Read(File.ReadLines(path), id, source, layout);
    }

    public static IEnumerable<NerDocument> Read(IEnumerable<string> lines, string id, string source, ConllLayout layout)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(layout);
        var builder = new DocumentBuilder(layout);
        var number = 0;
        string? markedId = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var marker = layout.DocumentMarkers.FirstOrDefault(m => line.StartsWith(m, StringComparison.Ordinal));
            if (marker is not null)
            {
                if (builder.Build($"{id}#{markedId ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", source) is { } done)
                {
                    number++;
                    yield return done;
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                markedId = equals > 0 ? line[(equals + 1)..].Trim() : null;
                continue;
            }

            if (line.Length == 0)
            {
                builder.EndSentence();
            }
            else if (!IsComment(line) && !line.StartsWith("TOKEN\t", StringComparison.Ordinal))
            {
                var fields = Fields(line);
                var labelAt = layout.LabelColumn < 0 ? fields.Length + layout.LabelColumn : layout.LabelColumn;
                if (layout.TokenColumn < fields.Length && labelAt >= 0 && labelAt < fields.Length && labelAt != layout.TokenColumn)
                {
                    builder.Add(fields[layout.TokenColumn], fields[labelAt], layout.SpacingColumn ? fields[^1] : null);
                }
            }

            if (markedId is null && builder.Full)
            {
                if (builder.Build($"{id}#{number}", source) is { } chunk)
                {
                    number++;
                    yield return chunk;
                }
            }
        }

        if (builder.Build($"{id}#{markedId ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", source) is { } last)
        {
            yield return last;
        }
    }

    internal static bool IsComment(string line) => line.StartsWith("# ", StringComparison.Ordinal) || line == "#";

    internal static string[] Fields(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Accumulates the tokens of one document and turns them into text, sentences and mentions.</summary>
    private sealed class DocumentBuilder(ConllLayout layout)
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _sentences = [];
        private readonly List<NerSpan> _spans = [];
        private readonly List<(int Start, int End, string Form)> _mention = [];
        private EntityType? _type;
        private int _sentenceStart = -1;
        private int _tokens;
        private string? _previous;
        private bool _glue;
        private bool _hyphenGlued;

        /// <summary>Whether to cut the document here: enough sentences or tokens, at a sentence end (or, without sentences, after a period), outside a mention.</summary>
        public bool Full => _mention.Count == 0 && (layout.BlankLineEndsSentence
            ? _sentenceStart < 0 && (_sentences.Count >= layout.SentencesPerDocument || _tokens >= layout.TokensPerDocument)
            : (_tokens >= layout.TokensPerDocument && _previous is "." or "!" or "?") || _tokens >= 2 * layout.TokensPerDocument);

        public void Add(string token, string label, string? spacing)
        {
            if (token.Length == 0)
            {
                return;
            }

            var hyphenated = spacing?.Contains("EndOfLine", StringComparison.Ordinal) == true && token.EndsWith('¬') && token.Length > 1;
            if (hyphenated)
            {
                token = token[..^1];
            }

            if (_sentenceStart < 0 && _text.Length > 0)
            {
                _text.Append(layout.BlankLineEndsSentence ? '\n' : ' ');
            }
            else if (_sentenceStart >= 0 && !Attached(token))
            {
                _text.Append(' ');
            }

            if (_sentenceStart < 0)
            {
                _sentenceStart = _text.Length;
            }

            var attached = _sentenceStart >= 0 && _text.Length > _sentenceStart && _text[^1] != ' ' && _text[^1] != '\n';
            var start = _text.Length;
            _text.Append(token);
            _hyphenGlued = attached && token is "-" or "'" or "’";
            _tokens++;
            _previous = token;
            // A word at the end of an OCR line is followed by a space unless it was cut by a hyphen (¬).
            _glue = hyphenated || (spacing is not null && spacing.Contains("NoSpaceAfter", StringComparison.Ordinal) && !spacing.Contains("EndOfLine", StringComparison.Ordinal));

            var type = label is "O" or "_" ? null : NerTypeMapping.Map(label);
            var prefix = label.Length > 2 && label[1] == '-' ? label[0] : 'I';
            var continues = type is not null && _type == type && prefix is 'I' or 'E' or 'L';
            if (!continues)
            {
                CloseMention();
                _type = type;
            }

            if (type is not null)
            {
                _mention.Add((start, _text.Length, token));
                if (prefix is 'E' or 'L' or 'S' or 'U')
                {
                    CloseMention();
                }
            }
        }

        public void EndSentence()
        {
            CloseMention();
            if (_sentenceStart >= 0)
            {
                _sentences.Add(new TextSpan(_sentenceStart, _text.Length));
                _sentenceStart = -1;
                _previous = null;
                _glue = false;
            }
        }

        public NerDocument? Build(string id, string source)
        {
            EndSentence();
            if (_text.Length == 0)
            {
                Reset();
                return null;
            }

            var document = new NerDocument(id, source, _text.ToString(), [.. _spans], layout.BlankLineEndsSentence ? [.. _sentences] : null);
            Reset();
            return document;
        }

        private void Reset()
        {
            _text.Clear();
            _sentences.Clear();
            _spans.Clear();
            _mention.Clear();
            _type = null;
            _sentenceStart = -1;
            _tokens = 0;
            _previous = null;
            _glue = false;
        }

        private bool Attached(string token)
        {
            if (_glue)
            {
                return true;
            }

            if (layout.SpacingColumn || _previous is null)
            {
                return false;
            }

            // Corpora that split hyphens and apostrophes ("al - Qaida", "ISIL ' s") are glued back: "al-Qaida", "ISIL's".
            var afterWord = _previous.Length > 0 && char.IsLetterOrDigit(_previous[^1]);
            return token is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "n't" or "'s" or "’s" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "..."
                || (token is "-" or "'" or "’" && afterWord)
                || (_previous is "-" or "'" or "’" && _hyphenGlued && token.Length > 0 && char.IsLetterOrDigit(token[0]))
                || _previous is "(" or "["
                || (_previous.Length > 1 && (_previous.EndsWith('\'') || _previous.EndsWith('’')) && char.IsLetter(_previous[^2]) && _previous.Length <= 3);
        }

        private void CloseMention()
        {
            if (_mention.Count > 0 && _type is { } type)
            {
                var first = 0;
                var last = _mention.Count - 1;
                if (layout.NamesOnly)
                {
                    while (first <= last && !StartsWithCapitalOrDigit(_mention[first].Form))
                    {
                        first++;
                    }

                    while (last >= first && _mention[last].Form is "'s" or "’s" or "'" or "," or ".")
                    {
                        last--;
                    }
                }

                if (first <= last && (!layout.NamesOnly || IsName(first, last)))
                {
                    _spans.Add(new NerSpan(_mention[first].Start, _mention[last].End, type));
                }
            }

            _mention.Clear();
            _type = null;
        }

        private bool IsName(int first, int last)
        {
            if (first == last && Pronouns.Contains(_mention[first].Form))
            {
                return false;
            }

            for (var i = first; i <= last; i++)
            {
                var form = _mention[i].Form;
                if (form.Length > 0 && char.IsLower(form[0]) && form.Length > 3 && !Connectors.Contains(form))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool StartsWithCapitalOrDigit(string form) => form.Length > 0 && (char.IsUpper(form[0]) || char.IsDigit(form[0]));

        private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their", "our", "my", "your", "who", "this", "that" };

        private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "for", "the", "de", "du", "des", "la", "le", "les", "al", "el", "bin", "von", "van", "der", "den", "del", "upon", "on", "in", "at" };
    }
}
