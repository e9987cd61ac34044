using KGraph.Text;

namespace KGraph.Extraction.Reading;

/// <summary>Lets the validator re-read any article the extractor can read (HTML, GBK, UTF-16) to check spans.</summary>
public sealed class ArticleTextSource : IDocumentTextSource
{
    public string? TryRead(string path, out string? problem)
    {
        try
        {
            problem = null;
            return ArticleReader.Read(path).Text;
        }
        catch (ArticleReadException e)
        {
            problem = e.Reason;
            return null;
        }
    }
}
