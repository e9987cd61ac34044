using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>
/// A value read from a file, with where it was written. Positions of its fields (<c>to</c>,
/// <c>aliases[2]</c>, <c>names.zh</c>, <c>evidence[0]</c>) are looked up in the YAML node only
/// when a problem needs them, so that loading a large graph does not pay for them.
/// </summary>
public sealed record Located<T>(T Value, SourcePosition At, NodeHandle? Node = null)
{
    public SourcePosition PositionOf(string field)
    {
        YamlNode? node = Node?.Resolve();
        foreach (var segment in field.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? segment : segment[..bracket];
            node = (node as YamlMapping)?[key];
            if (bracket >= 0 && node is YamlSequence seq && int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), out var index))
                node = index < seq.Items.Count ? seq.Items[index] : null;
            if (node is null) return At;
        }
        return node?.At ?? At;
    }
}
