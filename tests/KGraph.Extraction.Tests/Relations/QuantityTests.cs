using KGraph.Extraction.Relations;
using KGraph.Model;

namespace KGraph.Extraction.Tests.Relations;

public class QuantityTests
{
    [Theory]
    [InlineData("4400万美元", 44_000_000L, "USD")]
    [InlineData("3140亿", 314_000_000_000L, null)]
    [InlineData("1.5亿元", 150_000_000L, "CNY")]
    [InlineData("$10 billion", 10_000_000_000L, "USD")]
    [InlineData("3千亿", 300_000_000_000L, null)]
    [InlineData("1,200 million euros", 1_200_000_000L, "EUR")]
    public void Amounts_become_whole_numbers_and_currencies(string text, long number, string? currency)
    {
        Assert.Equal(number, Quantity.ParseNumber(text));
        Assert.Equal(currency, Quantity.Currency(text));
    }

    [Theory]
    [InlineData("2024年3月14日", "2024-03-14")]
    [InlineData("于2024年3月宣布", "2024-03")]
    [InlineData("3月14日发布", "2023-03-14")]
    [InlineData("成立于2015年", "2015")]
    [InlineData("in March 2024", "2024-03")]
    [InlineData("on March 14, 2024", "2024-03-14")]
    [InlineData("since 2019", "2019")]
    public void Dates_in_a_clause_become_partial_dates(string text, string expected)
    {
        Assert.Equal(expected, DateFinder.Find(text, new PartialDate(2023, 6, 1)).ToString());
    }
}
