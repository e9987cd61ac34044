using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

public class HtmlDiagramWriterTests
{
    [Fact]
    public void The_page_is_one_file_that_loads_nothing_from_elsewhere()
    {
        var html = new HtmlDiagramWriter().Write(Draw.Whole(Some.AiGraph()));
        File.WriteAllText(Artifacts.Path("ai-graph.html"), html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.Equal(2, html.Split("<script").Length - 1);
    }

    [Fact]
    public void A_name_holding_a_closing_script_tag_cannot_end_the_data_block()
    {
        var html = new HtmlDiagramWriter().Write(Draw.Whole(Some.HostileGraph()));

        Assert.Equal(2, html.Split("</script>").Length - 1);
        var data = html[html.IndexOf("id=\"graph-data\">", StringComparison.Ordinal)..html.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", data[1..]);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", data);
        Assert.Contains("\\u0026", data);
    }

    [Fact]
    public void Line_and_paragraph_separators_are_escaped_in_the_data()
    {
        Assert.Equal("\\u2028\\u2029\\u003C\\u003E\\u0026", HtmlDiagramWriter.SafeJson("\u2028\u2029<>&"));
    }

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://example.com/a", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("not a url", false)]
    public void Only_web_addresses_become_source_links(string url, bool link) => Assert.Equal(link, HtmlDiagramWriter.IsWebLink(url));
}
