using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SmartReader;

namespace KGraph.Extraction.Reading;

/// <summary>
/// The readable main text of a saved web page (navigation, ads and boilerplate removed by SmartReader).
/// SmartReader scores each element by walking its ancestors, so its time grows with the nesting depth
/// times the page's size: 1,500 nested &lt;div&gt;s took 47 s. A page nested deeper than
/// <see cref="MaxReadableDepth"/> (news pages stay under 40) is read by <see cref="PlainText"/> instead,
/// in one linear pass, and the reader is told why.
/// </summary>
internal static partial class HtmlMainText
{
    public const int MaxReadableDepth = 128;

    /// <summary>The page's title and main text, and whether it was read as plain text because it is nested too deep.</summary>
    public static (string? Title, string Text, bool Flattened) Read(string path, string html)
    {
        if (NestingDepth(html) > MaxReadableDepth)
        {
            var (title, text) = PlainText(html);
            return (title, text, true);
        }
        var (readableTitle, readableText) = Extract(path, html);
        return (readableTitle, readableText, false);
    }

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

    /// <summary>
    /// The deepest nesting of elements, in one pass over the tags: an opening tag goes one level down, a closing
    /// tag one up; void elements (&lt;br&gt;, &lt;img&gt;…) and self-closed tags do not count. Stops counting once past
    /// <see cref="MaxReadableDepth"/>.
    /// </summary>
    public static int NestingDepth(string html)
    {
        int depth = 0, deepest = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success) depth = Math.Max(0, depth - 1);
            else if (!tag.Groups["self"].Success && !VoidElements.Contains(name))
            {
                deepest = Math.Max(deepest, ++depth);
                if (deepest > MaxReadableDepth) break;
            }
        }
        return deepest;
    }

    /// <summary>The page's text with scripts, styles and tags removed, block elements as line breaks: linear in the page's size.</summary>
    public static (string? Title, string Text) PlainText(string html)
    {
        var title = TitleElement().Match(html) is { Success: true } t ? WebUtility.HtmlDecode(TagOrSpace().Replace(t.Groups[1].Value, " ")).Trim() : null;
        var body = Hidden().Replace(html, " ");
        body = BlockBoundary().Replace(body, "\n");
        body = TagOrSpace().Replace(body, " ");
        return (string.IsNullOrWhiteSpace(title) ? null : title, Tidy(WebUtility.HtmlDecode(body)));
    }

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype",
    };

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

    [GeneratedRegex(@"<(?<close>/)?(?<name>!?[A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(?<self>/)?>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<title\b[^>]*>([^<]*)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<(?:script|style|noscript|template|head)\b[^>]*>.*?</(?:script|style|noscript|template|head)\s*>|<!--.*?-->",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre)\b[^<>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex TagOrSpace();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex Whitespace();
}
