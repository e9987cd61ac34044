using Microsoft.Playwright;

namespace KGraph.Visualization.Tests.Html;

/// <summary>A diagram page opened in headless Chromium, collecting console errors, page errors and dialogs.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add("console: " + message.Text); };
        page.PageError += (_, error) => Errors.Add("page error: " + error);
        page.Dialog += async (_, dialog) => { Dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
    }

    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];

    public static async Task<BrowserPage> OpenAsync(string html, string fileName, string readyWhen = "body[data-ready=true]")
    {
        Assert.True(File.Exists(ExternalTool.Chromium), $"{ExternalTool.Chromium} is missing: install the Debian chromium package (.ci/setup-diagrams.sh)");
        var path = Artifacts.Path(fileName);
        await File.WriteAllTextAsync(path, html);
        var playwright = await Playwright.CreateAsync();
        // Playwright's own browser download cannot work offline; the Debian build is driven instead.
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExternalTool.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var opened = new BrowserPage(playwright, browser, page);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync(readyWhen);
        return opened;
    }

    public Task<int> CountAsync(string selector) => Page.Locator(selector).CountAsync();

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
