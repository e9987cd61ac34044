using KGraph.Extraction.Learning.Entities;

namespace KGraph.Extraction.Tests.Learning;

public class EnglishTokenizerTests
{
    [Theory]
    [InlineData("U.S. Steel's co-founder joined AT&T Inc. in 2004.", "U.S.|Steel|'s|co-founder|joined|AT&T|Inc.|in|2004|.")]
    [InlineData("A Denver-based startup, Tidewater Analytics.", "A|Denver|-|based|startup|,|Tidewater|Analytics|.")]
    [InlineData("Mr. O'Neil left Coca-Cola.", "Mr.|O'Neil|left|Coca-Cola|.")]
    public void Words_keep_abbreviations_and_compounds_and_split_possessives_and_seats(string text, string words) =>
        Assert.Equal(words, string.Join('|', EnglishTokenizer.Tokenize(text, 0, text.Length).Select(t => t.Word)));
}
