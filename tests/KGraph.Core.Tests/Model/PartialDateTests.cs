using KGraph.Model;

namespace KGraph.Core.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", 2024, null, null)]
    [InlineData("2024-03", 2024, 3, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Parses_year_month_and_day_precision(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("24")]
    [InlineData("2024-3")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-03-18T10:00")]
    [InlineData("March 2024")]
    public void Refuses_anything_else(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Knows_the_first_and_last_day_it_can_stand_for()
    {
        var march = PartialDate.Parse("2024-02");
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (march.Earliest, march.Latest));
    }

    [Fact]
    public void Orders_less_precise_dates_first() =>
        Assert.True(PartialDate.Parse("2024") < PartialDate.Parse("2024-01") && PartialDate.Parse("2024-01") < PartialDate.Parse("2024-01-01"));
}
