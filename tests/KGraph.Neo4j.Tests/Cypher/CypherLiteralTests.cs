using KGraph.Neo4j.Cypher;

namespace KGraph.Neo4j.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"back\slash\", @"'back\\slash\\'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("\u0001\u001F\u007F", @"'\u0001\u001F\u007F'")]
    [InlineData("line\u2028para\u2029", @"'line\u2028para\u2029'")]
    [InlineData("`x` })-[:X]->( // c", "'`x` })-[:X]->( // c'")]
    [InlineData("埃隆·马斯克 🚀", "'埃隆·马斯克 🚀'")]
    public void Strings_are_single_quoted_with_every_breaking_character_escaped(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Of(value));
    }

    [Fact]
    public void An_unpaired_surrogate_is_escaped_so_the_script_stays_valid_UTF8()
    {
        // Not an InlineData case: the test runner would replace the lone surrogate before it got here.
        Assert.Equal(@"'\uD800 lone \uDC00'", CypherLiteral.Of("\uD800 lone \uDC00"));
    }

    [Fact]
    public void Numbers_booleans_lists_and_maps_are_written_as_Cypher_reads_them()
    {
        var map = new PropertyMap()
            .Add("id", "x")
            .Add("weird key`", 1L)
            .Add("end", 2.0)
            .Add("share", 0.75)
            .Add("tiny", 1e-7)
            .Add("ok", false)
            .Add("names", new List<string> { "a", "b'c" });

        Assert.Equal("{id: 'x', `weird key```: 1, end: 2.0, share: 0.75, tiny: 1E-07, ok: false, names: ['a', 'b\\'c']}", CypherLiteral.Of(map));
    }

    [Fact]
    public void Non_finite_numbers_have_no_literal_and_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CypherLiteral.Of(double.NaN));

        Assert.Equal("Cypher has no literal for the number NaN", error.Message);
    }
}
