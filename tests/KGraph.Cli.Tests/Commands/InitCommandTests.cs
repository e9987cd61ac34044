using KGraph.Vocabulary;

namespace KGraph.Cli.Tests.Commands;

public class InitCommandTests
{
    private static readonly string[] Written =
    [
        "README.md", "articles/example.en.txt", "curated/example.yaml", "neo4j/neo4j-browser.grass", "neo4j/queries.cypher",
        "schema.yaml", "schema/gold.schema.json", "schema/kgraph.schema.json", "schema/reviews.schema.json", "schema/vocabulary.schema.json",
    ];

    [Fact]
    public void Init_writes_a_data_root_that_build_reads_at_once()
    {
        using var folder = new TempFolder();
        var data = folder["new/data"];

        var (exit, stdout, stderr) = Cli.Run("init", data);

        Assert.Equal((0, "", $"init: wrote 10 files into {data}; next: kgraph build --data {data}\n"), (exit, stdout, stderr));
        Assert.Equal(Written, Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(data, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(GraphVocabulary.BuiltInText().Replace("$schema=../schema/", "$schema=schema/", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(data, "schema.yaml")));
        Assert.StartsWith("# yaml-language-server: $schema=schema/vocabulary.schema.json\n", File.ReadAllText(Path.Combine(data, "schema.yaml")),
            StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("visualizations", "queries.cypher")),
            File.ReadAllText(Path.Combine(data, "neo4j", "queries.cypher")));
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("visualizations", "neo4j-browser.grass")),
            File.ReadAllText(Path.Combine(data, "neo4j", "neo4j-browser.grass")));

        // The editors' check (the JSON Schemas init wrote) accepts the example and the vocabulary as they are.
        Assert.Empty(SchemaViolations.Of(SchemaViolations.Load(Path.Combine(data, "schema", "kgraph.schema.json")),
            File.ReadAllText(Path.Combine(data, "curated", "example.yaml"))));
        Assert.Empty(SchemaViolations.Of(SchemaViolations.Load(Path.Combine(data, "schema", "vocabulary.schema.json")),
            File.ReadAllText(Path.Combine(data, "schema.yaml"))));

        var build = Cli.Run("build", "--data", data, "--out", folder["out"], "--diagrams", folder["site"]);

        Assert.True(build.Exit == 0, build.Err);
        Assert.Contains($"extract: 1 extracted, 0 unchanged → {Path.Combine(data, "extracted")} (3 entities, 3 relationships)\n", build.Err,
            StringComparison.Ordinal);
        Assert.EndsWith("built: 1 documents, 4 entities, 4 relationships\n", build.Err, StringComparison.Ordinal);
        // The build left the schemas as init wrote them: they are made from the same vocabulary.
        Assert.Contains($"schema: {Path.Combine(data, "schema", "gold.schema.json")}", build.Err, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/kgraph.schema.json\n",
            File.ReadAllText(Path.Combine(data, "extracted", "example.en.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_a_folder_holding_any_of_its_files_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("data/README.md", "mine\n");
        folder.Write("data/curated/example.yaml", "kgraph: 1\n");
        folder.Write("data/notes.txt", "other files are fine\n");
        var before = folder.Snapshot();

        var (exit, stdout, stderr) = Cli.Run("init", folder["data"]);

        Assert.Equal((2, "", $"kgraph: {folder["data"]} already has curated/example.yaml, README.md; " +
            $"init writes only into a new or empty folder and never replaces a file (nothing written)\n"),
            (exit, stdout, stderr));
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void Init_into_an_existing_folder_without_its_files_writes_beside_what_is_there()
    {
        using var folder = new TempFolder();
        folder.Write("data/notes.txt", "kept\n");

        var (exit, _, _) = Cli.Run("init", folder["data"]);

        Assert.Equal(0, exit);
        Assert.Equal("kept\n", File.ReadAllText(folder["data/notes.txt"]));
        Assert.True(File.Exists(folder["data/curated/example.yaml"]));
    }
}
