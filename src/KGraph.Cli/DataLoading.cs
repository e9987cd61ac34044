using KGraph.Extraction.Reading;
using KGraph.Store;

namespace KGraph.Cli;

/// <summary>
/// How every command loads graph data: spans are checked against articles read the way the
/// extractor reads them (front matter, HTML main text, legacy encodings), not as raw files.
/// </summary>
internal static class DataLoading
{
    public static LoadResult Load(IReadOnlyList<string> paths, string? schema = null)
    {
        foreach (var path in paths.Count == 0 ? [GraphDataSet.DefaultRoot] : paths) RequireExisting(path);
        return GraphLoader.Load(paths, new LoadOptions { SchemaPath = schema, Texts = new ArticleTextSource() });
    }

    /// <summary>A path given to read that is not there is an I/O failure (exit 1), not invalid data.</summary>
    public static void RequireExisting(string path, string what = "")
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"{what}'{path}' does not exist", path);
    }
}
