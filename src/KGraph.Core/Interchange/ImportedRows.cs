using KGraph.Diagnostics;

namespace KGraph.Interchange;

/// <summary>An entity as another format gives it, before its type and id are checked.</summary>
/// <param name="PositionOf">Where a field ("id", "name", "type", ...) stands in the source file.</param>
public sealed record EntityRow(
    Func<string, SourcePosition> PositionOf,
    string? SourceId,
    string? Name,
    string? Type,
    IReadOnlyList<string> Aliases,
    string? Kind = null,
    string? Wikidata = null);

/// <summary>A relationship as another format gives it: endpoints by the source's ids or by name, dates as text.</summary>
public sealed record RelationshipRow(
    Func<string, SourcePosition> PositionOf,
    string? From,
    string? To,
    string? Type,
    string? Start = null,
    string? End = null,
    string? Role = null,
    string? Quote = null,
    string? Url = null);
