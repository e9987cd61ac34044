using KGraph.Extraction.Output;
using KGraph.Extraction.Reading;
using KGraph.Model;

namespace KGraph.Extraction.Tests;

/// <summary>Test data builders and the one shared extractor (building it loads jieba's dictionary).</summary>
internal static class Some
{
    private static readonly Lazy<ArticleExtractor> Shared = new(() => new ArticleExtractor([
        new Entity { Id = "acme", Type = "Organization", Name = "Acme", Names = new Dictionary<string, string> { ["zh"] = "艾克美" } },
    ]));

    public static ArticleExtractor Extractor => Shared.Value;

    private static readonly Lazy<KGraph.Extraction.Learning.ExtractionModels> BundledModels =
        new(() => KGraph.Extraction.Learning.ExtractionModels.Load(KGraph.Extraction.Learning.ExtractionModels.BundledDirectory));

    private static readonly Lazy<ArticleExtractor> WithModels = new(() => new ArticleExtractor([], new ExtractorOptions { Models = BundledModels.Value }));

    /// <summary>The extractor as `kgraph extract` runs it: the bundled models beside the rules, no curated names.</summary>
    public static ArticleExtractor Modelled => WithModels.Value;

    public static ExtractionResult ExtractWithModels(string text, string path) => Modelled.Extract(ArticleReader.FromPlainText(path, text));

    /// <summary>As <see cref="ExtractWithModels(string, string)"/>, keeping model facts from <paramref name="modelMinConfidence"/>.</summary>
    public static ExtractionResult ExtractWithModels(string text, string path, double modelMinConfidence) =>
        new ArticleExtractor([], new ExtractorOptions
        {
            Models = BundledModels.Value,
            ModelMinConfidence = modelMinConfidence
        }).Extract(ArticleReader.FromPlainText(path, text));

    public static ExtractionResult Extract(string text, string path = "articles/test.zh.txt") =>
        Extractor.Extract(ArticleReader.FromPlainText(path, text));

    /// <summary>Relationships as "from TYPE to" lines, sorted, for exact comparison.</summary>
    public static string[] Facts(ExtractionResult result) =>
        [.. result.Relationships.Select(r => $"{r.From} {r.Type} {r.To}").Order(StringComparer.Ordinal)];

    /// <summary>The id of the one entity with this name.</summary>
    public static string IdOf(ExtractionResult result, string name) => result.Entities.Single(e => e.Name == name).Id;

    public static Relationship Fact(ExtractionResult result, string from, string type, string to) =>
        result.Relationships.Single(r => r.From == from && r.Type == type && r.To == to);

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "kgraph-extract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
