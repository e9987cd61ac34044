using KGraph.Model;

namespace KGraph.Extraction.Reading;

/// <summary>
/// The optional header of a .txt/.md article: a block between two <c>---</c> lines of
/// <c>key: value</c> pairs (title, url, published, lang). Unknown keys are ignored. lang, url and
/// published follow <see cref="DocumentRules"/>, as <c>validate</c> does: an article whose header
/// breaks them is refused here rather than written into a file that validate refuses.
/// </summary>
internal sealed record FrontMatter(string? Title, string? Url, PartialDate? Published, string? Lang)
{
    /// <summary>Splits normalised text into header and body; the body starts after the closing <c>---</c> line.</summary>
    /// <exception cref="ArticleReadException">A header value breaks the document rules; the reason names its line.</exception>
    public static (FrontMatter? Header, string Body) Split(string path, string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return (null, text);
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0) return (null, text);
        var afterClose = close + 4;
        if (afterClose < text.Length && text[afterClose] != '\n') return (null, text);
        var body = afterClose < text.Length ? text[(afterClose + 1)..] : "";

        string? title = null, url = null, lang = null;
        PartialDate? published = null;
        var lines = text[4..close].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var key = line[..colon].Trim();
            var value = Unquote(line[(colon + 1)..].Trim());
            if (value.Length == 0) continue;
            string? problem = null;
            switch (key)
            {
                case "title": title = value; break;
                case "url": url = value; problem = DocumentRules.UrlProblem(value); break;
                case "lang": lang = value; problem = DocumentRules.LangProblem(value); break;
                case "published" or "date": published = DocumentRules.ParseDate(key, value, out problem); break;
            }
            // Line 1 is the opening ---.
            if (problem is not null) throw new ArticleReadException(path, $"line {i + 2}: {problem}");
        }
        return (new FrontMatter(title, url, published, lang), body);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
}
