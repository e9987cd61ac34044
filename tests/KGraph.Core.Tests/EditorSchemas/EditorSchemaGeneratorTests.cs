using System.Text.Json.Nodes;
using KGraph.Diagnostics;
using KGraph.EditorSchemas;
using KGraph.Vocabulary;

namespace KGraph.Core.Tests.EditorSchemas;

/// <summary>The editors' JSON Schemas come from schema.yaml: committed ones are current, new types reach the enums.</summary>
public class EditorSchemaGeneratorTests
{
    private static GraphVocabulary ShippedVocabulary()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = VocabularyReader.Load(RepositoryFiles.PathOf("graph-data", "schema.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return vocabulary!;
    }

    private static GraphVocabulary ShippedVocabularyWithANewType()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = VocabularyReader.Parse("schema.yaml", VocabularyWithANewType.Text(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return vocabulary!;
    }

    private static JsonNode Generated(GraphVocabulary vocabulary, string file) =>
        JsonNode.Parse(EditorSchemaGenerator.Generate(vocabulary).Single(f => f.Name == file).Text)!;

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    [Fact]
    public void The_committed_schemas_are_what_graph_data_schema_yaml_generates()
    {
        var generated = EditorSchemaGenerator.Generate(ShippedVocabulary());

        Assert.Equal(["gold.schema.json", "kgraph.schema.json", "reviews.schema.json", "vocabulary.schema.json"], generated.Select(f => f.Name));
        Assert.Equal(generated.Select(f => f.Name),
            Directory.GetFiles(RepositoryFiles.PathOf("schema")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in generated)
            Assert.True(file.Text == File.ReadAllText(RepositoryFiles.PathOf("schema", file.Name)),
                $"schema/{file.Name} is not what graph-data/schema.yaml generates: run `dotnet run --project src/KGraph.Cli -- schema --out schema` and " +
                    $"commit it");
    }

    [Fact]
    public void A_relationship_type_added_to_the_vocabulary_is_in_the_data_file_and_gold_enums()
    {
        var vocabulary = ShippedVocabularyWithANewType();

        var type = Generated(vocabulary, "kgraph.schema.json")["properties"]!["relationships"]!["items"]!["properties"]!["type"]!;
        Assert.Equal("ADVISES", Strings(type["enum"])[^1]);
        Assert.EndsWith("; ADVISES (Person → Organization): Gives advice to an organization's leaders.", (string)type["description"]!,
            StringComparison.Ordinal);
        var gold = Generated(vocabulary, "gold.schema.json")["properties"]!;
        Assert.Contains("ADVISES", Strings(gold["relationships"]!["items"]!["properties"]!["type"]!["enum"]));
        Assert.Contains("ADVISES", Strings(gold["not_facts"]!["items"]!["properties"]!["type"]!["enum"]));
    }

    [Fact]
    public void Entity_types_and_their_kinds_come_from_the_vocabulary_with_descriptions()
    {
        var entity = Generated(ShippedVocabulary(), "kgraph.schema.json")["properties"]!["entities"]!["items"]!["properties"]!;

        Assert.Equal(["Person", "Organization", "Product", "Place"], Strings(entity["type"]!["enum"]));
        Assert.StartsWith("Entity type from graph-data/schema.yaml. Person: A human being.; Organization: ", (string)entity["type"]!["description"]!,
            StringComparison.Ordinal);
        Assert.Equal(["string", "null"], Strings(entity["kind"]!["type"]));
        Assert.Equal(13, Strings(entity["kind"]!["examples"]).Count);
        Assert.Equal("ai-model", Strings(entity["kind"]!["examples"])[0]);
    }

    [Fact]
    public void No_placeholder_is_left_in_any_generated_schema()
    {
        foreach (var file in EditorSchemaGenerator.Generate(ShippedVocabulary()))
        {
            Assert.DoesNotContain("$vocabulary", file.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("{vocabulary}", file.Text, StringComparison.Ordinal);
            Assert.EndsWith("}\n", file.Text, StringComparison.Ordinal);
        }
    }
}
