using KGraph.Resolution;

namespace KGraph.Core.Tests.Resolution;

public class NameKeyTests
{
    [Theory]
    [InlineData("Elon Musk", "elon  MUSK ")]
    [InlineData("埃隆·马斯克", "埃隆・马斯克")]
    [InlineData("埃隆·马斯克", "埃隆 • 马斯克")]
    [InlineData("OpenAI", "ＯｐｅｎＡＩ")]
    [InlineData("Valor Equity Partners", "Valor\tEquity\nPartners")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Musk", "Elon Musk")]
    [InlineData("马斯克", "埃隆·马斯克")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));
}
