using KGraph.Model;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Html;

/// <summary>
/// What a reader sees at 50 and 1,000 entities: no name drawn over another, unconnected entities out of
/// the way until asked for, edge labels where the pointer is. Screenshots land in the test artifacts.
/// </summary>
public class ReadablePageTests
{
    // Every visible entity name against every other: how many pairs overlap on screen.
    private const string OverlappingNames = """
        () => {
          const boxes = [...document.querySelectorAll('#nodes .node text')]
            .filter(t => getComputedStyle(t).display !== 'none' && getComputedStyle(t.parentNode).display !== 'none')
            .map(t => t.getBoundingClientRect());
          let pairs = 0;
          for (let a = 0; a < boxes.length; a++)
            for (let b = a + 1; b < boxes.length; b++)
              if (boxes[a].left < boxes[b].right && boxes[b].left < boxes[a].right && boxes[a].top < boxes[b].bottom && boxes[b].top < boxes[a].bottom) pairs++;
          return [boxes.length, pairs];
        }
        """;

    private const string VisibleNodes = "() => [...document.querySelectorAll('#nodes .node')].filter(g => getComputedStyle(g).display !== 'none').length";

    private const string NextFrame = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))";

    [ChromiumFact]
    public async Task A_thousand_entities_half_unconnected_open_with_the_unconnected_hidden_and_no_name_over_another()
    {
        var graph = HalfUnconnected(1_000);
        var page = new HtmlDiagramWriter().Write(Draw.Whole(graph));
        Assert.Equal(657, graph.Relationships.Count);
        await using var browser = await BrowserPage.OpenAsync(page, "page-1000.html", "#graph[data-labels-shown]");

        Assert.Equal(500, await browser.Page.EvaluateAsync<int>(VisibleNodes));
        Assert.Equal("1000 entities (500 without relationships hidden) · 657 of 657 relationships shown", await browser.Page.TextContentAsync("#status"));
        var (names, overlaps) = await NamesAsync(browser);
        Assert.Equal(0, overlaps);
        Assert.InRange(names, 20, 500);
        Assert.Equal(names, int.Parse(await browser.Page.GetAttributeAsync("#graph", "data-labels-shown") ?? "-1"));
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("page-1000.png") });

        await browser.Page.CheckAsync("#show-lonely");
        await browser.Page.EvaluateAsync(NextFrame);

        Assert.Equal(1_000, await browser.Page.EvaluateAsync<int>(VisibleNodes));
        Assert.Equal("1000 entities · 657 of 657 relationships shown", await browser.Page.TextContentAsync("#status"));
        Assert.Equal(0, (await NamesAsync(browser)).Overlaps);
        // The unconnected entities' names were hidden when first placed; shown now, they are measured and placed too.
        var lonelyNames = await browser.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('#nodes .node.lonely text')].filter(t => getComputedStyle(t).display !== 'none').length");
        Assert.InRange(lonelyNames, 1, 500);
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("page-1000-all.png") });
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task At_fifty_entities_hovering_one_labels_exactly_its_edges_and_no_name_covers_another()
    {
        var graph = Some.Random(50);
        var page = new HtmlDiagramWriter().Write(Draw.Whole(graph));
        await using var browser = await BrowserPage.OpenAsync(page, "page-50.html", "#graph[data-labels-shown]");
        Assert.Equal(0, (await NamesAsync(browser)).Overlaps);
        Assert.Equal(0, await browser.CountAsync("#edge-labels text"));

        await browser.Page.HoverAsync("#nodes .node[data-id=e00000] circle");

        var incident = graph.Relationships.Where(r => r.From == "e00000" || r.To == "e00000").Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        var labelled = await browser.Page.Locator("#edge-labels text").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('data-id'))");
        Assert.Equal(incident, labelled.Order(StringComparer.Ordinal).ToList());
        Assert.All(await browser.Page.Locator("#edge-labels text").AllTextContentsAsync(),
            text => Assert.Contains(text, (string[])["ASSOCIATED_WITH", "PARTNERED_WITH"]));
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("page-50-hover.png") });

        await browser.Page.Mouse.MoveAsync(5, 5);
        Assert.Equal(0, await browser.CountAsync("#edge-labels text"));
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task The_static_svg_fits_the_browser_window_instead_of_running_off_it()
    {
        var svg = new SvgDiagramWriter().Write(Draw.Whole(Layout.ForceDirectedLayoutTests.BusyHub()));
        await using var browser = await BrowserPage.OpenAsync(svg, "busy-hub-in-browser.svg", "svg");

        var size = await browser.Page.EvaluateAsync<double[]>("() => { const r = document.documentElement.getBoundingClientRect(); " +
            "return [r.width, r.height]; }");
        var drawn = await browser.Page.EvaluateAsync<double[]>("() => { const r = document.querySelector('.nodes').getBoundingClientRect(); " +
            "return [r.right, r.bottom]; }");

        Assert.Equal([1400, 900], size);
        Assert.True(drawn[0] <= 1400 && drawn[1] <= 900, $"the drawing ends at {drawn[0]} × {drawn[1]}, outside the 1400 × 900 window");
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("busy-hub-in-browser.png") });
    }

    private static async Task<(int Names, int Overlaps)> NamesAsync(BrowserPage browser)
    {
        var counts = await browser.Page.EvaluateAsync<int[]>(OverlappingNames);
        return (counts[0], counts[1]);
    }

    /// <summary>A random connected half and as many entities with no relationship at all.</summary>
    private static KnowledgeGraph HalfUnconnected(int n)
    {
        var connected = Some.Random(n / 2);
        var lone = Enumerable.Range(n / 2, n - n / 2).Select(i => Some.Organization($"e{i:D5}", $"Lone company {i}"));
        return new KnowledgeGraph([], [.. connected.Entities, .. lone], connected.Relationships);
    }
}
