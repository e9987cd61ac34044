using System.Text.Json;
using KGraph.Extraction;

namespace KGraph.Cli.Tests.Commands;

/// <summary>Issue 15 item 5: a build extracts only the articles that changed, and writes what a full build would.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _root = new();

    public IncrementalBuildTests()
    {
        _root.Write("data/curated/a.yaml",
            "kgraph: 1\nentities:\n  - {id: elon-musk, type: Person, name: Elon Musk, names: {zh: 埃隆·马斯克}, aliases: [马斯克]}\n  - {id: xai, type: " +
            "Organization, name: xAI}\n");
        _root.Write("data/articles/one.zh.txt", "---\ntitle: 一\nlang: zh\n---\n马斯克创立了人工智能公司xAI。\n");
        _root.Write("data/articles/two.zh.txt", "---\ntitle: 二\nlang: zh\n---\n周海洋正式起诉了Brightloop。\n");
    }

    public void Dispose() => _root.Dispose();

    private (int Extracted, int Unchanged, int Removed, string Stderr) Build(params string[] extra)
    {
        var (exit, stdout, stderr) = Cli.Run(["build", _root["data"], "--out", _root["out"], "--diagrams", _root["site"], "--json", .. extra]);
        Assert.True(exit == 0, stderr);
        var articles = JsonDocument.Parse(stdout).RootElement.GetProperty("result").GetProperty("articles");
        return (articles.GetProperty("extracted").GetInt32(), articles.GetProperty("unchanged").GetInt32(), articles.GetProperty("removed").GetInt32(), stderr);
    }

    private Dictionary<string, string> Extracted() =>
        _root.Snapshot().Where(f => f.Key.StartsWith(_root["data/extracted"], StringComparison.Ordinal)
            && f.Key.EndsWith(".yaml", StringComparison.Ordinal)).ToDictionary();

    [Fact]
    public void A_second_build_extracts_nothing_and_says_so()
    {
        Assert.Equal(2, Build().Extracted);
        var first = Extracted();

        var (extracted, unchanged, _, stderr) = Build();

        Assert.Equal((0, 2), (extracted, unchanged));
        Assert.Contains($"extract: 0 extracted, 2 unchanged → {_root["data/extracted"]} (", stderr, StringComparison.Ordinal);
        Assert.Equal(first, Extracted());
    }

    [Fact]
    public void Changing_one_article_extracts_that_one_and_the_result_is_what_a_full_build_writes()
    {
        Build();
        _root.Write("data/articles/one.zh.txt", "---\ntitle: 一\nlang: zh\n---\n马斯克创立了xAI。\n");

        Assert.Equal((1, 1), Build() is var b ? (b.Extracted, b.Unchanged) : default);
        var incremental = Extracted();
        Assert.Equal((2, 0), Build("--force") is var f ? (f.Extracted, f.Unchanged) : default);
        Assert.Equal(incremental, Extracted());
    }

    [Theory]
    [InlineData("--rules-only")]
    [InlineData("--min-confidence", "0.9")]
    [InlineData("--force")]
    public void Another_extractor_version_or_force_extracts_every_article(params string[] option)
    {
        Build();

        Assert.Equal((2, 0), Build(option) is var b ? (b.Extracted, b.Unchanged) : default);
    }

    [Fact]
    public void Editing_the_curated_entities_extracts_every_article_as_they_are_the_extractor_gazetteer()
    {
        Build();
        _root.Write("data/curated/a.yaml", File.ReadAllText(_root["data/curated/a.yaml"]) + "  - {id: zhou, type: Person, name: 周海洋}\n");

        Assert.Equal(2, Build().Extracted);
    }

    [Fact]
    public void A_hand_edited_extracted_file_is_extracted_again()
    {
        Build();
        var before = Extracted();
        File.AppendAllText(_root["data/extracted/two.zh.yaml"], "# my note\n");

        Assert.Equal((1, 1), Build() is var b ? (b.Extracted, b.Unchanged) : default);
        Assert.Equal(before, Extracted());
    }

    [Fact]
    public void A_deleted_article_has_its_extracted_file_removed()
    {
        Build();
        File.Delete(_root["data/articles/two.zh.txt"]);

        var (extracted, unchanged, removed, stderr) = Build();

        Assert.Equal((0, 1, 1), (extracted, unchanged, removed));
        Assert.Contains("extract: 0 extracted, 1 unchanged, 1 removed → ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_root["data/extracted/two.zh.yaml"]));
    }

    [Theory]
    [InlineData("{\"kgraph\": 1, \"extractor\": \"x\", \"files\": {\"../../curated/a.yaml\": {}}}")]
    [InlineData("not json at all [")]
    [InlineData("")]
    public void A_damaged_or_hostile_manifest_only_means_extracting_again(string manifest)
    {
        Build();
        File.WriteAllText(_root["data/extracted/" + ExtractionManifest.FileName], manifest);

        Assert.Equal((2, 0, 0), Build() is var b ? (b.Extracted, b.Unchanged, b.Removed) : default);
        Assert.True(File.Exists(_root["data/curated/a.yaml"]));
        Assert.Equal((0, 2), Build() is var again ? (again.Extracted, again.Unchanged) : default);
    }

    [Fact]
    public void A_manifest_naming_a_file_outside_the_folder_never_deletes_it()
    {
        Build();
        var path = _root["data/extracted/" + ExtractionManifest.FileName];
        var json = File.ReadAllText(path).Replace("\"two.zh.yaml\"", "\"../curated/a.yaml\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);
        File.Delete(_root["data/articles/two.zh.txt"]);

        Build();

        Assert.True(File.Exists(_root["data/curated/a.yaml"]));
    }
}
