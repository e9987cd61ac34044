namespace KGraph.EditorSchemas;

/// <summary>One JSON Schema file for editors: its file name (kgraph.schema.json, ...) and its text.</summary>
public sealed record EditorSchemaFile(string Name, string Text);
