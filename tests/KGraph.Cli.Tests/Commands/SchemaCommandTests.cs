namespace KGraph.Cli.Tests.Commands;

/// <summary><c>kgraph schema</c> and <c>kgraph build</c> keep the editors' JSON Schemas in step with schema.yaml.</summary>
public class SchemaCommandTests
{
    private const string UsesAdvises = """
        kgraph: 1
        entities:
          - {id: ada-lindqvist, type: Person, name: Ada Lindqvist}
          - {id: norda-bank, type: Organization, name: Norda Bank, kind: company}
        relationships:
          - {from: ada-lindqvist, type: ADVISES, to: norda-bank, start: 2024, status: reviewed}
        """;

    /// <summary>A data root whose schema.yaml is the shipped one plus ADVISES, with one curated file using it.</summary>
    private static string DataRootWithANewType(TempFolder folder, string name)
    {
        folder.Write(name + "/schema.yaml", VocabularyWithANewType.Text());
        folder.Write(name + "/curated/advisers.yaml", UsesAdvises);
        return folder[name];
    }

    [Fact]
    public void A_relationship_type_added_to_schema_yaml_passes_kgraph_validate_and_the_generated_JSON_Schema()
    {
        using var folder = new TempFolder();
        var data = DataRootWithANewType(folder, "data");

        var (exit, stdout, stderr) = Cli.Run("schema", data, "--out", folder["schema"]);

        Assert.Equal((0, ""), (exit, stdout));
        Assert.StartsWith("schema: 4 entity types, 25 relationship types → ", stderr, StringComparison.Ordinal);
        Assert.Equal((0, "", "ok: 1 files, 2 entities, 1 relationships, 0 documents\n"), Cli.Run("validate", data));
        Assert.Equal([], SchemaViolations.Of(SchemaViolations.Load(folder["schema/kgraph.schema.json"]), UsesAdvises));
        // The committed schema, made from the shipped vocabulary, is the one that marked the new type red.
        Assert.Contains(SchemaViolations.Of(SchemaViolations.Load(RepositoryFiles.PathOf("schema", "kgraph.schema.json")), UsesAdvises),
            v => v.StartsWith("/relationships/0/type:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_refreshes_the_schemas_that_the_data_files_point_at()
    {
        using var folder = new TempFolder();
        var data = DataRootWithANewType(folder, "graph-data");
        folder.Write("schema/kgraph.schema.json", "{}\n");

        var (exit, _, stderr) = Cli.Run("build", data, "--out", folder["out"], "--diagrams", folder["site"]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"ADVISES\"", File.ReadAllText(folder["schema/kgraph.schema.json"]), StringComparison.Ordinal);
        Assert.Equal(["gold.schema.json", "kgraph.schema.json", "reviews.schema.json", "vocabulary.schema.json"],
            Directory.GetFiles(folder["schema"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(folder["graph-data/schema"]));
        Assert.StartsWith("# yaml-language-server: $schema=../schema/kgraph.schema.json\n", File.ReadAllText(folder["out/graph.yaml"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_schema_folder_above_it_a_data_root_gets_its_own()
    {
        using var folder = new TempFolder();
        var data = DataRootWithANewType(folder, "data");

        var (exit, _, stderr) = Cli.Run("schema", data);

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"ADVISES\"", File.ReadAllText(folder["data/schema/kgraph.schema.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_vocabulary_with_errors_writes_no_schema()
    {
        using var folder = new TempFolder();
        var schemaYaml = folder.Write("data/schema.yaml",
            "kgraph: 1\nentity_types:\n  - {name: Person}\nrelationship_types:\n  - {name: ADVISES, from: [Robot], to: [Person]}\n");
        folder.Write("data/curated/a.yaml", "kgraph: 1\n");

        var (exit, _, stderr) = Cli.Run("schema", folder["data"], "--out", folder["schema"]);

        Assert.Equal(3, exit);
        Assert.Equal($"{schemaYaml}:5:28: 'from' names unknown entity type 'Robot'\nkgraph: the vocabulary has errors; nothing written\n", stderr);
        Assert.False(Directory.Exists(folder["schema"]));
    }
}
