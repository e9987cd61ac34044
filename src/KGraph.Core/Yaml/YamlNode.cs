using KGraph.Diagnostics;

namespace KGraph.Yaml;

/// <summary>
/// A YAML node as KGraph reads it: scalars, sequences and mappings only, each with its
/// position. No anchors, aliases or tags ever make it this far.
/// </summary>
public abstract record YamlNode(SourcePosition At)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(SourcePosition At, string Value, bool IsPlain) : YamlNode(At)
{
    /// <summary>A plain <c>null</c>, <c>~</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "null" : "a scalar";
}

public sealed record YamlSequence(SourcePosition At, IReadOnlyList<YamlNode> Items) : YamlNode(At)
{
    public override string KindName => "a list";
}

public sealed record YamlMapping(SourcePosition At, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(At)
{
    public override string KindName => "a mapping";

    public YamlNode? this[string key]
    {
        get
        {
            foreach (var (k, v) in Entries)
                if (k.Value == key) return v;
            return null;
        }
    }
}
