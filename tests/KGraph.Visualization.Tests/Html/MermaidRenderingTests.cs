using System.Net;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Html;

public class MermaidRenderingTests
{
    [MermaidFact]
    public async Task Mermaids_own_renderer_draws_our_text_with_hostile_names_as_plain_labels()
    {
        Assert.True(File.Exists(ExternalTool.MermaidScript), $"{ExternalTool.MermaidScript} is missing: run .ci/setup-diagrams.sh");
        var mermaid = new MermaidWriter().Write(Draw.Whole(Some.HostileGraph()));
        var page = $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><script src="{{new Uri(ExternalTool.MermaidScript).AbsoluteUri}}"></script></head>
            <body><pre class="mermaid">{{WebUtility.HtmlEncode(mermaid)}}</pre><div id="result"></div>
            <script>
              mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
              mermaid.run().then(() => document.body.setAttribute('data-ready', 'true'))
                .catch(e => { document.getElementById('result').textContent = 'error: ' + e; document.body.setAttribute('data-ready', 'true'); });
            </script></body></html>
            """;
        await using var browser = await BrowserPage.OpenAsync(page, "mermaid-hostile.html");

        Assert.Equal("", await browser.Page.TextContentAsync("#result"));
        Assert.Equal(10, await browser.CountAsync("pre.mermaid svg g.node"));
        Assert.Equal(14, await browser.CountAsync("pre.mermaid svg g.edgeLabel"));
        var labels = await browser.Page.Locator("pre.mermaid svg g.node").AllTextContentsAsync();
        Assert.Contains(DiagramStyle.OneLine(Some.HostileName), labels);
        Assert.Contains("Elon Musk埃隆·马斯克", labels);
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("mermaid-hostile.png"), FullPage = true });
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Errors);
    }
}
