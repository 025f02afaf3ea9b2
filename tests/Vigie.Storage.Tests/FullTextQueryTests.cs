namespace Vigie.Storage.Tests;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("sous-marins", "\"sous-marins\"")]
    [InlineData("Rutte OTAN", "\"Rutte\" AND \"OTAN\"")]
    [InlineData("\"patrouille conjointe\" Pacifique", "\"patrouille conjointe\" AND \"Pacifique\"")]
    [InlineData("« défilé militaire »", "\"défilé militaire\"")]
    [InlineData("sanction*", "\"sanction\"*")]
    [InlineData("Chine OR Russie", "\"Chine\" OR \"Russie\"")]
    [InlineData("OTAN NOT Rutte", "\"OTAN\" NOT \"Rutte\"")]
    [InlineData("OR Chine", "\"Chine\"")]
    [InlineData("say \"hi", "\"say\" AND \"hi\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("  -- * ()  ", "")]
    public void Turns_user_words_into_safe_fts5(string typed, string expected) =>
        Assert.Equal(expected, FullTextQuery.From(typed));
}
