namespace KGraph.Extraction.Tests.Relations;

/// <summary>SUPPLIES: a supplier and its customer, the customer as object, in Chinese and English (hand rules alone).</summary>
public class SupplyTests
{
    [Theory]
    [InlineData("恒川电子长期为Brightloop公司供应电池。", "恒川电子 SUPPLIES brightloop公司")]
    [InlineData("恒川电子是Brightloop公司的主要供应商。", "恒川电子 SUPPLIES brightloop公司")]
    [InlineData("Brightloop公司是恒川电子的第一大客户。", "恒川电子 SUPPLIES brightloop公司")]
    public void A_Chinese_supply_sentence_gives_the_supplier_and_its_customer(string sentence, string fact) =>
        Assert.Equal([fact], Some.Facts(Some.Extract(sentence)));

    [Fact]
    public void A_denied_supply_deal_is_no_fact() =>
        Assert.Equal([], Some.Facts(Some.Extract("恒川电子否认为Brightloop公司供应电池。")));
}
