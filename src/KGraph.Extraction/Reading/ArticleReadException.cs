namespace KGraph.Extraction.Reading;

/// <summary>An article that cannot be read; the message names the reason (and the byte offset when there is one).</summary>
public sealed class ArticleReadException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
