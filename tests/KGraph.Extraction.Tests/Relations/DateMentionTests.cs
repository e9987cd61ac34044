using KGraph.Extraction.Relations;
using KGraph.Model;

namespace KGraph.Extraction.Tests.Relations;

/// <summary>Dates as the relationship classifier pairs them with organisations (founding dates), and digits of any width.</summary>
public class DateMentionTests
{
    [Fact]
    public void Every_dated_form_is_found_once_with_its_span()
    {
        const string text = "恒川电子于2016年4月18日成立，注册日期20160418，另一家2000-11-23登记，Brightloop in March 2019 and 1998.";

        var found = DateFinder.Mentions(text, 0, text.Length, null);

        Assert.Equal(
            [("2016年4月18日", "2016-04-18"), ("20160418", "2016-04-18"), ("2000-11-23", "2000-11-23"), ("March 2019", "2019-03"), ("1998", "1998")],
            found.Select(f => (text[f.Start..f.End], f.Date.ToString())));
    }

    [Fact]
    public void A_month_without_a_year_is_no_date_unless_the_article_dates_it()
    {
        const string text = "该公司去年11月成立，3月推出新品。";

        Assert.Equal(["2023-11"], DateFinder.Mentions(text, 0, text.Length, new PartialDate(2024)).Select(f => f.Date.ToString()));
        Assert.Empty(DateFinder.Mentions(text, 0, text.Length, null));
    }

    [Theory]
    [InlineData("20160418", "2016-04-18")]
    [InlineData("2016-04-18", "2016-04-18")]
    [InlineData("1996年11月", "1996-11")]
    public void A_date_on_its_own_reads_as_a_partial_date(string text, string date) =>
        Assert.Equal(date, DateFinder.Parse(text)?.ToString());

    [Fact]
    public void Full_width_digits_are_read_by_their_value()
    {
        Assert.Equal(new PartialDate(2016, 5), DateFinder.Find("２０１６年５月", null));
        Assert.Equal(["2016-05"], DateFinder.Mentions("成立于２０１６年５月", 0, 10, null).Select(f => f.Date.ToString()));
    }
}
