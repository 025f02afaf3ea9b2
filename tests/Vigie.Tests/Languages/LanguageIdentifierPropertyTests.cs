using CsCheck;
using Vigie.Languages;

namespace Vigie.Tests.Languages;

public sealed class LanguageIdentifierPropertyTests
{
    // Letters of many scripts, combining marks, apostrophes, ZWNJ, tatweel, lone surrogate halves, controls.
    private const string Interesting =
        "abcxyzÀéßłřșțıİ'’ʼ\u0301\u0308 \n\t\u0000\u0007\u200C\u0640абвґєіїёΑαωάبپچگکیةك中文日本ひらがなカタカナ한국어\uD800\uDC00\uDBFF\uDFFF\uFFFD\uFEFF0123456789.,;!?-";

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.Char.Array[0, 300].Select(chars => new string(chars)),
        Gen.Char[Interesting].Array[0, 300].Select(chars => new string(chars)),
        Gen.Char['\uD700', '\uE000'].Array[0, 50].Select(chars => new string(chars)));

    [Fact]
    public void Never_throws_and_confidence_stays_in_range()
    {
        var identifier = LanguageIdentifier.Default;
        AnyText.Sample(text =>
        {
            var guess = identifier.Identify(text);
            Assert.InRange(guess.Confidence, 0, 1);
            Assert.True(guess.Code == LanguageGuess.Undetermined || identifier.Languages.Contains(guess.Code), guess.Code);
            Assert.True(guess.Code != LanguageGuess.Undetermined || guess.Confidence == 0);
        });
    }

    [Fact]
    public void Is_thread_safe_and_deterministic()
    {
        var identifier = LanguageIdentifier.Default;
        AnyText.Sample(text =>
        {
            var expected = identifier.Identify(text);
            Parallel.For(0, 4, _ => Assert.Equal(expected, identifier.Identify(text)));
        }, iter: 50);
    }
}
