using Vigie.Text;

namespace Vigie.Tests.Text;

/// <summary>Runs the tokenizer and the splitter and shows their output as plain strings, for short assertions.</summary>
internal static class TextTestKit
{
    public static List<Token> Tokenize(string language, string text)
    {
        var tokens = new List<Token>();
        new Tokenizer(TextRules.For(language)).Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>The texts of the tokens.</summary>
    public static string[] Texts(string language, string text) =>
        [.. Tokenize(language, text).Select(t => text[t.Start..t.End])];

    /// <summary>The tokens as "text/Kind".</summary>
    public static string[] Tagged(string language, string text) =>
        [.. Tokenize(language, text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}")];

    /// <summary>The kind of the one token whose text is <paramref name="token"/>.</summary>
    public static TokenKind KindOf(string language, string text, string token) =>
        Tokenize(language, text).Single(t => text[t.Start..t.End] == token).Kind;

    public static List<TextSpan> Split(string language, string text)
    {
        var rules = TextRules.For(language);
        var tokens = new List<Token>();
        new Tokenizer(rules).Tokenize(text, tokens);
        var sentences = new List<TextSpan>();
        new SentenceSplitter(rules).Split(text, tokens, sentences);
        return sentences;
    }

    /// <summary>The texts of the sentences.</summary>
    public static string[] Sentences(string language, string text) =>
        [.. Split(language, text).Select(s => text[s.Start..s.End])];
}
