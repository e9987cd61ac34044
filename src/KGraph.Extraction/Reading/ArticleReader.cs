using KGraph.Diagnostics;
using KGraph.Store;
using KGraph.Text;

namespace KGraph.Extraction.Reading;

/// <summary>
/// Reads .txt, .md and .html articles into <see cref="ArticleText"/>: decodes the bytes
/// (<see cref="ByteDecoder"/>), keeps only an HTML page's main text, normalises with
/// <see cref="TextNormalizer"/> and splits off the front matter.
/// </summary>
public static class ArticleReader
{
    /// <summary>
    /// Articles above this are refused with a message rather than read into memory. 8 MiB is thousands of
    /// times a news article; an article's extracted file runs to about five times its text (each name's
    /// mentions, each fact's quotes) and must stay under the 64 MiB the loader reads (ReadLimits).
    /// </summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    /// <exception cref="ArticleReadException">The file is missing, too large, not a regular file, binary or not decodable, or its front matter breaks the
    /// document rules.</exception>
    public static ArticleText Read(string path)
    {
        var bytes = ReadBytes(path);
        if (bytes.Length == 0) throw new ArticleReadException(path, "file is empty");
        var warnings = new DiagnosticBag();
        var article = IsHtml(path) ? FromHtml(path, bytes, warnings) : FromPlainText(path, ByteDecoder.Decode(path, bytes, warnings));
        return article with { Warnings = warnings.Sorted() };
    }

    /// <summary>Reads text that is already decoded, as if it came from a .txt file at <paramref name="path"/>.</summary>
    /// <exception cref="ArticleReadException">The front matter breaks the document rules.</exception>
    public static ArticleText FromPlainText(string path, string decoded)
    {
        var (header, body) = FrontMatter.Split(path, TextNormalizer.Normalize(decoded));
        return new ArticleText(path, body, header?.Title, header?.Url, header?.Published, header?.Lang);
    }

    private static ArticleText FromHtml(string path, byte[] bytes, DiagnosticBag warnings)
    {
        var html = ByteDecoder.Decode(path, bytes, warnings, HtmlMainText.DeclaredCharset(bytes));
        var (title, text, flattened) = HtmlMainText.Read(path, html);
        if (flattened)
            warnings.Warning(SourcePosition.StartOf(path),
                $"HTML nested more than {HtmlMainText.MaxReadableDepth} elements deep: read as plain text, navigation and boilerplate included");
        if (text.Length == 0) throw new ArticleReadException(path, "HTML page has no readable body text");
        return new ArticleText(path, TextNormalizer.Normalize(text), title is null ? null : TextNormalizer.Normalize(title));
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return BoundedFile.ReadAllBytes(path, MaxFileBytes, "article limit");
        }
        catch (RefusedFileException e)
        {
            throw new ArticleReadException(path, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(path, "cannot read file: " + e.Message);
        }
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
