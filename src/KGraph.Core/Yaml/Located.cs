using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>
/// A value read from a file, with where it was written and where each of its fields was
/// (keys like <c>to</c>, <c>aliases[2]</c>, <c>evidence[0].span</c>), so that problems found
/// later can still point at the exact line and column.
/// </summary>
public sealed record Located<T>(T Value, SourcePosition At, IReadOnlyDictionary<string, SourcePosition> Fields)
{
    public SourcePosition PositionOf(string field) => Fields.TryGetValue(field, out var at) ? at : At;
}
