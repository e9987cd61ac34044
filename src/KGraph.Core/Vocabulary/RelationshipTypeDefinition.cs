namespace KGraph.Vocabulary;

/// <summary>One relationship type: its direction, allowed endpoint types and mappings to other standards.</summary>
public sealed record RelationshipTypeDefinition(
    string Name,
    string Description,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    bool Symmetric,
    IReadOnlyDictionary<string, string> Mappings)
{
    public const string AnyType = "Any";

    public bool AllowsFrom(string entityType) => From.Contains(AnyType) || From.Contains(entityType);

    public bool AllowsTo(string entityType) => To.Contains(AnyType) || To.Contains(entityType);

    /// <summary>Symmetric types accept either endpoint order.</summary>
    public bool Allows(string fromType, string toType) =>
        (AllowsFrom(fromType) && AllowsTo(toType)) || (Symmetric && AllowsFrom(toType) && AllowsTo(fromType));
}
