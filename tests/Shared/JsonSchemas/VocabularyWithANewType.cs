namespace KGraph.Tests;

/// <summary>The shipped graph-data/schema.yaml plus one relationship type no code knows: ADVISES (Person → Organization).</summary>
internal static class VocabularyWithANewType
{
    public const string TypeName = "ADVISES";

    public const string Description = "Gives advice to an organization's leaders.";

    public static string Text() =>
        File.ReadAllText(RepositoryFiles.PathOf("graph-data", "schema.yaml")).TrimEnd('\n') + $"""

              - name: {TypeName}
                description: {Description}
                from: [Person]
                to: [Organization]

            """;
}
