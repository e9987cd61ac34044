namespace KGraph.EditorSchemas;

/// <summary>
/// The <c>yaml-language-server: $schema=…</c> comment that lets editors validate and complete a
/// file, pointing at the repository's schema/kgraph.schema.json relative to where the file goes.
/// </summary>
public static class EditorSchemaLine
{
    public const string SchemaFile = "schema/kgraph.schema.json";

    /// <summary>The comment text (without '#') for a file written into <paramref name="folder"/>, or null when no schema is found above it.</summary>
    public static string? For(string folder)
    {
        if (EditorSchemaFolder.Above(folder) is not { } schemas) return null;
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.Combine(schemas, EditorSchemaGenerator.DataFileSchema)).Replace('\\', '/');
        return "yaml-language-server: $schema=" + relative;
    }

    /// <summary>Header lines with the schema line first when there is one.</summary>
    public static IEnumerable<string> Prepend(string folder, params string[] lines) =>
        For(folder) is { } line ? [line, .. lines] : lines;
}
