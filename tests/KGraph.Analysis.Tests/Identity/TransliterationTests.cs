using KGraph.Analysis.Identity;

namespace KGraph.Analysis.Tests.Identity;

public class TransliterationTests
{
    private static readonly Transliteration Table = Transliteration.BuiltIn;

    [Theory]
    [InlineData("拉里·佩奇", "Larry Page")]
    [InlineData("杰森·黄", "Jensen Huang")]
    [InlineData("詹森·黄", "Jensen Huang")]
    [InlineData("马斯克", "Musk")]
    [InlineData("埃隆·马斯克", "Elon Reeve Musk")]
    [InlineData("黄仁勋", "Jen-Hsun Huang")]
    [InlineData("黄仁勋", "Huang Jen-Hsun")]
    [InlineData("特斯拉", "Tesla")]
    [InlineData("达里奥·阿莫迪", "Dario Amodei")]
    public void A_Chinese_rendering_reads_as_the_Latin_name(string chinese, string latin) =>
        Assert.True(Table.Reads(chinese, latin));

    [Theory]
    [InlineData("拉里·佩奇", "Larry King")]
    [InlineData("拉里·佩奇", "Page")]
    [InlineData("拉里·佩奇", "Page Larry")]
    [InlineData("丹妮拉·阿莫迪", "Dario Amodei")]
    [InlineData("黄仁勋", "Jensen Huang")]
    [InlineData("法院", "Court")]
    public void A_different_name_or_part_count_does_not_read(string chinese, string latin) =>
        Assert.False(Table.Reads(chinese, latin));

    [Fact]
    public void The_table_is_data_a_line_adds_a_character()
    {
        var table = Transliteration.Parse("# test table\n珀 per\n西 si cy\n");
        Assert.True(table.Reads("珀西", "Percy"));
        Assert.False(table.Reads("珀西", "Perry"));
        Assert.False(table.Reads("佩西", "Pesi"));
    }

    [Theory]
    [InlineData("拉 la\n拉 ra\n", "transliteration table line 2: '拉' is listed twice")]
    [InlineData("拉里 la\n", "transliteration table line 1: expected one character and lower-case spellings, got '拉里 la'")]
    [InlineData("\n拉 La\n", "transliteration table line 2: expected one character and lower-case spellings, got '拉 La'")]
    [InlineData("拉\n", "transliteration table line 1: expected one character and lower-case spellings, got '拉'")]
    public void A_malformed_table_line_is_named(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => Transliteration.Parse(text)).Message);
}
