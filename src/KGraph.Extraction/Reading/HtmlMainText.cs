using System.Text;
using System.Text.RegularExpressions;
using SmartReader;

namespace KGraph.Extraction.Reading;

/// <summary>The readable main text of a saved web page (navigation, ads and boilerplate removed by SmartReader).</summary>
internal static partial class HtmlMainText
{
    public static (string? Title, string Text) Extract(string path, string html)
    {
        // Chinese text carries more per character than Readability's English-tuned thresholds assume.
        var reader = new Reader("https://localhost/" + Uri.EscapeDataString(Path.GetFileName(path)), html)
        {
            CharThreshold = 100,
            ContinueIfNotReadable = true,
            DisableJSONLD = true,
        };
        var article = reader.GetArticle();
        var text = article.Completed ? article.TextContent ?? "" : "";
        return (string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(), Tidy(text));
    }

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset=gbk&gt;</c>), if any.</summary>
    public static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>One paragraph per line, spaces inside a line collapsed, no blank runs.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => Whitespace().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n", lines);
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex Whitespace();
}
