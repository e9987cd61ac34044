using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Html;

public class InteractivePageTests
{
    private static string Page(Model.KnowledgeGraph graph) => new HtmlDiagramWriter().Write(Draw.Whole(graph));

    [ChromiumFact]
    public async Task The_page_draws_every_entity_and_relationship_without_console_errors()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.AiGraph()), "page-whole.html");

        Assert.Equal(9, await browser.CountAsync("#nodes .node"));
        Assert.Equal(13, await browser.CountAsync("#edges .edge"));
        Assert.Equal("9 entities · 13 of 13 relationships shown", await browser.Page.TextContentAsync("#status"));
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("page-whole.png") });
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task Searching_for_the_alias_马斯克_finds_Elon_Musk_and_opens_his_details()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.AiGraph()), "page-search.html");

        await browser.Page.FillAsync("#search", "马斯克");
        var results = await browser.Page.Locator("#search-results button").AllTextContentsAsync();
        Assert.Equal(["Elon Musk埃隆·马斯克"], results);
        await browser.Page.PressAsync("#search", "Enter");
        Assert.Equal("Elon Musk", await browser.Page.TextContentAsync("#details h2"));
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task Unticking_a_relationship_type_hides_exactly_its_edges()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.AiGraph()), "page-filter.html");

        await browser.Page.UncheckAsync("#type-filters input[data-type=FOUNDED]");

        Assert.Equal(9, await browser.CountAsync("#edges .edge:not(.hidden)"));
        Assert.Equal(0, await browser.CountAsync("#edges .edge[data-type=FOUNDED]:not(.hidden)"));
        Assert.Equal("9 entities · 9 of 13 relationships shown", await browser.Page.TextContentAsync("#status"));
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task The_time_window_and_minimum_confidence_hide_facts_outside_them()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.AiGraph()), "page-window.html");

        // Facts starting after 2016: 2018, 2019, 2020, 2021, 2023 ×3, 2024 ×2 → 9 hidden; 2 founded in 2015 and 2 undated stay.
        await browser.Page.FillAsync("#until", "2016");
        Assert.Equal(4, await browser.CountAsync("#edges .edge:not(.hidden)"));

        await browser.Page.FillAsync("#until", "");
        await browser.Page.Locator("#min-confidence").FillAsync("0.8");
        // Below 0.8: LEFT 0.7, COMPETES_WITH 0.55 and 0.6.
        Assert.Equal(10, await browser.CountAsync("#edges .edge:not(.hidden)"));
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task Clicking_a_node_shows_each_relationship_with_its_evidence_and_source()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.AiGraph()), "page-details.html");

        await browser.Page.ClickAsync("#nodes .node[data-id=xai]");

        Assert.Equal("xAI", await browser.Page.TextContentAsync("#details h2"));
        Assert.Equal(3, await browser.CountAsync("#details .relationship"));
        var quotes = await browser.Page.Locator("#details blockquote").AllTextContentsAsync();
        Assert.Equal(
            ["Elon Musk set up xAI in 2023 to build Grok.", "xAI competes with OpenAI for researchers.", "xAI released Grok-1 in November 2023."],
            quotes.Order(StringComparer.Ordinal).ToList());
        var links = await browser.Page.Locator("#details .source a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["https://example.com/ai-labs", "https://example.com/ai-labs"], links);
        Assert.Contains("A source with a script URL", await browser.Page.TextContentAsync("#details"));
        await browser.Page.ScreenshotAsync(new() { Path = Artifacts.Path("page-details.png") });
        Assert.Empty(browser.Errors);
    }

    [ChromiumFact]
    public async Task A_name_made_of_script_tags_is_shown_as_text_and_never_runs()
    {
        await using var browser = await BrowserPage.OpenAsync(Page(Some.HostileGraph()), "page-hostile.html");

        Assert.Equal(10, await browser.CountAsync("#nodes .node"));
        await browser.Page.ClickAsync("#nodes .node[data-id=hostile]");

        Assert.Equal(DiagramStyle.OneLine(Some.HostileName), await browser.Page.TextContentAsync("#details h2"));
        Assert.Equal(0, await browser.CountAsync("#details script, #details b"));
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Errors);
    }
}
