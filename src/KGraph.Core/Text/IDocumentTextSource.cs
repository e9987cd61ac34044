namespace KGraph.Text;

/// <summary>
/// Gives the normalised text of an article file, so that spans can be checked against it.
/// The extractor supplies one that understands HTML and legacy encodings; the core's
/// <see cref="PlainTextSource"/> reads UTF-8 .txt and .md files.
/// </summary>
public interface IDocumentTextSource
{
    /// <summary>The normalised text, or null with a reason when the file cannot be read.</summary>
    string? TryRead(string path, out string? problem);
}
