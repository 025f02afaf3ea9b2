using System.Text;
using System.Text.RegularExpressions;
using Vigie.Entities;
using Vigie.Entities.Tagging;
using Vigie.Text;

namespace Vigie.Tests.Entities;

/// <summary>
/// Builds tagger inputs from marked-up text: "[PER Mark Rutte] a parlé à [LOC Prague]." gives the text
/// without brackets and the mentions as spans of it; and shows tagger output the same way.
/// </summary>
internal static partial class NerTestKit
{
    public static (string Text, List<EntityMention> Mentions) Parse(string marked)
    {
        var text = new StringBuilder();
        var mentions = new List<EntityMention>();
        var at = 0;
        foreach (Match match in Markup().Matches(marked))
        {
            text.Append(marked, at, match.Index - at);
            var start = text.Length;
            text.Append(match.Groups[2].Value);
            mentions.Add(new EntityMention(start, text.Length, TypeOf(match.Groups[1].Value), 1));
            at = match.Index + match.Length;
        }

        text.Append(marked, at, marked.Length - at);
        return (text.ToString(), mentions);
    }

    public static (List<Token> Tokens, List<TextSpan> Sentences) Cut(string language, string text)
    {
        var rules = TextRules.For(language);
        var tokens = new List<Token>();
        new Tokenizer(rules).Tokenize(text, tokens);
        var sentences = new List<TextSpan>();
        new SentenceSplitter(rules).Split(text, tokens, sentences);
        return (tokens, sentences);
    }

    public static NerTrainingDocument Document(string language, string marked, int domain = 0)
    {
        var (text, mentions) = Parse(marked);
        var (tokens, sentences) = Cut(language, text);
        return new NerTrainingDocument(text, tokens, sentences, mentions) { Domain = domain };
    }

    /// <summary>The tagger's mentions written back as markup.</summary>
    public static string Tag(EntityTagger tagger, string text)
    {
        var (tokens, sentences) = Cut(tagger.Language, text);
        return Mark(text, tagger.Tag(text, tokens, sentences));
    }

    public static string Mark(string text, IEnumerable<EntityMention> mentions)
    {
        var marked = new StringBuilder();
        var at = 0;
        foreach (var mention in mentions)
        {
            marked.Append(text, at, mention.Start - at).Append('[').Append(mention.Type.Code()).Append(' ')
                .Append(text, mention.Start, mention.Length).Append(']');
            at = mention.End;
        }

        return marked.Append(text, at, text.Length - at).ToString();
    }

    private static EntityType TypeOf(string code) => code switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => throw new ArgumentException($"unknown type {code}", nameof(code)),
    };

    [GeneratedRegex(@"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")]
    private static partial Regex Markup();
}
