using System.Reflection;
using KGraph.EditorSchemas;
using KGraph.Vocabulary;

namespace KGraph.Cli.Init;

/// <summary>
/// The files of a new data root, all carried inside kgraph (a dotnet-tool user has no repository):
/// the built-in vocabulary, the JSON Schemas made from it, an example curated file and article,
/// the Neo4j Browser style and saved queries, and a README for the folder.
/// </summary>
internal static class DataRootTemplate
{
    private const string ResourcePrefix = "KGraph.Cli.Init.";

    /// <summary>Each file's path below the data root ('/'-separated) and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files()
    {
        // The repository's schema.yaml points at ../schema/; a new data root keeps its schemas inside itself.
        var vocabulary = GraphVocabulary.BuiltInText().Replace("$schema=../schema/", "$schema=schema/", StringComparison.Ordinal);
        var files = new List<(string, string)> { ("schema.yaml", vocabulary) };
        files.AddRange(EditorSchemaGenerator.Generate(GraphVocabulary.BuiltIn).Select(f => ($"{EditorSchemaFolder.Name}/{f.Name}", f.Text)));
        files.Add(("curated/example.yaml", Resource("example.yaml")));
        files.Add(("articles/example.en.txt", Resource("example-article.txt")));
        files.Add(("neo4j/neo4j-browser.grass", Resource("neo4j-browser.grass")));
        files.Add(("neo4j/queries.cypher", Resource("queries.cypher")));
        files.Add(("README.md", Resource("README.md")));
        return files;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"{ResourcePrefix}{name} is not embedded in kgraph");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
