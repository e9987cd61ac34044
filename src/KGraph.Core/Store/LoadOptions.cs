using KGraph.Text;
using KGraph.Yaml;

namespace KGraph.Store;

public sealed record LoadOptions
{
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// Reads article files to check spans; null skips span checks. The default reads files as
    /// plain UTF-8; articles with front matter or HTML need the extractor's ArticleTextSource
    /// (the CLI always passes it), or their spans and sha256 will not match.
    /// </summary>
    public IDocumentTextSource? Texts { get; init; } = new PlainTextSource();

    /// <summary>Overrides the schema.yaml found beside the data (or the built-in one).</summary>
    public string? SchemaPath { get; init; }

    public static LoadOptions Default { get; } = new();
}
