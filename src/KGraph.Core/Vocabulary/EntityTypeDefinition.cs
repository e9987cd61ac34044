namespace KGraph.Vocabulary;

/// <summary>One entity type of the vocabulary (Person, Organization, ...).</summary>
public sealed record EntityTypeDefinition(string Name, string Description, IReadOnlyList<string> Kinds, string Color);
