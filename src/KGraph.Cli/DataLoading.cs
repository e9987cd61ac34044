using KGraph.Extraction.Reading;
using KGraph.Store;

namespace KGraph.Cli;

/// <summary>
/// How every command loads graph data: spans are checked against articles read the way the
/// extractor reads them (front matter, HTML main text, legacy encodings), not as raw files.
/// </summary>
internal static class DataLoading
{
    public static LoadResult Load(IReadOnlyList<string> paths, string? schema = null) =>
        GraphLoader.Load(paths, new LoadOptions { SchemaPath = schema, Texts = new ArticleTextSource() });
}
